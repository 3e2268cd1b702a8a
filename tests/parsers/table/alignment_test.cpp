// AlignByPosition / AlignInOrder: the header column each filled cell of a shifted row
// belongs under, with the shift, as one table of rows.
#include "table/alignment.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

namespace keikaku::layouts {
namespace {

enum class Rule { kByPosition, kInOrder, kInOrderLatest };

// "0 1 - shift 1 realigned": each cell's column index ("-" for none), the shift, the flag.
std::string Describe(const RowAlignment& alignment) {
  std::ostringstream out;
  for (const auto& column : alignment.columns) {
    if (column) out << *column << ' ';
    else out << "- ";
  }
  out << "shift " << alignment.shift << (alignment.realigned ? " realigned" : "");
  return out.str();
}

struct AlignmentRow {
  std::string name;
  Rule rule;
  std::vector<size_t> filled;
  std::vector<size_t> columns;
  int shift;  // kByPosition only
  std::string expected;
};

class AlignmentTable : public ::testing::TestWithParam<AlignmentRow> {};

TEST_P(AlignmentTable, PlacesEachCell) {
  const AlignmentRow& row = GetParam();
  RowAlignment alignment;
  switch (row.rule) {
    case Rule::kByPosition: alignment = AlignByPosition(row.filled, row.columns, row.shift); break;
    case Rule::kInOrder: alignment = AlignInOrder(row.filled, row.columns); break;
    case Rule::kInOrderLatest: alignment = AlignInOrder(row.filled, row.columns, ShortRow::kLatest); break;
  }
  EXPECT_EQ(Describe(alignment), row.expected);
}

INSTANTIATE_TEST_SUITE_P(
    Rows, AlignmentTable,
    ::testing::Values(
        AlignmentRow{"InPlaceByPosition", Rule::kByPosition, {2, 3, 4}, {2, 3, 4}, 0, "0 1 2 shift 0"},
        AlignmentRow{"ShiftedRightByOne", Rule::kByPosition, {3, 4, 5}, {2, 3, 4}, 1,
                     "0 1 2 shift 1 realigned"},
        AlignmentRow{"ShiftedLeftByOne", Rule::kByPosition, {1, 2}, {2, 3, 4}, -1, "0 1 shift -1 realigned"},
        AlignmentRow{"CellUnderNoColumn", Rule::kByPosition, {0, 2, 5}, {2, 3, 4}, 0, "- 0 - shift 0"},
        AlignmentRow{"ShiftBeforeFirstCell", Rule::kByPosition, {0}, {0, 1}, 1, "- shift 1"},
        AlignmentRow{"InOrderInPlace", Rule::kInOrder, {1, 2, 3}, {1, 2, 3}, 0, "0 1 2 shift 0"},
        AlignmentRow{"InOrderDroppedCell", Rule::kInOrder, {1, 3, 4}, {1, 2, 3}, 0, "0 1 2 shift 0 realigned"},
        AlignmentRow{"InOrderShiftedRight", Rule::kInOrder, {2, 3, 4}, {1, 2, 3}, 0,
                     "0 1 2 shift 1 realigned"},
        AlignmentRow{"InOrderShortFillsEarliest", Rule::kInOrder, {5, 6}, {2, 3, 4}, 0,
                     "0 1 shift 3 realigned"},
        AlignmentRow{"InOrderShortFillsLatest", Rule::kInOrderLatest, {3, 4}, {2, 3, 4}, 0,
                     "1 2 shift 0"},
        AlignmentRow{"InOrderSurplusUnderNone", Rule::kInOrder, {2, 3, 4}, {2, 3}, 0, "0 1 - shift 0"},
        AlignmentRow{"InOrderEmptyRow", Rule::kInOrder, {}, {2, 3}, 0, "shift 0"}),
    [](const ::testing::TestParamInfo<AlignmentRow>& info) { return info.param.name; });

TEST(RealignedRow, NamesLineShiftAndKind) {
  const Diagnostic diagnostic =
      RealignedRow(12, AlignByPosition({3}, {2}, 1).shift, "values taken in year order", "shifted_row");
  EXPECT_EQ(diagnostic.line, 12);
  EXPECT_EQ(diagnostic.kind, "shifted_row");
  EXPECT_EQ(diagnostic.message, "cells shifted against the header by 1; values taken in year order");
}

TEST(RealignedRow, DefaultsToRealignedRow) {
  EXPECT_EQ(RealignedRow(3, 0, "x").kind, "realigned_row");
  EXPECT_EQ(RealignedRow(3, 0, "x").message, "cells shifted against the header; x");
}

}  // namespace
}  // namespace keikaku::layouts
