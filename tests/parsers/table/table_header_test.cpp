// ReadTableHeader: which columns hold the name, the unit, and each value's role and year.
#include "table/table_header.h"

#include <gtest/gtest.h>

#include <optional>
#include <sstream>
#include <string>

#include "parsers/table/printed_rows.h"

namespace keikaku::layouts {
namespace {

using normalize::Era;
using testing::CellsOf;
using testing::RoleName;

// "1:baseline 2022; 2:actual -; 3:target 2027 total": each value column.
std::string DescribeColumns(const TableHeader& header) {
  std::ostringstream out;
  for (size_t i = 0; i < header.values.size(); ++i) {
    const HeaderColumn& column = header.values[i];
    out << (i ? "; " : "") << column.column << ':' << RoleName(column.role) << ' ';
    if (column.fy) out << *column.fy;
    else out << '-';
    if (column.is_total) out << " total";
    if (column.year_alone) out << " alone";
  }
  return out.str();
}

struct HeaderRow {
  std::string name;
  std::string printed;
  std::string columns;  // DescribeColumns
  std::optional<int> name_column;
  std::optional<int> unit_column;
  Era era = Era::kNone;
  HeaderOptions options = {};
};

void PrintTo(const HeaderRow& row, std::ostream* out) { *out << row.name << " [" << row.printed << "]"; }

class ReadTableHeaderTable : public ::testing::TestWithParam<HeaderRow> {};

TEST_P(ReadTableHeaderTable, PlacesNameUnitAndRoles) {
  const HeaderRow& row = GetParam();
  const std::optional<TableHeader> header = ReadTableHeader(CellsOf(row.printed, 3, row.era), 3, row.options);
  ASSERT_TRUE(header.has_value());
  EXPECT_EQ(header->line, 3);
  EXPECT_EQ(DescribeColumns(*header), row.columns);
  EXPECT_EQ(header->name_column, row.name_column);
  EXPECT_EQ(header->unit_column, row.unit_column);
}

INSTANTIATE_TEST_SUITE_P(
    Headers, ReadTableHeaderTable,
    ::testing::Values(
        // Kochi: 出発点 then 現状値, both baselines; the later one holds the current actual.
        HeaderRow{"SecondBaselineHoldsTheActual", "指標（KPI） | Ｒ４（出発点） | 現状値 | Ｒ９（目標値）",
                  "1:baseline 2022; 2:actual -; 3:target 2027", 0, std::nullopt},
        HeaderRow{"UnitColumnAndYearsInBrackets",
                  "指標名称 | 単位 | 基準値（2022年度） | 目標数値（2026年度）",
                  "2:baseline 2022; 3:target 2026", 0, 1},
        HeaderRow{"TabSeparatedWithoutYears", "指標\t基準値\t目標値", "1:baseline -; 2:target -", 0,
                  std::nullopt},
        HeaderRow{"WordBeforeTheFirstRoleHeadsTheNames", "\t項目\t当初 (H27末)\t目標 (R3末)\t現状値 (R1末)",
                  "2:baseline 2015; 3:target 2021; 4:actual 2019", 1, std::nullopt},
        HeaderRow{"CumulativeColumnIsATotalActual",
                  "項目 | 目標値 | 2年度実績 | 累計 (H28~R2年度) | 進捗率",
                  "1:target -; 2:actual 2020; 3:actual - total", 0, std::nullopt,
                  Era::kReiwa},
        // A layout whose tables follow their own heading (成果指標) lets one role make a header.
        HeaderRow{"OneRoleWhenTheLayoutAllowsIt", "成果指標 | 単位 | 目標値（R7年度）", "2:target 2025", 0, 1,
                  Era::kNone, {.min_value_columns = 1}},
        // A row of years with the name, 単位 and a baseline column printed before them.
        HeaderRow{"YearsAfterNameUnitAndBaseline", "市民満足度の割合 | 単位 | 計画策定時 | 令和2年度 | 令和3年度 実績",
                  "2:baseline -; 3:target 2020 alone; 4:actual 2021", 0, 1, Era::kNone,
                  {.years_after_labels = true}},
        HeaderRow{"YearCellsPrintTheFirstRowsValues", "市長と直接対話をした市民の人数 | 28年度 120 | 29年度 120",
                  "1:target 2016 alone; 2:target 2017 alone", 0, std::nullopt, Era::kHeisei,
                  {.years_after_labels = true}},
        HeaderRow{"RoleBeforeTheYearsIsTheirs", "実績 | 令和元年度 | 令和2年度",
                  "1:actual 2019 alone; 2:actual 2020 alone", std::nullopt, std::nullopt, Era::kNone,
                  {.years_after_labels = true}},
        HeaderRow{"BaselineWithTheYearOfItsValue", "目標値 | 計画策定時(H27年度) | 平成29年度 | 平成30年度",
                  "1:baseline 2015; 2:target 2017 alone; 3:target 2018 alone", std::nullopt, std::nullopt,
                  Era::kNone, {.years_after_labels = true}},
        HeaderRow{"BaselineYearBeforeYearsThatLeadValues", "基準値 H26 | 28年度 920 | 29年度 950",
                  "0:baseline 2014; 1:target 2016 alone; 2:target 2017 alone", std::nullopt, std::nullopt,
                  Era::kHeisei, {.years_after_labels = true}},
        HeaderRow{"SecondBaselineYearHoldsTheActual", "当初 (H27末) | 現状値 (R1末)",
                  "0:baseline 2015; 1:actual 2019", std::nullopt, std::nullopt, Era::kNone,
                  {.years_after_labels = true}}),
    [](const auto& info) { return info.param.name; });

struct NotHeaderRow {
  std::string name;
  std::string printed;
  HeaderOptions options = {};
};

void PrintTo(const NotHeaderRow& row, std::ostream* out) { *out << row.name << " [" << row.printed << "]"; }

class ReadTableHeaderRejects : public ::testing::TestWithParam<NotHeaderRow> {};

TEST_P(ReadTableHeaderRejects, GivesNoHeader) {
  EXPECT_FALSE(ReadTableHeader(CellsOf(GetParam().printed, 3), 3, GetParam().options).has_value());
}

INSTANTIATE_TEST_SUITE_P(
    NotHeaders, ReadTableHeaderRejects,
    ::testing::Values(
        // One role alone is a heading that names a target.
        NotHeaderRow{"NumberedTargetHeading", "1 主要目標"},
        NotHeaderRow{"OneRoleWithTheName", "指標 | 目標値"},
        NotHeaderRow{"RowWithAValue", "指標 | 現状値 | 目標値 | 30件"},
        NotHeaderRow{"NameAndUnitWithoutRoles", "指標名 | 単位"},
        NotHeaderRow{"DataRow", "介護職員数 | 445人 | 490人"},
        // A row of years: a lone "2020" is a value, a year before a word a column of text.
        NotHeaderRow{"LoneFiguresAreNoYears", "指標 | 2020 | 2021", {.years_after_labels = true}},
        NotHeaderRow{"YearBeforeAWordIsText", "R1年度取組内容 | R2年度取組内容", {.years_after_labels = true}},
        NotHeaderRow{"OneYearIsNoRowOfYears", "指標 | 令和2年度", {.years_after_labels = true}}),
    [](const auto& info) { return info.param.name; });

// Header rows read from a grid row: one cell per grid cell, markup out, long cells empty.

GridRow MarkdownRow(std::vector<std::string> cells) {
  GridRow row;
  row.line = 4;
  row.kind = RowKind::kMarkdownTable;
  row.cells = std::move(cells);
  return row;
}

TEST(ReadHeaderRow, TakesMarkupOutOfLabels) {
  const GridRow row = MarkdownRow({"**指標名**", "現状値<sup>※1</sup>", "目標値(R7年度)"});
  CellMemo memo;
  const std::optional<TableHeader> header = ReadHeaderRow(row, Era::kNone, 64, {}, memo);
  ASSERT_TRUE(header.has_value());
  EXPECT_EQ(header->line, 4);
  EXPECT_EQ(header->name_column, 0);
  EXPECT_EQ(DescribeColumns(*header), "1:baseline -; 2:target 2025");
}

TEST(ReadHeaderRow, ReadsALongCellAsEmpty) {
  const GridRow row = MarkdownRow({"目標値", std::string(65, 'x'), "現状値"});
  CellMemo memo;
  const std::optional<TableHeader> header = ReadHeaderRow(row, Era::kNone, 64, {}, memo);
  ASSERT_TRUE(header.has_value());
  EXPECT_EQ(header->width, 3);
  EXPECT_EQ(DescribeColumns(*header), "0:target -; 2:baseline -");
}

TEST(ReadHeaderRow, RowWithAValueIsNoHeader) {
  CellMemo memo;
  EXPECT_FALSE(ReadHeaderRow(MarkdownRow({"目標値", "52.7%", "現状値"}), Era::kNone, 64, {}, memo).has_value());
}

// A header printed again on a later page without its row of years.

TableHeader SeriesHeaderOf(const std::string& printed) {
  std::optional<TableHeader> header = ReadTableHeader(CellsOf(printed, 3), 3);
  if (!header) ADD_FAILURE() << "no header in " << printed;
  return header.value_or(TableHeader{});
}

TEST(SeriesYears, HeaderPrintedAgainTakesTheYearsPrintedBefore) {
  TableHeader earlier = SeriesHeaderOf("目標 | 策定時 | 基準 | 年次目標（上段）・年次実績（下段） | 2022目標");
  ASSERT_TRUE(ReadSeriesYears(CellsOf("2019 | 2020 | 2021 | 2022", 4), earlier));
  TableHeader again = SeriesHeaderOf("目標 | 策定時 | 規準 | 年次目標（上段）・年次実績（下段） | 2022目標");
  EXPECT_TRUE(TakeSeriesYearsOf(earlier, again));
  EXPECT_EQ(again.series_years, (std::vector<int>{2019, 2020, 2021, 2022}));
}

TEST(SeriesYears, AnotherHeaderKeepsItsOwnColumns) {
  TableHeader earlier = SeriesHeaderOf("目標 | 策定時 | 基準 | 年次目標（上段）・年次実績（下段） | 2022目標");
  ASSERT_TRUE(ReadSeriesYears(CellsOf("2019 | 2020 | 2021 | 2022", 4), earlier));
  TableHeader other = SeriesHeaderOf("目標 | 基準 | 年次目標（上段）・年次実績（下段） | 2022目標");
  EXPECT_FALSE(TakeSeriesYearsOf(earlier, other));
  EXPECT_TRUE(other.series_years.empty());
}

}  // namespace
}  // namespace keikaku::layouts
