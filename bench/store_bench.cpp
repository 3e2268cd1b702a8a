// Store-only benchmark: inserts pre-built records (the corpus, parsed once, stored N times)
// and writes the same rows as CSV files, so bench/run can time `sqlite3 .import` of them
// next to it and report the store's overhead as a ratio.
//
// usage: store_bench DOCS DB CSV_DIR
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "keikaku/parsers/grid.h"
#include "keikaku/parsers/parse.h"
#include "keikaku/store/export.h"
#include "keikaku/store/store.h"

namespace {

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::fprintf(stderr, "usage: store_bench DOCS DB CSV_DIR\n");
    return 2;
  }
  const int docs = std::atoi(argv[1]);
  const std::string db_path = argv[2], csv_dir = argv[3];
  std::vector<keikaku::ParsedDocument> parsed;
  for (const auto& entry : std::filesystem::directory_iterator(KEIKAKU_CORPUS_DIR)) {
    if (entry.path().extension() == ".txt") parsed.push_back(keikaku::ParseGrid(keikaku::ReadTextGrid(ReadFile(entry.path()))));
  }
  std::filesystem::remove(db_path);
  std::vector<keikaku::store::StoredDocument> documents(docs);
  for (int i = 0; i < docs; ++i) {
    documents[i].source = {"bench/" + std::to_string(i) + ".txt", std::to_string(i), "UTF-8", 1.0, "text", 0};
    documents[i].parsed = parsed[i % parsed.size()];
  }

  // Stored as `keikaku ingest` stores them: batches of documents in one transaction each.
  constexpr size_t kBatch = 32;
  auto db = keikaku::store::Store::Open(db_path, keikaku::store::Store::Mode::kReadWrite);
  const auto started = std::chrono::steady_clock::now();
  for (size_t first = 0; first < documents.size(); first += kBatch) {
    std::vector<keikaku::store::Store::Item> batch;
    for (size_t i = first; i < std::min(documents.size(), first + kBatch); ++i) {
      batch.push_back({&documents[i].source, &documents[i].parsed});
    }
    db->PutAll(batch);
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

  long rows = docs;  // the documents themselves
  for (const auto& document : documents) {
    for (const auto& measure : document.parsed.measures) {
      rows += 1 + static_cast<long>(measure.indicators.size() + measure.budgets.size() + measure.texts.size());
      for (const auto& indicator : measure.indicators) {
        rows += static_cast<long>(indicator.targets.size() + indicator.actuals.size() + (indicator.baseline ? 1 : 0));
      }
    }
  }
  std::filesystem::create_directories(csv_dir);
  using Writer = void (*)(const std::vector<keikaku::store::StoredDocument>&, std::ostream&);
  for (const auto& [table, writer] : {std::pair<const char*, Writer>{"measures", keikaku::store::WriteMeasuresCsv},
                                      {"indicators", keikaku::store::WriteIndicatorsCsv},
                                      {"observations", keikaku::store::WriteObservationsCsv},
                                      {"budgets", keikaku::store::WriteBudgetsCsv}}) {
    std::ofstream out(std::filesystem::path(csv_dir) / (std::string(table) + ".csv"), std::ios::binary);
    writer(documents, out);
  }
  std::printf("store: %d documents, %ld rows in %.3f s (%.0f rows/s)\n", docs, rows, seconds, rows / seconds);
  return 0;
}
