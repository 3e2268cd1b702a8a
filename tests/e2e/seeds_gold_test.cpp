// End to end: the keikaku binary ingests corpus/, exports keikaku/1 and the gold scorer grades it
// against the hand-verified gold in tests/gold.
#include <gtest/gtest.h>

#include <Poco/TemporaryFile.h>

#include <cstdio>
#include <filesystem>
#include <string>

#include "support/gold_scoring.h"
#include "support/shell.h"

namespace keikaku {
namespace {

using testing::CommandResult;
using testing::RunShell;

class SeedsWithGold : public ::testing::Test {
 protected:
  void SetUp() override {
    std::filesystem::create_directories(dir_.path());
    db_ = dir_.path() + "/k.db";
  }
  std::string Keikaku(const std::string& args) { return testing::KeikakuCommand(args); }
  Poco::TemporaryFile dir_;
  std::string db_;
};

TEST_F(SeedsWithGold, CorpusScoresAboveThresholds) {
  const CommandResult ingest = RunShell(Keikaku("ingest --quiet --db '" + db_ + "' corpus"));
  ASSERT_EQ(ingest.exit_code, 0) << ingest.output << ingest.errors;
  const std::string export_path = dir_.path() + "/export.json";
  const CommandResult exported = RunShell(Keikaku("export --db '" + db_ + "' --format json -o '" + export_path + "'"));
  ASSERT_EQ(exported.exit_code, 0) << exported.errors;

  const testing::GoldScores scores = testing::ScoreExportFile(export_path);
  std::printf("%s\n", scores.report.substr(scores.report.find("== overall")).c_str());
  testing::ExpectIssue4Thresholds(scores, 0.97, {"budgets", "departments", "status"});
  ASSERT_EQ(scores.document_f1.size(), 5u) << scores.report;
  for (const auto& [document, f1] : scores.document_f1) {
    EXPECT_GE(f1.at("observations"), 0.95) << document << "\n" << scores.report;
  }
}

TEST_F(SeedsWithGold, ReingestReportsEveryFileUnchanged) {
  ASSERT_EQ(RunShell(Keikaku("ingest --quiet --db '" + db_ + "' corpus")).exit_code, 0);
  const CommandResult again = RunShell(Keikaku("ingest --db '" + db_ + "' corpus"));
  ASSERT_EQ(again.exit_code, 0) << again.output;
  EXPECT_NE(again.output.find("5 unchanged"), std::string::npos) << again.output;
  EXPECT_EQ(again.output.find("imported "), std::string::npos) << again.output;
}

TEST_F(SeedsWithGold, TimingsGiveEveryStageWithTheNormaliserApart) {
  const CommandResult ingest = RunShell(Keikaku("ingest --quiet --timings --db '" + db_ + "' corpus"));
  ASSERT_EQ(ingest.exit_code, 0) << ingest.errors;
  const size_t at = ingest.output.find("stages (seconds, summed over threads):");
  ASSERT_NE(at, std::string::npos) << ingest.output;
  const std::string line = ingest.output.substr(at, ingest.output.find('\n', at) - at);
  for (const char* stage : {" read ", " decode ", " grid ", " parse ", " normalise ", " store "}) {
    EXPECT_NE(line.find(stage), std::string::npos) << stage << " in " << line;
  }
  const double normalising = std::stod(line.substr(line.find(" normalise ") + 11));
  EXPECT_GT(normalising, 0.0) << line;
}

TEST_F(SeedsWithGold, ExportsAreByteIdenticalAcrossImports) {
  const std::string second_db = dir_.path() + "/k2.db";
  ASSERT_EQ(RunShell(Keikaku("ingest --quiet --jobs 1 --db '" + db_ + "' corpus")).exit_code, 0);
  ASSERT_EQ(RunShell(Keikaku("ingest --quiet --jobs 2 --db '" + second_db + "' corpus")).exit_code, 0);
  const CommandResult first = RunShell(Keikaku("export --db '" + db_ + "' --format jsonl"));
  const CommandResult second = RunShell(Keikaku("export --db '" + second_db + "' --format jsonl"));
  ASSERT_EQ(first.exit_code, 0);
  EXPECT_EQ(first.output, second.output);
}

}  // namespace
}  // namespace keikaku
