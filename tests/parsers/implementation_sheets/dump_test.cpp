// Not a check: run with --gtest_also_run_disabled_tests to write the seed's parse as
// keikaku/1 JSON (and its diagnostics) to $KEIKAKU_DUMP for a line-by-line look against gold.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <iostream>
#include <fstream>

#include "implementation_sheets/implementation_sheets.h"
#include "keikaku/store/export.h"
#include "support/gold_scoring.h"

namespace keikaku::layouts {
namespace {

TEST(ImplementationSheetsDump, DISABLED_WritesSeedJson) {
  const char* path = std::getenv("KEIKAKU_DUMP");
  ASSERT_NE(path, nullptr);
  const std::string name = "annaka-gyosei-kaikaku-jisshi-keikaku-2020.txt";
  store::StoredDocument document;
  document.source.path = "corpus/" + name;
  document.parsed = ParseImplementationSheets(ReadTextGrid(testing::ReadFileBytes(testing::CorpusPath(name))));
  std::ofstream out(path);
  out << store::ToKeikakuJson(document) << '\n';
  for (const Diagnostic& d : document.parsed.diagnostics) {
    out << "# " << d.line << ' ' << d.kind << ' ' << d.message << '\n';
  }
}

}  // namespace
}  // namespace keikaku::layouts

namespace keikaku::layouts {
namespace {

// Not a check: run with --gtest_also_run_disabled_tests to time detection and parsing.
TEST(ImplementationSheetsDump, DISABLED_TimesSeed) {
  const Grid grid = ReadTextGrid(
      testing::ReadFileBytes(testing::CorpusPath("annaka-gyosei-kaikaku-jisshi-keikaku-2020.txt")));
  constexpr int kRounds = 100;
  const auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < kRounds; ++i) ScoreImplementationSheets(grid);
  const auto scored = std::chrono::steady_clock::now();
  for (int i = 0; i < kRounds; ++i) ParseImplementationSheets(grid);
  const auto parsed = std::chrono::steady_clock::now();
  const auto us = [](auto d) { return std::chrono::duration_cast<std::chrono::microseconds>(d).count() / kRounds; };
  std::cout << "score " << us(scored - start) << " us, parse " << us(parsed - scored) << " us\n";
}

}  // namespace
}  // namespace keikaku::layouts
