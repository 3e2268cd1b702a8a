// ReadFieldHeader: which column each measure field's label heads, for the record sheets,
// progress grids and generic row tables that share it.
#include "table/field_header.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <string_view>

#include "parsers/table/printed_rows.h"
#include "table/normalized_cells.h"

namespace keikaku::layouts {
namespace {

using testing::CellsOf;

constexpr std::string_view kFieldNames[] = {"ref",        "title",      "project_name", "heading",
                                            "department", "related",    "description",  "indicator",
                                            "unit",       "status"};
static_assert(std::size(kFieldNames) == kFieldCount);

// "ref:0 title:1 department:2 | last 2": each labelled field's column, then the last column
// a measure field labels ("-" when none).
std::string DescribeFields(const FieldHeader& header) {
  std::ostringstream out;
  for (size_t i = 0; i < kFieldCount; ++i) {
    if (header.columns[i]) out << kFieldNames[i] << ':' << *header.columns[i] << ' ';
  }
  out << "| last ";
  if (header.last_measure_column) out << *header.last_measure_column;
  else out << '-';
  return out.str();
}

// A grid row of TAB-separated cells, normalised as the families read it.
GridRow NormalizedRowOf(std::string_view printed) {
  GridRow row;
  row.line = 3;
  size_t start = 0;
  while (true) {
    const size_t tab = printed.find('\t', start);
    row.cells.emplace_back(printed.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return NormalizeRow(row);
}

struct FieldRow {
  std::string name;
  std::string printed;  // TAB separates cells
  std::string fields;   // DescribeFields
};

void PrintTo(const FieldRow& row, std::ostream* out) { *out << row.name << " [" << row.printed << "]"; }

class ReadFieldHeaderTable : public ::testing::TestWithParam<FieldRow> {};

TEST_P(ReadFieldHeaderTable, PlacesEachField) {
  const FieldRow& row = GetParam();
  EXPECT_EQ(DescribeFields(ReadFieldHeader(NormalizedRowOf(row.printed))), row.fields);
}

INSTANTIATE_TEST_SUITE_P(
    Headers, ReadFieldHeaderTable,
    ::testing::Values(
        FieldRow{"MeasureColumns", "No.\t取組項目\t担当課\t取組内容",
                 "ref:0 title:1 department:2 description:3 | last 3"},
        FieldRow{"BracketedColumnLetterIsIgnored", "No.\t取組項目 (A)\t担当課 (B)",
                 "ref:0 title:1 department:2 | last 2"},
        FieldRow{"FullWidthAndSpacedLabels", "Ｎｏ．\t取 組 項 目\t担当課（室）",
                 "ref:0 title:1 department:2 | last 2"},
        FieldRow{"RelatedBesideDepartment", "番号\t実施項目\t担当課\t関係課",
                 "ref:0 title:1 department:2 related:3 | last 3"},
        FieldRow{"GroupHeadingColumn", "基本方針\tNo.\t取組項目",
                 "ref:1 title:2 heading:0 | last 2"},
        // A second 担当課 is left to the family; it still ends the measure's columns.
        FieldRow{"RepeatedLabelKeepsTheFirstColumn", "No.\t取組項目\t担当課\t担当課",
                 "ref:0 title:1 department:2 | last 3"},
        // Indicator, unit and status columns are fields, but not the measure's own cells.
        FieldRow{"IndicatorColumnsAfterTheMeasure", "No.\t取組項目\t数値目標等\t単位\t進捗状況",
                 "ref:0 title:1 indicator:2 unit:3 status:4 | last 1"},
        FieldRow{"RoleAndUnlabelledColumnsAreNoFields", "No.\t取組項目\t目標値\t備考",
                 "ref:0 title:1 | last 1"},
        FieldRow{"ProjectNameIsItsOwnField", "事業名\t担当課\t指標名",
                 "project_name:0 department:1 indicator:2 | last 1"},
        FieldRow{"NarrativeCellIsNoLabel",
                 "No.\t取組項目は市民と行政が協働して進めるものであり担当課が責任を持つ",
                 "ref:0 | last 0"},
        FieldRow{"RowWithoutLabels", "1\t市民協働の推進\t企画課", "| last -"}),
    [](const auto& info) { return info.param.name; });

// The table model's cells: a label cell's kind, whatever year or bracket it prints.
TEST(ReadFieldHeader, ReadsTheLabelCellsOfTheTableModel) {
  const FieldHeader header = ReadFieldHeader(CellsOf("事務事業名 | 担当課 | 指標名 | 単位 | 目標値 (R7)"));
  EXPECT_EQ(DescribeFields(header), "project_name:0 department:1 indicator:2 unit:3 | last 1");
}

struct KindRow {
  std::string normalized_cell;
  std::string kind;
};

void PrintTo(const KindRow& row, std::ostream* out) { *out << '[' << row.normalized_cell << ']'; }

class HeaderCellKindTable : public ::testing::TestWithParam<KindRow> {};

TEST_P(HeaderCellKindTable, LooksUpTheLabelBeforeAnyBracket) {
  EXPECT_EQ(HeaderCellKind(GetParam().normalized_cell), GetParam().kind);
}

INSTANTIATE_TEST_SUITE_P(
    Cells, HeaderCellKindTable,
    ::testing::Values(KindRow{"取組項目", "title"}, KindRow{"取組項目 (A)", "title"},
                      KindRow{"担 当 課", "department"}, KindRow{"担当課(室)", "department"},
                      KindRow{"当初 (H27末)", "baseline"}, KindRow{"(A)", ""}, KindRow{"", ""},
                      KindRow{"取組項目" + std::string(70, 'x'), ""}));

TEST(FieldOfLabelKind, RolesAndUnknownKindsAreNoFields) {
  EXPECT_EQ(FieldOfLabelKind("related_department"), Field::kRelated);
  EXPECT_EQ(FieldOfLabelKind("target"), std::nullopt);
  EXPECT_EQ(FieldOfLabelKind(""), std::nullopt);
}

}  // namespace
}  // namespace keikaku::layouts
