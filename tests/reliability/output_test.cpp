// Every command checks that its output arrived; reading needs no write access; keikaku query
// keeps types, runs one statement and stops at its time limit.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "support/gold_scoring.h"
#include "support/shell.h"

namespace keikaku {
namespace {

using testing::CommandResult;
using testing::KeikakuCommand;
using testing::Quote;
using testing::RunShell;
using testing::ScratchDir;

namespace fs = std::filesystem;

// One database of one corpus document, shared by the suite.
class Output : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    scratch_ = new ScratchDir;
    RunShell(KeikakuCommand("ingest --quiet --db " + Quote(Db()) + " " +
                            Quote(testing::CorpusPath("honjo-sogo-keikaku-zenki-ch6.txt"))));
  }
  static void TearDownTestSuite() { delete scratch_; }
  static std::string Db() { return scratch_->path() + "/k.db"; }
  static CommandResult Keikaku(const std::string& args) { return RunShell(KeikakuCommand(args)); }
  static inline ScratchDir* scratch_ = nullptr;
};

class WriteErrors : public Output, public ::testing::WithParamInterface<const char*> {};

TEST_P(WriteErrors, FullDeviceExitsNonZeroWithOneLine) {
  const std::string args = std::string(GetParam());
  const auto result = RunShell("(" + KeikakuCommand(args.substr(0, args.find(' ')) + " --db " + Quote(Db()) +
                                                   args.substr(args.find(' '))) +
                                " > /dev/full)");
  EXPECT_NE(result.exit_code, 0) << args;
  EXPECT_NE(result.errors.find("cannot write"), std::string::npos) << result.errors;
  EXPECT_EQ(std::count(result.errors.begin(), result.errors.end(), '\n'), 1) << result.errors;
}

INSTANTIATE_TEST_SUITE_P(Commands, WriteErrors,
                         ::testing::Values("stats ", "query 'SELECT 1'", "compare --indicator 経常収支比率",
                                           "search 市民", "export --format json", "layouts ", "concepts ",
                                           "measures ", "diagnostics "));

TEST_F(Output, IngestToAFullDeviceExitsNonZero) {
  ScratchDir scratch;
  const auto result = RunShell("(" + KeikakuCommand("ingest --db " + Quote(scratch.path() + "/k.db") + " " +
                                                   Quote(testing::CorpusPath("honjo-sogo-keikaku-zenki-ch6.txt"))) +
                                " > /dev/full)");
  EXPECT_NE(result.exit_code, 0);
  EXPECT_NE(result.errors.find("cannot write"), std::string::npos) << result.errors;
}

TEST_F(Output, StatsReadsADatabaseInAReadOnlyFolder) {
  ScratchDir scratch;
  const std::string folder = scratch.path() + "/ro";
  fs::create_directories(folder);
  fs::copy_file(Db(), folder + "/k.db");
  fs::permissions(scratch.path(), fs::perms::owner_all | fs::perms::others_read | fs::perms::others_exec);
  fs::permissions(folder + "/k.db", fs::perms::owner_read | fs::perms::others_read);
  fs::permissions(folder, fs::perms::owner_read | fs::perms::owner_exec | fs::perms::others_read | fs::perms::others_exec);
  // As root, permissions do not stop writes: run as nobody, who may only read here.
  const std::string as_reader = geteuid() == 0 ? "setpriv --reuid=65534 --regid=65534 --clear-groups " : "";
  const auto result = RunShell("cd / && " + as_reader + Quote(KEIKAKU_BINARY) + " stats --db " + Quote(folder + "/k.db"));
  fs::permissions(folder, fs::perms::owner_all);
  EXPECT_EQ(result.exit_code, 0) << result.errors;
  EXPECT_NE(result.output.find("1 documents"), std::string::npos) << result.output;
  EXPECT_FALSE(fs::exists(folder + "/k.db-wal"));
}

TEST_F(Output, QueryJsonKeepsNumbersAndWritesBlobsInHex) {
  const auto result = Keikaku("query --format json --db " + Quote(Db()) +
                              " \"SELECT 1 AS i, 2.5 AS r, 'x' AS t, NULL AS n, X'0A1B' AS b\"");
  ASSERT_EQ(result.exit_code, 0) << result.errors;
  EXPECT_NE(result.output.find(R"({"i":1,"r":2.5,"t":"x","n":null,"b":"X'0A1B'"})"), std::string::npos)
      << result.output;
}

TEST_F(Output, QueryRefusesSeveralStatements) {
  const auto result = Keikaku("query --db " + Quote(Db()) + " 'SELECT 1; SELECT 2'");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.errors.find("one SQL statement"), std::string::npos) << result.errors;
}

TEST_F(Output, QueryStopsAtItsTimeLimit) {
  const auto result = Keikaku("query --timeout 1 --db " + Quote(Db()) +
                              " 'WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n'");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.errors.find("time limit"), std::string::npos) << result.errors;
}

}  // namespace
}  // namespace keikaku
