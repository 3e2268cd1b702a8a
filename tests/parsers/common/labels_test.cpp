// The lexicon's leading label: the label of a kind a compact cell starts with, in lexicon order.
#include "common/labels.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace keikaku::layouts {
namespace {

struct LeadingLabelRow {
  const char* name;
  std::string compact;
  std::string kind;
  std::string label;
};

class LeadingLabelTable : public ::testing::TestWithParam<LeadingLabelRow> {};

TEST_P(LeadingLabelTable, FindsTheLabelTheCellStartsWith) {
  EXPECT_EQ(LeadingLabel(GetParam().compact, GetParam().kind), GetParam().label);
}

INSTANTIATE_TEST_SUITE_P(Cells, LeadingLabelTable,
                         ::testing::ValuesIn(std::vector<LeadingLabelRow>{
                             {"BaselineWithItsYear", "現状値(H26年度)", "baseline", "現状値"},
                             {"LabelAlone", "基準値", "baseline", "基準値"},
                             {"LexiconOrderPrefersTheEarlierLabel", "現状値R1", "baseline", "現状値"},
                             {"PolicyBlockWithItsNumber", "施策大項目1", "policy_block", "施策大項目"},
                             {"AnotherKindsLabel", "目標値(R7)", "baseline", ""},
                             {"LabelInsideNotAtTheStart", "令和元年度現状値", "baseline", ""},
                             {"UnknownKind", "現状値", "no_such_kind", ""},
                             {"Empty", "", "baseline", ""},
                         }),
                         [](const auto& info) { return info.param.name; });

}  // namespace
}  // namespace keikaku::layouts
