// NumberingStyle: the shape of a heading number, one row per numbering family.
#include <gtest/gtest.h>

#include <string>

#include "keikaku/normalize/text.h"

namespace keikaku::normalize {
namespace {

struct StyleRow {
  std::string number;
  std::string style;
};

class NumberingStyleTable : public ::testing::TestWithParam<StyleRow> {};

TEST_P(NumberingStyleTable, GivesTheShape) {
  EXPECT_EQ(NumberingStyle(GetParam().number), GetParam().style) << GetParam().number;
}

INSTANTIATE_TEST_SUITE_P(
    Numberings, NumberingStyleTable,
    ::testing::Values(StyleRow{"1", "9"}, StyleRow{"12", "9"}, StyleRow{"(3)", "(9)"},
                      StyleRow{"6-1", "9-9"}, StyleRow{"第12章", "第9章"}, StyleRow{"第三章", "第9章"},
                      StyleRow{"二十一", "9"}, StyleRow{"①", "①"}, StyleRow{"⑳", "①"},
                      StyleRow{"❶", "①"}, StyleRow{"Ⅳ", "Ⅰ"}, StyleRow{"(イ)", "(ア)"},
                      StyleRow{"ア", "ア"}, StyleRow{"【施策1】", "【施策9】"}, StyleRow{"", ""}));

TEST(NumberingStyle, TellsRomanFromCircled) { EXPECT_NE(NumberingStyle("Ⅱ"), NumberingStyle("②")); }

}  // namespace
}  // namespace keikaku::normalize
