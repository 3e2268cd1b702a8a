// One file is one document whatever the path it is reached by; --prune removes only what is
// gone inside the folders it was given; stray file-system entries are skipped, not fatal.
#include <gtest/gtest.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
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

// The two smallest corpus documents under docs/ in a scratch folder.
class DataIdentity : public ::testing::Test {
 protected:
  void SetUp() override {
    for (const char* name : {"honjo-sogo-keikaku-zenki-ch6.txt", "sakado-action-plan-shinko-kanri-2020.txt"}) {
      scratch_.Write(std::string("docs/") + name, testing::ReadFileBytes(testing::CorpusPath(name)));
    }
  }
  std::string Docs() const { return scratch_.path() + "/docs"; }
  std::string Db() const { return scratch_.path() + "/k.db"; }
  // `keikaku ARGS` run from the folder `cwd`.
  CommandResult RunIn(const std::string& cwd, const std::string& args) const {
    return RunShell("cd " + Quote(cwd) + " && " + Quote(KEIKAKU_BINARY) + " " + args);
  }
  std::string Count(const std::string& sql) const {
    const std::string csv = RunShell(KeikakuCommand("query --format csv --db " + Quote(Db()) + " " + Quote(sql))).output;
    return csv.substr(csv.find('\n') + 1, csv.find_last_not_of("\r\n") - csv.find('\n'));
  }

  ScratchDir scratch_;
};

TEST_F(DataIdentity, SameFileByThreePathsIsOneDocument) {
  const auto result = RunIn(Docs(), "ingest --db " + Quote(Db()) + " . " + Quote(Docs()) + " ../docs");
  ASSERT_EQ(result.exit_code, 0) << result.errors;
  EXPECT_EQ(Count("SELECT count(*) FROM documents"), "2");
  EXPECT_NE(result.output.find("total: 2 files"), std::string::npos) << result.output;
}

TEST_F(DataIdentity, ReimportFromAnotherFolderFindsTheSameDocuments) {
  ASSERT_EQ(RunIn(scratch_.path(), "ingest --db k.db docs").exit_code, 0);
  const auto again = RunIn("/", "ingest --db " + Quote(Db()) + " " + Quote(Docs()));
  ASSERT_EQ(again.exit_code, 0) << again.errors;
  EXPECT_NE(again.output.find("2 unchanged"), std::string::npos) << again.output;
  EXPECT_EQ(Count("SELECT count(*) FROM documents"), "2");
}

TEST_F(DataIdentity, SameBytesInTwoFilesAreTwoDocumentsSharingAHash) {
  fs::copy_file(Docs() + "/honjo-sogo-keikaku-zenki-ch6.txt", Docs() + "/copy.txt");
  ASSERT_EQ(RunShell(KeikakuCommand("ingest --quiet --db " + Quote(Db()) + " " + Quote(Docs()))).exit_code, 0);
  EXPECT_EQ(Count("SELECT count(*) FROM documents"), "3");
  const auto stats = RunShell(KeikakuCommand("stats --db " + Quote(Db())));
  EXPECT_NE(stats.output.find("same content"), std::string::npos) << stats.output;
}

TEST_F(DataIdentity, PruneFromElsewhereKeepsFilesThatExist) {
  scratch_.Write("other/plan.txt", testing::ReadFileBytes(testing::CorpusPath("honjo-sogo-keikaku-zenki-ch6.txt")));
  ASSERT_EQ(RunIn(scratch_.path(), "ingest --quiet --db k.db docs").exit_code, 0);
  const auto pruned = RunIn(scratch_.path() + "/other", "ingest --prune --db ../k.db .");
  ASSERT_EQ(pruned.exit_code, 0) << pruned.errors;
  EXPECT_NE(pruned.output.find("0 pruned"), std::string::npos) << pruned.output;
  EXPECT_EQ(Count("SELECT count(*) FROM documents"), "3");
}

