// Not a check: run with --gtest_also_run_disabled_tests to write the seed's parse as
// keikaku/1 JSON (and its diagnostics) to $KEIKAKU_DUMP for a line-by-line look against gold.
#include <gtest/gtest.h>

#include <ctime>
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
  if (path == nullptr) GTEST_SKIP() << "set KEIKAKU_DUMP to a file to write";
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
  // CPU time, not wall time: the build machine is shared.
  const std::clock_t start = std::clock();
  for (int i = 0; i < kRounds; ++i) ScoreImplementationSheets(grid);
  const std::clock_t scored = std::clock();
  for (int i = 0; i < kRounds; ++i) ParseImplementationSheets(grid);
  const std::clock_t parsed = std::clock();
  const auto us = [](std::clock_t ticks) { return 1e6 * ticks / CLOCKS_PER_SEC / kRounds; };
  std::cout << "score " << us(scored - start) << " us, parse " << us(parsed - scored) << " us (CPU)\n";
}

}  // namespace
}  // namespace keikaku::layouts
