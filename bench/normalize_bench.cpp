// Normaliser throughput against its targets (issue 3):
//   NormalizeText MB/s >= half of plain ICU NFKC on the same cells in the same run;
//   ParseNumber >= 2 million parses per second on one core.
// Cells are the lines of the corpus files, as parsers hand them to the normaliser.
#include <benchmark/benchmark.h>
#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "keikaku/normalize/date.h"
#include "keikaku/normalize/number.h"
#include "keikaku/normalize/text.h"

namespace {

namespace kn = keikaku::normalize;

enum class Lines { kAll, kPlain, kMarkup };

// Corpus lines; kPlain: those without '<' or '&' (no HTML residue), kMarkup: the others.
const std::vector<std::string>& CorpusLines(Lines which = Lines::kAll) {
  static const std::vector<std::string> all = [] {
    std::vector<std::string> result;
    for (const auto& entry : std::filesystem::directory_iterator(KEIKAKU_CORPUS_DIR)) {
      if (entry.path().extension() != ".txt") continue;
      std::ifstream file(entry.path(), std::ios::binary);
      std::string line;
      while (std::getline(file, line)) {
        if (!line.empty()) result.push_back(line);
      }
    }
    return result;
  }();
  static const std::vector<std::string> plain = [] {
    std::vector<std::string> result;
    for (const std::string& line : all) {
      if (line.find_first_of("<&") == std::string::npos) result.push_back(line);
    }
    return result;
  }();
  static const std::vector<std::string> markup = [] {
    std::vector<std::string> result;
    for (const std::string& line : all) {
      if (line.find_first_of("<&") != std::string::npos) result.push_back(line);
    }
    return result;
  }();
  return which == Lines::kAll ? all : which == Lines::kPlain ? plain : markup;
}

int64_t TotalBytes(const std::vector<std::string>& lines) {
  int64_t bytes = 0;
  for (const std::string& line : lines) bytes += static_cast<int64_t>(line.size());
  return bytes;
}

// state.range(0) selects the lines: 0 all, 1 plain, 2 with HTML residue.
void BM_IcuNfkc(benchmark::State& state) {
  const std::vector<std::string>& lines = CorpusLines(static_cast<Lines>(state.range(0)));
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  for (auto _ : state) {
    for (const std::string& line : lines) {
      std::string out;
      icu::StringByteSink<std::string> sink(&out);
      status = U_ZERO_ERROR;
      nfkc->normalizeUTF8(0, icu::StringPiece(line.data(), static_cast<int32_t>(line.size())), sink,
                          nullptr, status);
      benchmark::DoNotOptimize(out);
    }
  }
  state.SetBytesProcessed(state.iterations() * TotalBytes(lines));
}
BENCHMARK(BM_IcuNfkc)->Arg(0)->Arg(1)->Arg(2);

// ICU's classic UTF-16 path, as most code calls it: UnicodeString in, normalize, UTF-8 out.
void BM_IcuNfkcUtf16(benchmark::State& state) {
  const std::vector<std::string>& lines = CorpusLines();
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  for (auto _ : state) {
    for (const std::string& line : lines) {
      status = U_ZERO_ERROR;
      const icu::UnicodeString normalized = nfkc->normalize(icu::UnicodeString::fromUTF8(line), status);
      std::string out;
      normalized.toUTF8String(out);
      benchmark::DoNotOptimize(out);
    }
  }
  state.SetBytesProcessed(state.iterations() * TotalBytes(lines));
}
BENCHMARK(BM_IcuNfkcUtf16);

void BM_NormalizeText(benchmark::State& state) {
  const std::vector<std::string>& lines = CorpusLines(static_cast<Lines>(state.range(0)));
  for (auto _ : state) {
    for (const std::string& line : lines) benchmark::DoNotOptimize(kn::NormalizeText(line));
  }
  state.SetBytesProcessed(state.iterations() * TotalBytes(lines));
}
BENCHMARK(BM_NormalizeText)->Arg(0)->Arg(1)->Arg(2);

const std::vector<std::string> kNumberCells = {
    "1,300",     "１，３００人", "▲554",       "△1.5",        "-43人",         "30%以上",
    "90%以内",   "約3,000人",    "1億円",       "3.5万人",      "▲318百万円",    "0人 (移動均衡)",
    "72事業(累計215)", "二十三", "実施",        "—",            "28年度 920",    "72.2%",
    "16%",       "1,234,567円",
};

void BM_ParseNumber(benchmark::State& state) {
  for (auto _ : state) {
    for (const std::string& cell : kNumberCells) benchmark::DoNotOptimize(kn::ParseNumber(cell));
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(kNumberCells.size()));
}
BENCHMARK(BM_ParseNumber);

const std::vector<std::string> kDateCells = {
    "平成28年度", "H28",        "R3末",         "R元.5.1",    "令和2（2020）年度", "H26年度末",
    "H26.6~29.2", "平成27～31年度", "2020年度", "令和2年4月1日(水)", "Ｈ３０年度", "R2～R6年度",
};

void BM_ParseDate(benchmark::State& state) {
  for (auto _ : state) {
    for (const std::string& cell : kDateCells) {
      benchmark::DoNotOptimize(kn::ParseDate(cell, kn::Era::kHeisei));
    }
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(kDateCells.size()));
}
BENCHMARK(BM_ParseDate);

void BM_FiscalYearOf(benchmark::State& state) {
  for (auto _ : state) {
    for (const std::string& cell : kDateCells) {
      benchmark::DoNotOptimize(kn::FiscalYearOf(cell, kn::Era::kHeisei));
    }
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(kDateCells.size()));
}
BENCHMARK(BM_FiscalYearOf);

}  // namespace

BENCHMARK_MAIN();
