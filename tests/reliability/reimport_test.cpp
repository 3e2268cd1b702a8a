// Re-imports skip a file whose size and modification time are those stored, without reading
// it; a file with new times is hashed, and kept when its content is the same.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>

#include "support/gold_scoring.h"
#include "support/shell.h"

namespace keikaku {
namespace {

using testing::KeikakuCommand;
using testing::Quote;
using testing::RunShell;
using testing::ScratchDir;

namespace fs = std::filesystem;

class Reimport : public ::testing::Test {
 protected:
  void SetUp() override {
    text_ = testing::ReadFileBytes(testing::CorpusPath("honjo-sogo-keikaku-zenki-ch6.txt"));
    file_ = scratch_.Write("plan.txt", text_);
    SetAge(std::chrono::hours(1));
  }
  // Sets the file's modification time to `age` ago.
  void SetAge(std::chrono::seconds age) {
    fs::last_write_time(file_, fs::file_time_type::clock::now() - age);
  }
  testing::CommandResult Ingest(const std::string& flags = "") {
    return RunShell(KeikakuCommand("ingest " + flags + " --db " + Quote(db()) + " " + Quote(file_)));
  }
  // documents.modified_ns, "0" for NULL.
  std::string StoredModified() {
    const std::string csv = RunShell(KeikakuCommand("query --format csv --db " + Quote(db()) +
                                                    " 'SELECT coalesce(modified_ns, 0) AS t FROM documents'")).output;
    return csv.substr(csv.find('\n') + 1, csv.find_last_not_of("\r\n") - csv.find('\n'));
  }
  std::string db() const { return scratch_.path() + "/k.db"; }

  ScratchDir scratch_;
  std::string text_, file_;
};

TEST_F(Reimport, SameSizeAndTimeIsNotRead) {
  ASSERT_EQ(Ingest("--quiet").exit_code, 0);
  const auto modified = fs::last_write_time(file_);
  std::string changed = text_;
  changed.replace(changed.find("市"), std::string("市").size(), "町");  // same size
  scratch_.Write("plan.txt", changed);
  fs::last_write_time(file_, modified);
  const auto again = Ingest();
  ASSERT_EQ(again.exit_code, 0) << again.errors;
  EXPECT_NE(again.output.find("1 unchanged"), std::string::npos) << again.output;
  const auto forced = Ingest("--force");
  EXPECT_NE(forced.output.find("1 replaced"), std::string::npos) << forced.output;
}

TEST_F(Reimport, NewTimeWithTheSameContentIsUnchangedAndRemembered) {
  ASSERT_EQ(Ingest("--quiet").exit_code, 0);
  const std::string first = StoredModified();
  SetAge(std::chrono::minutes(30));
  const auto again = Ingest();
  EXPECT_NE(again.output.find("1 unchanged"), std::string::npos) << again.output;
  EXPECT_NE(StoredModified(), first);
  EXPECT_NE(StoredModified(), "0");
}

TEST_F(Reimport, ChangedContentUnderANewTimeIsReplaced) {
  ASSERT_EQ(Ingest("--quiet").exit_code, 0);
  scratch_.Write("plan.txt", text_ + "\n");
  SetAge(std::chrono::minutes(30));
  const auto again = Ingest();
  EXPECT_NE(again.output.find("1 replaced"), std::string::npos) << again.output;
}

TEST_F(Reimport, AFileModifiedTooRecentlyKeepsNoTimeAndIsHashedNextTime) {
  // Ten seconds ahead rather than now, so a slow machine cannot age it past the two-second
  // window before the import looks at it.
  SetAge(std::chrono::seconds(-10));
  ASSERT_EQ(Ingest("--quiet").exit_code, 0);
  EXPECT_EQ(StoredModified(), "0");
}

}  // namespace
}  // namespace keikaku
