// The per-file cost of a bulk import before the store: decode, sniff, read the grid, parse.
// Inputs are the corpus documents (corpus/*.txt), read once before any timing.
#include <benchmark/benchmark.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "keikaku/ingest/decode.h"
#include "keikaku/ingest/formats.h"
#include "keikaku/parsers/grid.h"
#include "keikaku/parsers/parse.h"

namespace {

namespace ki = keikaku::ingest;

struct CorpusDocument {
  std::string stem;  // file name without ".txt"
  std::string text;  // UTF-8, as stored
};

// The corpus documents, sorted by name so the benchmark order is stable.
const std::vector<CorpusDocument>& Corpus() {
  static const std::vector<CorpusDocument> documents = [] {
    std::vector<CorpusDocument> result;
    for (const auto& entry : std::filesystem::directory_iterator(KEIKAKU_CORPUS_DIR)) {
      if (entry.path().extension() != ".txt") continue;
      std::ifstream file(entry.path(), std::ios::binary);
      std::ostringstream bytes;
      bytes << file.rdbuf();
      result.push_back({entry.path().stem().string(), bytes.str()});
    }
    std::sort(result.begin(), result.end(),
              [](const CorpusDocument& a, const CorpusDocument& b) { return a.stem < b.stem; });
    return result;
  }();
  return documents;
}

const std::string& ConcatenatedCorpus() {
  static const std::string all = [] {
    std::string result;
    for (const CorpusDocument& document : Corpus()) result += document.text;
    return result;
  }();
  return all;
}

int64_t CorpusBytes() { return static_cast<int64_t>(ConcatenatedCorpus().size()); }

// `utf8` as windows-31j bytes. Characters CP932 lacks (U+2014, U+5173 …) are skipped by
// ICU's skip callback rather than substituted: a substitute byte pair would be undecodable
// and count as damage, which is not the path being measured. Empty on a converter error.
std::string ToCp932(const std::string& utf8) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(ucnv_open("windows-31j", &status), &ucnv_close);
  if (U_FAILURE(status)) return "";
  ucnv_setFromUCallBack(converter.get(), UCNV_FROM_U_CALLBACK_SKIP, nullptr, nullptr, nullptr, &status);
  const icu::UnicodeString text = icu::UnicodeString::fromUTF8(utf8);
  std::string bytes(static_cast<size_t>(text.length()) * 2 + 16, '\0');
  const int32_t length = ucnv_fromUChars(converter.get(), bytes.data(), static_cast<int32_t>(bytes.size()),
                                         text.getBuffer(), text.length(), &status);
  if (U_FAILURE(status)) return "";
  bytes.resize(static_cast<size_t>(length));
  return bytes;
}

// Valid UTF-8: strict validation plus the copy into Decoded::utf8.
void BM_DecodeUtf8(benchmark::State& state) {
  const std::string& bytes = ConcatenatedCorpus();
  if (!ki::Decode(bytes).ok) state.SkipWithError("the corpus does not decode");
  for (auto _ : state) benchmark::DoNotOptimize(ki::Decode(bytes));
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(bytes.size()));
}
BENCHMARK(BM_DecodeUtf8);

// The same text as CP932: Decode weighs UTF-8, CP932 and EUC-JP before choosing. MB/s are
// of CP932 input bytes.
void BM_DecodeCp932(benchmark::State& state) {
  static const std::string bytes = ToCp932(ConcatenatedCorpus());
  const ki::DecodeResult check = ki::Decode(bytes);
  if (bytes.empty() || !check.ok || check.decoded.encoding != "Shift_JIS (CP932)") {
    state.SkipWithError("the CP932 twin does not decode as CP932");
  }
  for (auto _ : state) benchmark::DoNotOptimize(ki::Decode(bytes));
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(bytes.size()));
}
BENCHMARK(BM_DecodeCp932);

// Each document sniffed as its own file. SniffFormat reads at most the first 64 KiB, so
// MB/s are of whole files, the way an import sees them.
void BM_SniffFormat(benchmark::State& state) {
  for (auto _ : state) {
    for (const CorpusDocument& document : Corpus()) {
      benchmark::DoNotOptimize(ki::SniffFormat(document.text, document.text));
    }
  }
  state.SetBytesProcessed(state.iterations() * CorpusBytes());
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(Corpus().size()));
}
BENCHMARK(BM_SniffFormat);

void BM_ReadTextGrid(benchmark::State& state) {
  for (auto _ : state) {
    for (const CorpusDocument& document : Corpus()) benchmark::DoNotOptimize(keikaku::ReadTextGrid(document.text));
  }
  state.SetBytesProcessed(state.iterations() * CorpusBytes());
}
BENCHMARK(BM_ReadTextGrid);

// Layout detection (every layout scores the grid) and parsing with the best, for one
// document; MB/s are of its text. The grid is read before timing.
void BM_ParseGrid(benchmark::State& state, const CorpusDocument* document) {
  const keikaku::Grid grid = keikaku::ReadTextGrid(document->text);
  for (auto _ : state) benchmark::DoNotOptimize(keikaku::ParseGrid(grid));
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(document->text.size()));
}

// BM_ParseGrid/<corpus file stem>, one per document.
void RegisterParseGridBenchmarks() {
  for (const CorpusDocument& document : Corpus()) {
    benchmark::RegisterBenchmark(("BM_ParseGrid/" + document.stem).c_str(), BM_ParseGrid, &document);
  }
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  RegisterParseGridBenchmarks();
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
