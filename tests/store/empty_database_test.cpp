// An empty file — an import killed before its first commit — reads as an empty database.
#include <gtest/gtest.h>

#include <fstream>

#include "keikaku/store/queries.h"
#include "keikaku/store/store.h"
#include "support/shell.h"

namespace keikaku::store {
namespace {

class EmptyDatabase : public ::testing::Test {
 protected:
  void SetUp() override { std::ofstream(path_).close(); }
  testing::ScratchDir dir_;
  std::string path_ = dir_.path() + "/empty.db";
};

TEST_F(EmptyDatabase, HoldsNoDocuments) {
  EXPECT_TRUE(ListDocuments(path_).empty());
  EXPECT_TRUE(Store::Open(path_, Store::Mode::kReadOnly)->LoadDocuments().empty());
}

TEST_F(EmptyDatabase, PassesIntegrityCheck) {
  const QueryResult result = RunReadOnlyQuery(path_, "PRAGMA integrity_check");
  ASSERT_EQ(result.rows.size(), 1u);
  EXPECT_EQ(result.rows[0][0], "ok");
}

TEST_F(EmptyDatabase, BecomesAKeikakuDatabaseWhenOpenedForWriting) {
  Store::Open(path_, Store::Mode::kReadWrite);
  EXPECT_EQ(RunReadOnlyQuery(path_, "PRAGMA user_version").rows[0][0], "3");
}

}  // namespace
}  // namespace keikaku::store
