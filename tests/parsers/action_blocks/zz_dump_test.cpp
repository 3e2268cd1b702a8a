// TEMPORARY debugging aid (removed before hand-off).
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>

#include "action_blocks/action_blocks.h"
#include "keikaku/store/export.h"
#include "support/gold_scoring.h"
namespace keikaku::layouts {
TEST(ZzDump, Dump) {
  const char* out = std::getenv("AB_DUMP");
  const char* in = std::getenv("AB_IN");
  if (!out) GTEST_SKIP();
  std::string bytes =
      testing::ReadFileBytes(in ? in : testing::CorpusPath("kazo-gyosei-keiei-plan-2016.txt"));
  store::StoredDocument doc;
  doc.source.path = "x";
  doc.source.sha256 = testing::Sha256Hex(bytes);
  doc.source.encoding = "UTF-8";
  doc.parsed = ParseActionBlocks(ReadTextGrid(bytes));
  std::ofstream(out) << store::ToKeikakuJson(doc) << "\n";
  std::ofstream diag(std::string(out) + ".diag");
  for (auto& d : doc.parsed.diagnostics) diag << d.line << "\t" << d.kind << "\t" << d.message << "\n";
}
}  // namespace keikaku::layouts
namespace keikaku::layouts {
TEST(ZzDump, Scores) {
  for (auto n : {"kazo-gyosei-keiei-plan-2016.txt", "annaka-gyosei-kaikaku-jisshi-keikaku-2020.txt",
                 "honjo-sogo-keikaku-zenki-ch6.txt", "komoro-seika-setsumeisho-2019.txt",
                 "sakado-action-plan-shinko-kanri-2020.txt"})
    std::printf("%s %.3f\n", n,
                ScoreActionBlocks(ReadTextGrid(testing::ReadFileBytes(testing::CorpusPath(n)))));
}
}  // namespace keikaku::layouts
#include <chrono>
#include <ctime>
namespace keikaku::layouts {
TEST(ZzDump, Timing) {
  std::string bytes = testing::ReadFileBytes(testing::CorpusPath("kazo-gyosei-keiei-plan-2016.txt"));
  Grid grid = ReadTextGrid(bytes);
  ParseActionBlocks(grid);
  ScoreActionBlocks(grid);
  auto t0 = std::chrono::steady_clock::now();
  for (int i = 0; i < 20; ++i) ParseActionBlocks(grid);
  auto t1 = std::chrono::steady_clock::now();
  for (int i = 0; i < 20; ++i) ScoreActionBlocks(grid);
  auto t2 = std::chrono::steady_clock::now();
  std::printf("parse %.2f ms score %.3f ms\n",
              std::chrono::duration<double, std::milli>(t1 - t0).count() / 20,
              std::chrono::duration<double, std::milli>(t2 - t1).count() / 20);
}
}  // namespace keikaku::layouts
#include "action_blocks/plan_fields.h"
#include "action_blocks/rows.h"
#include "keikaku/normalize/date.h"
#include "keikaku/normalize/number.h"
#include "keikaku/normalize/text.h"
namespace keikaku::layouts {
TEST(ZzDump, Phases) {
  std::string bytes = testing::ReadFileBytes(testing::CorpusPath("kazo-gyosei-keiei-plan-2016.txt"));
  Grid grid = ReadTextGrid(bytes);
  auto rows = action_blocks::NormalizeRows(grid);
  auto t = [](auto f) {
    auto a = std::chrono::steady_clock::now();
    for (int i = 0; i < 10; ++i) f();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - a).count() / 10;
  };
  std::printf("normalize rows %.2f\n", t([&] { action_blocks::NormalizeRows(grid); }));
  std::printf("plan fields %.2f\n", t([&] { action_blocks::ReadPlanFields(rows); }));
  size_t n = 0;
  for (auto& r : grid.rows) n += r.cells.size();
  std::printf("cells %zu\n", n);
  std::printf("normtext short x1000 %.3f\n", t([&] {
                for (int i = 0; i < 1000; ++i) normalize::NormalizeText("目標値等");
              }));
  std::printf("parsenumber x1000 %.3f\n", t([&] {
                for (int i = 0; i < 1000; ++i) normalize::ParseNumber("1,000");
              }));
  std::printf("finddate x1000 %.3f\n", t([&] {
                for (int i = 0; i < 1000; ++i) normalize::FindDate("1,000");
              }));
  std::printf("fiscalyearof x1000 %.3f\n", t([&] {
                for (int i = 0; i < 1000; ++i) normalize::FiscalYearOf("28年度", normalize::Era::kHeisei);
              }));
  std::printf("removespaces x1000 %.3f\n", t([&] {
                for (int i = 0; i < 1000; ++i) normalize::RemoveSpaces("目標値等");
              }));
}
}  // namespace keikaku::layouts
#include <random>
namespace keikaku::layouts {
TEST(ZzDump, Robust) {
  for (auto n : {"annaka-gyosei-kaikaku-jisshi-keikaku-2020.txt","honjo-sogo-keikaku-zenki-ch6.txt","komoro-seika-setsumeisho-2019.txt","sakado-action-plan-shinko-kanri-2020.txt"}) {
    auto d = ParseActionBlocks(ReadTextGrid(testing::ReadFileBytes(testing::CorpusPath(n))));
    std::printf("%s measures %zu diags %zu\n", n, d.measures.size(), d.diagnostics.size());
  }
  std::string seed = testing::ReadFileBytes(testing::CorpusPath("kazo-gyosei-keiei-plan-2016.txt"));
  std::mt19937 rng(42);
  for (int round = 0; round < 200; ++round) {
    std::string s = seed;
    for (int k = 0; k < 50; ++k) {
      size_t pos = rng() % s.size();
      switch (rng() % 4) {
        case 0: s.insert(pos, "\t"); break;
        case 1: s.erase(pos, 1 + rng() % 5); break;
        case 2: s.insert(pos, "\n"); break;
        case 3: s.insert(pos, "【H2"); break;
      }
    }
    auto d = ParseActionBlocks(ReadTextGrid(s));
    (void)d;
  }
}
}
