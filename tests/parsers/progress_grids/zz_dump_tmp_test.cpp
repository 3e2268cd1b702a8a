// TEMPORARY: dumps the seed export for manual comparison. Removed before the report.
#include <gtest/gtest.h>
#include <cstdlib>
#include <fstream>
#include "keikaku/parsers/grid.h"
#include "keikaku/store/export.h"
#include "progress_grids/progress_grids.h"
#include "support/gold_scoring.h"
TEST(ZzDump, Seed) {
  const char* path = std::getenv("PG_DUMP");
  if (!path) GTEST_SKIP();
  const std::string name = std::getenv("PG_NAME") ? std::getenv("PG_NAME") : "sakado-action-plan-shinko-kanri-2020.txt";
  const std::string bytes = keikaku::testing::ReadFileBytes(keikaku::testing::CorpusPath(name));
  keikaku::store::StoredDocument document;
  document.parsed = keikaku::layouts::ParseProgressGrids(keikaku::ReadTextGrid(bytes));
  std::ofstream(path) << keikaku::store::ToKeikakuJson(document) << '\n';
}
#include <chrono>
#include <iostream>
#include "keikaku/normalize/text.h"
TEST(ZzDump, Timing) {
  if (!std::getenv("PG_TIME")) GTEST_SKIP();
  const std::string bytes = keikaku::testing::ReadFileBytes(keikaku::testing::CorpusPath("sakado-action-plan-shinko-kanri-2020.txt"));
  const auto grid = keikaku::ReadTextGrid(bytes);
  auto t0 = std::chrono::steady_clock::now();
  for (int i = 0; i < 20; ++i) keikaku::layouts::ParseProgressGrids(grid);
  auto t1 = std::chrono::steady_clock::now();
  size_t n = 0;
  for (int i = 0; i < 20; ++i) for (auto& r : grid.rows) for (auto& c : r.cells) n += keikaku::normalize::NormalizeText(c).size();
  auto t2 = std::chrono::steady_clock::now();
  for (int i = 0; i < 20; ++i) keikaku::layouts::ScoreProgressGrids(grid);
  auto t3 = std::chrono::steady_clock::now();
  std::cout << "parse ms " << std::chrono::duration<double, std::milli>(t1 - t0).count() / 20
            << " normalize-all-cells ms " << std::chrono::duration<double, std::milli>(t2 - t1).count() / 20
            << " score ms " << std::chrono::duration<double, std::milli>(t3 - t2).count() / 20 << "\n";
}
TEST(ZzDump, Scores) {
  for (const char* name : {"kazo-gyosei-keiei-plan-2016.txt", "annaka-gyosei-kaikaku-jisshi-keikaku-2020.txt", "honjo-sogo-keikaku-zenki-ch6.txt", "komoro-seika-setsumeisho-2019.txt", "sakado-action-plan-shinko-kanri-2020.txt"}) {
    std::cout << name << " " << keikaku::layouts::ScoreProgressGrids(keikaku::ReadTextGrid(keikaku::testing::ReadFileBytes(keikaku::testing::CorpusPath(name)))) << "\n";
  }
}
TEST(ZzDump, ParseOthers) {
  for (const char* name : {"kazo-gyosei-keiei-plan-2016.txt", "annaka-gyosei-kaikaku-jisshi-keikaku-2020.txt", "honjo-sogo-keikaku-zenki-ch6.txt", "komoro-seika-setsumeisho-2019.txt"}) {
    auto d = keikaku::layouts::ParseProgressGrids(keikaku::ReadTextGrid(keikaku::testing::ReadFileBytes(keikaku::testing::CorpusPath(name))));
    std::cout << name << " measures " << d.measures.size() << " diags " << d.diagnostics.size() << "\n";
  }
}
#include <random>
TEST(ZzDump, MiniFuzz) {
  if (!std::getenv("PG_FUZZ")) GTEST_SKIP();
  const std::string seed = keikaku::testing::ReadFileBytes(keikaku::testing::CorpusPath("sakado-action-plan-shinko-kanri-2020.txt"));
  std::mt19937 rng(42);
  const char* inserts[] = {"\t", "\n", "A", "1", "(", ")", "年度", "H27末", "-", "\xE3", " ", "No.", "B\t", "5件 6件 7件 ", "本部会評価 1 2 3 4\n"};
  for (int iter = 0; iter < 400; ++iter) {
    std::string text = seed;
    const int edits = 1 + rng() % 40;
    for (int e = 0; e < edits; ++e) {
      size_t pos = rng() % (text.size() + 1);
      switch (rng() % 3) {
        case 0: text.insert(pos, inserts[rng() % (sizeof(inserts) / sizeof(*inserts))]); break;
        case 1: text.erase(pos, rng() % 50); break;
        case 2: if (pos < text.size()) text[pos] = static_cast<char>(rng()); break;
      }
    }
    const auto grid = keikaku::ReadTextGrid(text);
    keikaku::layouts::ScoreProgressGrids(grid);
    keikaku::layouts::ParseProgressGrids(grid);
  }
}
