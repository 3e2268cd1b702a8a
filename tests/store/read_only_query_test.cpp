#include <gtest/gtest.h>

#include <filesystem>

#include "keikaku/store/store.h"
#include "store/store_fixtures.h"

namespace keikaku::store {
namespace {

using testing::FullDocument;
using testing::SourceFor;
using testing::TempDatabase;

class ReadOnlyQueryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Store::Open(db_.path(), Store::Mode::kReadWrite)->Put(SourceFor("a.txt", "1"), FullDocument());
  }
  TempDatabase db_;
};

TEST_F(ReadOnlyQueryTest, ReturnsColumnsRowsAndNulls) {
  const QueryResult result =
      RunReadOnlyQuery(db_.path(), "SELECT municipality, prefecture, revised, start_fy FROM documents");
  EXPECT_EQ(result.columns, (std::vector<std::string>{"municipality", "prefecture", "revised", "start_fy"}));
  ASSERT_EQ(result.rows.size(), 1u);
  EXPECT_EQ(result.rows[0][0], "加須市");
  EXPECT_EQ(result.rows[0][2], std::nullopt);
  EXPECT_EQ(result.rows[0][3], "2016");
}

TEST_F(ReadOnlyQueryTest, RefusesInsert) {
  EXPECT_THROW(RunReadOnlyQuery(db_.path(), "INSERT INTO glossary VALUES (1, 9, 'x', 'y')"), StoreError);
  EXPECT_EQ(testing::CountRows(db_.path(), "glossary"), 2);
}

TEST_F(ReadOnlyQueryTest, RefusesDrop) {
  EXPECT_THROW(RunReadOnlyQuery(db_.path(), "DROP TABLE glossary"), StoreError);
  EXPECT_EQ(testing::CountRows(db_.path(), "glossary"), 2);
}

TEST_F(ReadOnlyQueryTest, RefusesPragmaWrites) {
  EXPECT_THROW(RunReadOnlyQuery(db_.path(), "PRAGMA user_version = 7"), StoreError);
  EXPECT_EQ(RunReadOnlyQuery(db_.path(), "PRAGMA user_version").rows.at(0).at(0), "3");
}

TEST_F(ReadOnlyQueryTest, RefusesToCreateFiles) {
  const std::string other = db_.path() + ".other";
  EXPECT_THROW(RunReadOnlyQuery(db_.path(), "ATTACH DATABASE '" + other + "' AS other"), StoreError);
  EXPECT_THROW(RunReadOnlyQuery(db_.path(), "VACUUM INTO '" + other + "'"), StoreError);
  EXPECT_FALSE(std::filesystem::exists(other));
}

TEST_F(ReadOnlyQueryTest, ReportsABadStatement) {
  EXPECT_THROW(RunReadOnlyQuery(db_.path(), "SELEC nothing"), StoreError);
}

}  // namespace
}  // namespace keikaku::store
