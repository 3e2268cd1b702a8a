// `keikaku layouts --explain FILE` on a corpus file: a score line for every layout, the layout
// ingest chooses, the signals behind each score, and the municipality recognised.
#include <gtest/gtest.h>

#include <cstdio>
#include <map>
#include <regex>
#include <sstream>
#include <string>

#include "keikaku/parsers/parse.h"
#include "support/gold_scoring.h"
#include "support/shell.h"

namespace keikaku {
namespace {

using testing::CommandResult;
using testing::KeikakuCommand;
using testing::Quote;
using testing::RunShell;

constexpr const char* kSakado = "sakado-action-plan-shinko-kanri-2020.txt";

CommandResult Explain(const std::string& path) { return RunShell(KeikakuCommand("layouts --explain " + Quote(path))); }

// layout name -> (score, ingest column) of the table rows of `output`.
std::map<std::string, std::pair<std::string, std::string>> ScoreLines(const std::string& output) {
  static const std::regex row(R"(^([a-z_]+) +([0-9]\.[0-9]{2}) +(chosen|-)$)");
  std::map<std::string, std::pair<std::string, std::string>> lines;
  std::istringstream in(output);
  for (std::string line; std::getline(in, line);) {
    std::smatch match;
    if (std::regex_match(line, match, row)) lines[match[1]] = {match[2], match[3]};
  }
  return lines;
}

TEST(LayoutsExplain, EveryLayoutHasAScoreLine) {
  const CommandResult result = Explain(testing::CorpusPath(kSakado));
  ASSERT_EQ(result.exit_code, 0) << result.errors;
  const auto lines = ScoreLines(result.output);
  EXPECT_EQ(lines.size(), KnownLayouts().size()) << result.output;
  for (const Layout& layout : KnownLayouts()) {
    const auto line = lines.find(std::string(layout.name));
    ASSERT_NE(line, lines.end()) << layout.name << "\n" << result.output;
    const double score = std::stod(line->second.first);
    EXPECT_GE(score, 0.0) << layout.name;
    EXPECT_LE(score, 1.0) << layout.name;
  }
}

TEST(LayoutsExplain, NamesTheLayoutIngestChooses) {
  const CommandResult result = Explain(testing::CorpusPath(kSakado));
  ASSERT_EQ(result.exit_code, 0) << result.errors;
  const auto lines = ScoreLines(result.output);
  ASSERT_EQ(lines.count("progress_grids"), 1u) << result.output;
  EXPECT_EQ(lines.at("progress_grids").second, "chosen") << result.output;
  for (const auto& [name, line] : lines) {
    if (name != "progress_grids") EXPECT_EQ(line.second, "-") << name;
  }
  EXPECT_NE(result.output.find("\nchosen: progress_grids ("), std::string::npos) << result.output;
}

TEST(LayoutsExplain, PrintsEverySignalWithItsStrengthAndWeight) {
  const Grid grid = ReadTextGrid(testing::ReadFileBytes(testing::CorpusPath(kSakado)));
  const CommandResult result = Explain(testing::CorpusPath(kSakado));
  ASSERT_EQ(result.exit_code, 0) << result.errors;
  for (const Layout& layout : KnownLayouts()) {
    for (const Signal& signal : layout.detect(grid)) {
      char figures[32];
      std::snprintf(figures, sizeof figures, "%.2f × %.2f  ", signal.strength, signal.spec->weight);
      EXPECT_NE(result.output.find(figures + std::string(signal.spec->name)), std::string::npos)
          << layout.name << ": " << signal.spec->name << "\n" << result.output;
    }
  }
}

TEST(LayoutsExplain, NamesTheMunicipalityRecognised) {
  const CommandResult result = Explain(testing::CorpusPath(kSakado));
  ASSERT_EQ(result.exit_code, 0) << result.errors;
  EXPECT_NE(result.output.find("\nmunicipality: 坂戸市 (埼玉県, 112399)\n"), std::string::npos) << result.output;
}

TEST(LayoutsExplain, MissingFileFailsWithExitCodeOne) {
  const CommandResult result = Explain("/nonexistent/keikaku/no-such-file.txt");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.errors.find("cannot read"), std::string::npos) << result.errors;
}

}  // namespace
}  // namespace keikaku
