// What a person meets first: another program's database left alone, empty results named,
// odd file names printed on one line and exported as valid JSON, clear messages.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <Poco/JSON/Parser.h>

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

CommandResult Keikaku(const std::string& args) { return RunShell(KeikakuCommand(args)); }

TEST(ForeignDatabase, IsRefusedWithoutAnyChange) {
  ScratchDir scratch;
  const std::string db = scratch.path() + "/their.db";
  sqlite3* handle = nullptr;
  ASSERT_EQ(sqlite3_open(db.c_str(), &handle), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(handle, "CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('mine');", nullptr,
                         nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(handle);
  const std::string before = testing::ReadFileBytes(db);
  const auto result = Keikaku("ingest --db " + Quote(db) + " " + Quote(testing::CorpusPath("honjo-sogo-keikaku-zenki-ch6.txt")));
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.errors.find("not a keikaku database"), std::string::npos) << result.errors;
  EXPECT_EQ(testing::ReadFileBytes(db), before);  // journal mode (byte 18-19) untouched too
  EXPECT_FALSE(fs::exists(db + "-wal"));
}

TEST(EmptyResult, FileWithNoRecordsIsNamedAndCounted) {
  ScratchDir scratch;
  const std::string file = scratch.Write("notes.txt", "会議のメモ\n特になし\n");
  const auto result = Keikaku("ingest --db " + Quote(scratch.path() + "/k.db") + " " + Quote(file));
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_NE(result.errors.find("notes.txt: no records extracted"), std::string::npos) << result.errors;
  EXPECT_NE(result.output.find("1 with no records"), std::string::npos) << result.output;
}

class OddFileNames : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string text = testing::ReadFileBytes(testing::CorpusPath("honjo-sogo-keikaku-zenki-ch6.txt"));
    scratch_.Write("docs/latin1-\xE9t\xE9.txt", text);
    scratch_.Write("docs/two\nlines.txt", text);
    ingest_ = Keikaku("ingest --db " + Quote(Db()) + " " + Quote(scratch_.path() + "/docs"));
  }
  std::string Db() const { return scratch_.path() + "/k.db"; }
  ScratchDir scratch_;
  CommandResult ingest_;
};

TEST_F(OddFileNames, ReportPrintsEachOnOneEscapedLine) {
  ASSERT_EQ(ingest_.exit_code, 0) << ingest_.errors;
  EXPECT_NE(ingest_.output.find("latin1-\\xE9t\\xE9.txt  ("), std::string::npos) << ingest_.output;
  EXPECT_NE(ingest_.output.find("two\\nlines.txt  ("), std::string::npos) << ingest_.output;
}

TEST_F(OddFileNames, ExportIsValidJsonWithTheEscapedNames) {
  const auto exported = Keikaku("export --format json --db " + Quote(Db()));
  ASSERT_EQ(exported.exit_code, 0) << exported.errors;
  Poco::JSON::Parser parser;
  EXPECT_NO_THROW(parser.parse(exported.output));
  EXPECT_NE(exported.output.find("latin1-\\\\xE9t\\\\xE9.txt"), std::string::npos);
}

TEST(FirstContact, VersionPrintsTheVersion) {
  const auto result = Keikaku("--version");
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_EQ(result.output.rfind("keikaku ", 0), 0u) << result.output;
}

TEST(FirstContact, MissingDatabaseNamesTheFileAndWhatToRun) {
  ScratchDir scratch;
  const auto result = Keikaku("stats --db " + Quote(scratch.path() + "/none.db"));
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.errors.find("none.db: no such database"), std::string::npos) << result.errors;
  EXPECT_NE(result.errors.find("keikaku ingest"), std::string::npos) << result.errors;
  EXPECT_FALSE(fs::exists(scratch.path() + "/none.db"));
}

TEST(FirstContact, StatsShowsEachDocumentsFile) {
  ScratchDir scratch;
  const std::string text = testing::ReadFileBytes(testing::CorpusPath("honjo-sogo-keikaku-zenki-ch6.txt"));
  scratch.Write("docs/2020.txt", text);
  scratch.Write("docs/2021.txt", text + "\n");
  ASSERT_EQ(Keikaku("ingest --quiet --db " + Quote(scratch.path() + "/k.db") + " " + Quote(scratch.path() + "/docs")).exit_code, 0);
  const auto stats = Keikaku("stats --db " + Quote(scratch.path() + "/k.db"));
  EXPECT_NE(stats.output.find("2020.txt"), std::string::npos) << stats.output;
  EXPECT_NE(stats.output.find("2021.txt"), std::string::npos) << stats.output;
}

TEST(FirstContact, DiagnosticsListsWhatADocumentsReadersCouldNotPlace) {
  ScratchDir scratch;
  const std::string db = Quote(scratch.path() + "/k.db");
  ASSERT_EQ(Keikaku("ingest --quiet --db " + db + " " + Quote(testing::CorpusPath("komoro-seika-setsumeisho-2019.txt"))).exit_code, 0);
  const auto all = Keikaku("diagnostics --db " + db);
  ASSERT_EQ(all.exit_code, 0) << all.errors;
  EXPECT_NE(all.output.find("44 diagnostics"), std::string::npos) << all.output;
  const auto by_path = Keikaku("diagnostics --db " + db + " --document corpus/komoro-seika-setsumeisho-2019.txt");
  EXPECT_NE(by_path.output.find("44 diagnostics"), std::string::npos) << by_path.output;
  const auto by_id = Keikaku("diagnostics --db " + db + " --document 1");
  EXPECT_NE(by_id.output.find("44 diagnostics"), std::string::npos) << by_id.output;
}

}  // namespace
}  // namespace keikaku
