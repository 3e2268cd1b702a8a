// AlignYearCells: how the cells right of a 年次計画 row label are assigned to years.
#include "implementation_sheets/year_cells.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace keikaku::layouts::sheets {
namespace {

struct AlignCase {
  const char* name;
  std::vector<std::string> printed;   // cells right of the label, "" = blank
  std::vector<std::string> expected;  // per year, "" = blank
  std::vector<int> expected_cells;    // source cell index per year (-1 = blank)
  bool noted;                         // a diagnostic note is expected
};

class AlignYearCellsTest : public ::testing::TestWithParam<AlignCase> {};

TEST_P(AlignYearCellsTest, AssignsCellsToYears) {
  const AlignCase& c = GetParam();
  std::vector<PlacedText> values;
  for (size_t i = 0; i < c.printed.size(); ++i) {
    values.push_back({c.printed[i], {1, static_cast<int>(i + 1)}});
  }
  const YearAlignment alignment = AlignYearCells(values, c.expected.size());
  ASSERT_EQ(alignment.cells.size(), c.expected.size());
  for (size_t year = 0; year < c.expected.size(); ++year) {
    if (c.expected[year].empty()) {
      EXPECT_FALSE(alignment.cells[year].has_value()) << "year " << year;
      continue;
    }
    ASSERT_TRUE(alignment.cells[year].has_value()) << "year " << year;
    EXPECT_EQ(alignment.cells[year]->text, c.expected[year]) << "year " << year;
    EXPECT_EQ(alignment.cells[year]->at.cell, c.expected_cells[year]) << "year " << year;
  }
  EXPECT_EQ(!alignment.note.empty(), c.noted) << alignment.note;
}

INSTANTIATE_TEST_SUITE_P(
    Shapes, AlignYearCellsTest,
    ::testing::Values(
        AlignCase{"OneCellPerYear", {"a", "b", "c"}, {"a", "b", "c"}, {1, 2, 3}, false},
        AlignCase{"BlankYearKept", {"", "b", "c"}, {"", "b", "c"}, {-1, 2, 3}, false},
        AlignCase{"TrailingCopyDropped", {"a", "b", "c", "c"}, {"a", "b", "c"}, {1, 2, 3}, false},
        AlignCase{"TrailingBlanksDropped", {"a", "", "c", "", ""}, {"a", "", "c"}, {1, -1, 3}, false},
        AlignCase{"LeadingPaddingDropped", {"", "x", "x", "x"}, {"x", "x", "x"}, {2, 3, 4}, false},
        AlignCase{"BlankFirstYearWithTrailingBlank", {"", "x", "", ""}, {"", "x", ""}, {-1, 2, -1}, false},
        AlignCase{"SplitLastYearJoined", {"x", "x", "x", "y"}, {"x", "x", "x y"}, {1, 2, 3}, true},
        AlignCase{"SingleCellSpansEveryYear", {"x", "", ""}, {"x", "x", "x"}, {1, 1, 1}, false},
        AlignCase{"SingleShortCellSpans", {"x"}, {"x", "x", "x"}, {1, 1, 1}, false},
        AlignCase{"ShortRowLastCellCoversRest", {"a", "b"}, {"a", "b", "b"}, {1, 2, 2}, true},
        AlignCase{"SurplusCut", {"a", "b", "c", "d", "e"}, {"a", "b", "c"}, {1, 2, 3}, true},
        AlignCase{"EmptyRow", {"", "", ""}, {"", "", ""}, {-1, -1, -1}, false}),
    [](const ::testing::TestParamInfo<AlignCase>& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace keikaku::layouts::sheets
