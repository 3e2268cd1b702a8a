// The bundled list of local governments, looked up by name.
#include "common/municipality_directory.h"

#include <gtest/gtest.h>

namespace keikaku::layouts {
namespace {

TEST(MunicipalityDirectory, FindsAMunicipalityWithItsCode) {
  const Namesakes* bodies = TheMunicipalityDirectory().Find("本庄市");
  ASSERT_NE(bodies, nullptr);
  ASSERT_EQ(bodies->size(), 1u);
  EXPECT_EQ(bodies->front().code, "112119");
  EXPECT_EQ(bodies->front().prefecture, "埼玉県");
  EXPECT_FALSE(bodies->front().IsPrefecture());
}

TEST(MunicipalityDirectory, FindsAPrefectureAsItsOwnBody) {
  const Namesakes* bodies = TheMunicipalityDirectory().Find("福島県");
  ASSERT_NE(bodies, nullptr);
  EXPECT_EQ(bodies->front().code, "070009");
  EXPECT_TRUE(bodies->front().IsPrefecture());
}

TEST(MunicipalityDirectory, ListsNamesakesInCodeOrder) {
  const Namesakes* bodies = TheMunicipalityDirectory().Find("府中市");
  ASSERT_NE(bodies, nullptr);
  ASSERT_EQ(bodies->size(), 2u);
  EXPECT_EQ((*bodies)[0].prefecture, "東京都");
  EXPECT_EQ((*bodies)[1].prefecture, "広島県");
}

TEST(MunicipalityDirectory, SmallKeAndKeAreOneLetter) {
  const Namesakes* small = TheMunicipalityDirectory().Find("鎌ヶ谷市");
  ASSERT_NE(small, nullptr);
  EXPECT_EQ(small, TheMunicipalityDirectory().Find("鎌ケ谷市"));
  EXPECT_EQ(TheMunicipalityDirectory().Find("鶴ケ島市"), TheMunicipalityDirectory().Find("鶴ヶ島市"));
}

TEST(MunicipalityDirectory, UnknownNameIsNull) { EXPECT_EQ(TheMunicipalityDirectory().Find("中央市民"), nullptr); }

TEST(MunicipalityDirectory, EndingsRuleOutPlacesNoNameEnds) {
  EXPECT_TRUE(TheMunicipalityDirectory().MayEndWith("須市"));
  EXPECT_TRUE(TheMunicipalityDirectory().MayEndWith("島県"));
  EXPECT_FALSE(TheMunicipalityDirectory().MayEndWith("各市"));
  EXPECT_FALSE(TheMunicipalityDirectory().MayEndWith("市"));
}

}  // namespace
}  // namespace keikaku::layouts