TEST_F(DataIdentity, PruneRemovesOnlyWhatIsGoneInsideTheGivenFolder) {
  scratch_.Write("other/plan.txt", testing::ReadFileBytes(testing::CorpusPath("honjo-sogo-keikaku-zenki-ch6.txt")));
  ASSERT_EQ(RunIn(scratch_.path(), "ingest --quiet --db k.db docs other").exit_code, 0);
  fs::remove(scratch_.path() + "/other/plan.txt");
  fs::remove(Docs() + "/honjo-sogo-keikaku-zenki-ch6.txt");
  const auto pruned = RunIn(scratch_.path(), "ingest --prune --db k.db docs");
  ASSERT_EQ(pruned.exit_code, 0) << pruned.errors;
  EXPECT_NE(pruned.output.find("1 pruned"), std::string::npos) << pruned.output;
  EXPECT_EQ(Count("SELECT count(*) FROM documents WHERE path LIKE '%/other/plan.txt'"), "1");
}

TEST_F(DataIdentity, PruneDryRunListsAndChangesNothing) {
  ASSERT_EQ(RunIn(scratch_.path(), "ingest --quiet --db k.db docs").exit_code, 0);
  fs::remove(Docs() + "/honjo-sogo-keikaku-zenki-ch6.txt");
  const auto listed = RunIn(scratch_.path(), "ingest --prune --dry-run --db k.db docs");
  ASSERT_EQ(listed.exit_code, 0) << listed.errors;
  EXPECT_NE(listed.output.find("would prune  docs/honjo-sogo-keikaku-zenki-ch6.txt"), std::string::npos)
      << listed.output;
  EXPECT_EQ(Count("SELECT count(*) FROM documents"), "2");
}

TEST_F(DataIdentity, MissingPathIsAUsageErrorAndCreatesNoDatabase) {
  const auto result = RunShell(KeikakuCommand("ingest --db " + Quote(Db()) + " " + Quote(scratch_.path() + "/nope")));
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.errors.find("no such file or folder"), std::string::npos) << result.errors;
  EXPECT_FALSE(fs::exists(Db()));
}

// A folder with every kind of stray entry next to the two documents.
class StrayEntries : public DataIdentity {
 protected:
  void SetUp() override {
    DataIdentity::SetUp();
    fs::create_symlink("self", Docs() + "/self");
    fs::create_symlink("nowhere.txt", Docs() + "/dangling.txt");
    ASSERT_EQ(mkfifo((Docs() + "/pipe.txt").c_str(), 0644), 0);
    socket_ = socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const std::string socket_path = Docs() + "/socket.txt";
    ASSERT_LT(socket_path.size(), sizeof address.sun_path);
    std::copy(socket_path.begin(), socket_path.end(), address.sun_path);
    ASSERT_EQ(bind(socket_, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
    // Bounded: were the FIFO opened, the import would block on it.
    result_ = RunShell("timeout 60 sh -c " + Quote(KeikakuCommand("ingest --db " + Quote(Db()) + " " + Quote(Docs()))));
  }
  void TearDown() override { close(socket_); }
  int socket_ = -1;
  CommandResult result_;
};

TEST_F(StrayEntries, ImportTheOthersAndExitOne) {
  EXPECT_EQ(result_.exit_code, 1) << result_.errors;
  EXPECT_EQ(Count("SELECT count(*) FROM documents"), "2");
  EXPECT_NE(result_.output.find("2 imported"), std::string::npos) << result_.output;
  EXPECT_NE(result_.output.find("4 failed"), std::string::npos) << result_.output;
}

TEST_F(StrayEntries, NameEachWithItsReason) {
  for (const char* expected : {"self: skipped: symbolic link loop", "dangling.txt: skipped: dangling symbolic link",
                               "pipe.txt: skipped: not a regular file: a FIFO",
                               "socket.txt: skipped: not a regular file: a socket"}) {
    EXPECT_NE(result_.errors.find(expected), std::string::npos) << expected << "\n" << result_.errors;
  }
}

TEST_F(StrayEntries, AreListedAsFailedByStats) {
  const auto stats = RunShell(KeikakuCommand("stats --db " + Quote(Db())));
  EXPECT_NE(stats.output.find("pipe.txt: skipped: not a regular file: a FIFO"), std::string::npos) << stats.output;
}

}  // namespace
}  // namespace keikaku
