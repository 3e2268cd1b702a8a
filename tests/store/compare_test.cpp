#include <gtest/gtest.h>

#include "keikaku/store/queries.h"
#include "store/store_fixtures.h"

namespace keikaku::store {
namespace {

using testing::SmallDocument;
using testing::SourceFor;
using testing::TempDatabase;

class CompareTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto store = Store::Open(db_.path(), Store::Mode::kReadWrite);
    store->Put(SourceFor("kazo.txt", "1"), SmallDocument("加須市", "健全な財政運営", "経常収支比率", "%"));
    store->Put(SourceFor("honjo.txt", "2"),
               SmallDocument("本庄市", "財政の健全化", "経常収支比率（普通会計）", "%"));
    ParsedDocument money = SmallDocument("小諸市", "ふるさと納税の推進", "ふるさと納税寄附額", "千円");
    money.measures[0].indicators[0].actuals[0].unit = "百万円";  // printed in another unit
    store->Put(SourceFor("komoro.txt", "3"), money);
  }
  TempDatabase db_;
};

TEST_F(CompareTest, ConceptFindsEachCityWithYearsAndValues) {
  const std::vector<CompareRow> rows = Compare(db_.path(), {"keijo_shushi_hiritsu", "", std::nullopt});
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].municipality, "加須市");
  EXPECT_EQ(rows[1].municipality, "本庄市");
  EXPECT_EQ(rows[1].indicator, "経常収支比率（普通会計）");
  EXPECT_EQ(rows[1].document_path, "honjo.txt");
  EXPECT_EQ(rows[0].prefecture, "埼玉県");
  EXPECT_EQ(rows[0].unit, "%");
  EXPECT_EQ(rows[0].scale, 1);
  ASSERT_TRUE(rows[0].baseline.has_value());
  EXPECT_EQ(rows[0].baseline->fy, 2019);
  EXPECT_EQ(rows[0].baseline->value, 91.5);
  ASSERT_EQ(rows[0].targets.size(), 2u);
  EXPECT_EQ(rows[0].targets[1].fy, 2022);
  EXPECT_EQ(rows[0].targets[1].value, 89.5);
  ASSERT_EQ(rows[0].actuals.size(), 1u);
  EXPECT_EQ(rows[0].actuals[0].value, 92.25);
  EXPECT_EQ(rows[0].line, 11);
}

TEST_F(CompareTest, IndicatorTextMatchesASubstringOfTheName) {
  const std::vector<CompareRow> rows = Compare(db_.path(), {"", "収支比率", std::nullopt});
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].concept_key, "keijo_shushi_hiritsu");
}

TEST_F(CompareTest, MoneyIsScaledToYen) {
  const std::vector<CompareRow> rows = Compare(db_.path(), {"furusato_nozei", "", std::nullopt});
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].printed_unit, "千円");
  EXPECT_EQ(rows[0].unit, "円");
  EXPECT_EQ(rows[0].scale, 1000);
  EXPECT_EQ(rows[0].baseline->value, 91500);
  EXPECT_EQ(rows[0].baseline->text, "91.5");
  EXPECT_EQ(rows[0].targets[0].value, 90000);
  EXPECT_EQ(rows[0].actuals[0].value, 92250000);  // its own unit, 百万円
}

TEST_F(CompareTest, FiscalYearKeepsThatYearsValuesAndTheBaseline) {
  const std::vector<CompareRow> rows = Compare(db_.path(), {"keijo_shushi_hiritsu", "", 2022});
  ASSERT_EQ(rows.size(), 2u);
  ASSERT_EQ(rows[0].targets.size(), 1u);
  EXPECT_EQ(rows[0].targets[0].fy, 2022);
  EXPECT_TRUE(rows[0].actuals.empty());
  EXPECT_TRUE(rows[0].baseline.has_value());
}

TEST_F(CompareTest, FiscalYearWithoutValuesGivesNoRows) {
  EXPECT_TRUE(Compare(db_.path(), {"keijo_shushi_hiritsu", "", 2030}).empty());
}

TEST_F(CompareTest, NothingAskedGivesNoRows) {
  EXPECT_TRUE(Compare(db_.path(), {"", "", std::nullopt}).empty());
}

TEST_F(CompareTest, ParameterCarryingSqlMatchesNothing) {
  EXPECT_TRUE(Compare(db_.path(), {"", "' OR 1=1 --", std::nullopt}).empty());
  EXPECT_TRUE(Compare(db_.path(), {"' OR 1=1 --", "", std::nullopt}).empty());
}

TEST(YenScale, KnowsTheMoneyUnits) {
  EXPECT_EQ(YenScale("円"), 1);
  EXPECT_EQ(YenScale("千円"), 1e3);
  EXPECT_EQ(YenScale("万円"), 1e4);
  EXPECT_EQ(YenScale("百万円"), 1e6);
  EXPECT_EQ(YenScale("億円"), 1e8);
  EXPECT_EQ(YenScale("%"), std::nullopt);
  EXPECT_EQ(YenScale(""), std::nullopt);
}

}  // namespace
}  // namespace keikaku::store
