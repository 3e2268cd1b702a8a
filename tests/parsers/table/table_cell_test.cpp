// The table model's cells as tables: ReadCell (what one printed cell is and says),
// ReadRowCells (how a grid row becomes cells), IsUnitText and IsWordValue.
// Rows with ASCII in their input also run as their full-width twins.
#include "table/table_cell.h"

#include <gtest/gtest.h>

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "normalize/full_width.h"

namespace keikaku::layouts {
namespace {

using normalize::Era;
using normalize::testing::WithFullWidthTwins;

constexpr auto kEmpty = CellKind::kEmpty;
constexpr auto kValue = CellKind::kValue;
constexpr auto kYear = CellKind::kYear;
constexpr auto kLabel = CellKind::kLabel;
constexpr auto kText = CellKind::kText;

struct CellRow {
  std::string name;
  std::string input;
  CellKind kind = kText;
  std::optional<int> fy;
  std::optional<double> value;         // asserted for kValue cells only
  bool is_total = false;
  std::optional<std::string> label;    // asserted when set
  std::optional<ValueRole> role;       // asserted for kLabel cells only
  bool is_dash = false;
  Era era = Era::kNone;
  bool twin = true;
};

CellRow Value(std::string name, std::string input, std::optional<double> value,
              std::optional<int> fy = std::nullopt) {
  CellRow row;
  row.name = std::move(name);
  row.input = std::move(input);
  row.kind = kValue;
  row.value = value;
  row.fy = fy;
  return row;
}

CellRow Total(std::string name, std::string input, double value) {
  CellRow row = Value(std::move(name), std::move(input), value);
  row.is_total = true;
  return row;
}

CellRow Dash(std::string name, std::string input) {
  CellRow row = Value(std::move(name), std::move(input), std::nullopt);
  row.is_dash = true;
  return row;
}

CellRow Year(std::string name, std::string input, int fy, Era era = Era::kNone) {
  CellRow row;
  row.name = std::move(name);
  row.input = std::move(input);
  row.kind = kYear;
  row.fy = fy;
  row.era = era;
  return row;
}

CellRow Label(std::string name, std::string input, std::optional<std::string> label,
              std::optional<ValueRole> role, std::optional<int> fy = std::nullopt,
              Era era = Era::kNone) {
  CellRow row;
  row.name = std::move(name);
  row.input = std::move(input);
  row.kind = kLabel;
  row.label = std::move(label);
  row.role = role;
  row.fy = fy;
  row.era = era;
  return row;
}

CellRow Text(std::string name, std::string input, bool is_total = false) {
  CellRow row;
  row.name = std::move(name);
  row.input = std::move(input);
  row.kind = kText;
  row.is_total = is_total;
  return row;
}

CellRow Empty(std::string name, std::string input) {
  CellRow row = Text(std::move(name), std::move(input));
  row.kind = kEmpty;
  return row;
}

constexpr auto kBaseline = ValueRole::kBaseline;
constexpr auto kTarget = ValueRole::kTarget;
constexpr auto kActual = ValueRole::kActual;

std::vector<CellRow> CellRows() {
  return WithFullWidthTwins(std::vector<CellRow>{
      // A value and the year it prints, before or after the figure.
      Value("PercentWithHeiseiYearInBracket", "52.7%(H26)", 52.7, 2014),
      Value("GregorianYearInBracketBeforeFigure", "(2016) 51.0", 51, 2016),
      Value("CalendarYearBeforeFigure", "2024年 4,196件", 4196, 2024),
      Value("LabelAndReiwaYearBeforeFigure", "現状値:R6 14,838件", 14838, 2024),
      Value("LabelAndReiwaYearBeforeFigureFullWidthColon", "現状値：R6 14,838件", 14838, 2024),
      Value("LetterUnitWithReiwaYear", "1,739t(R4)", 1739, 2022),
      Value("MonthInBracketGivesItsFiscalYear", "450件(R5.10月)", 450, 2023),
      Value("ReiwaYearInBracket", "440人(R6)", 440, 2024),
      // Totals over years: no single year.
      Total("TriangleNegativeOverGregorianRange", "△4,132人 (2018~2022 年の累計)", -4132),
      Total("CumulativeOverReiwaRange", "145件 (R1~4累計)", 145),
      // A count reached so far is a value of its column's year, not a total over years.
      Value("CumulativeCountWithoutYears", "350事業(累計)", 350),
      // Signs and dashes.
      Value("BlackTriangleIsNegative", "▲7,260人", -7260),
      Dash("FullWidthHyphenIsDash", "－"),
      Dash("HorizontalBarIsDash", "―"),
      Dash("HyphenIsDash", "-"),
      // Figures with words around them that still make a value.
      Value("BracketNoteAfterPercent", "33%(3人に1人)", 33),
      Value("ShortPrefixBeforeFigure", "延床面積 45,298平方メートル", 45298),
      Value("TwoFiguresWithTheirYear", "男性:71.85 女性:73.97 (2016年)", 71.85, 2016),
      Value("RatePerYear", "1,072人/年", 1072),
      Value("AtLeast", "60%以上", 60),
      Value("Counter", "146社", 146),
      // Only a year.
      Year("ReiwaYear", "R4年", 2022),
      Year("ReiwaYearTwoDigits", "R11年", 2029),
      Year("GregorianFiscalYear", "2013年度", 2013),
      Year("HeiseiFiscalYearEnd", "H27末", 2015),
      // Labels, with the role they name and the year they print.
      Label("BaselineWithGregorianFiscalYear", "基準値(2022年度)", "baseline", kBaseline, 2022),
      Label("TargetAfterReiwaYear", "R9(目標値)", "target", kTarget, 2027),
      Label("StartingPointIsBaseline", "R4(出発点)", "baseline", kBaseline, 2022),
      Label("TargetBeforeReiwaYear", "目標値(R11)", "target", kTarget, 2029),
      Label("TargetWordWithSuffix", "目標数値(2026年度)", std::nullopt, kTarget, 2026),
      Label("CurrentValueIsBaseline", "現状値", "baseline", kBaseline),
      Label("IndicatorWithKpiInBracket", "指標(KPI)", "indicator", std::nullopt),
      Label("IndicatorNameWord", "指標名称", "indicator", std::nullopt),
      Label("UnitWord", "単位", "unit", std::nullopt),
      Label("BareFiscalYearTakesTheEra", "2年度実績", "actual", kActual, 2020, Era::kReiwa),
      // Names and other text: a figure inside a name is no value.
      Text("NameStartingWithAnAge", "12歳でむし歯のない者の割合"),
      Text("NameWithAnAgeLimit", "75歳未満の脳血管疾患による年齢調整死亡率"),
      Text("NameStartingWithKanjiOne", "一人当たり県民所得"),
      Text("WordValue", "延伸"),
      Text("CumulativeHeaderIsTextAndTotal", "累計 (H28~R2年度)", true),
      Empty("EmptyCell", ""),
      Empty("OnlySpaces", "   "),
  });
}

void PrintTo(const CellRow& row, std::ostream* out) { *out << row.name << " [" << row.input << "]"; }

class ReadCellTable : public ::testing::TestWithParam<CellRow> {};

TEST_P(ReadCellTable, ReadsKindYearAndValue) {
  const CellRow& row = GetParam();
  const TableCell cell = ReadCell(row.input, 2, row.era);
  EXPECT_EQ(cell.kind, row.kind);
  EXPECT_EQ(cell.fy, row.fy);
  EXPECT_EQ(cell.is_total, row.is_total);
  EXPECT_EQ(cell.column, 2);
  if (row.kind == kValue) {
    EXPECT_EQ(cell.quantity.value, row.value);
    EXPECT_EQ(cell.quantity.is_dash, row.is_dash);
  }
  if (row.kind == kLabel) {
    EXPECT_EQ(cell.role, row.role);
  }
  if (row.label) {
    EXPECT_EQ(cell.label, *row.label);
  }
}

INSTANTIATE_TEST_SUITE_P(Cells, ReadCellTable, ::testing::ValuesIn(CellRows()),
                         [](const auto& info) { return info.param.name; });

TEST(ReadCell, FootnoteMarkAfterTheFigureIsNoUnit) {
  for (const char* printed : {"18,579※", "63.2%※1"}) {
    const TableCell cell = ReadCell(printed, 0, normalize::Era::kNone);
    EXPECT_EQ(cell.kind, CellKind::kValue) << printed;
    EXPECT_EQ(cell.quantity.unit.find("※"), std::string::npos) << printed;
  }
}

TEST(TableCell, TextIsNormalisedOnce) {
  EXPECT_EQ(ReadCell("５２．７％（Ｈ２６）", 0, Era::kNone).text, "52.7%(H26)");
}

TEST(TableCell, BareFiscalYearWithoutEraIsText) {
  EXPECT_EQ(ReadCell("2年度実績", 0, Era::kNone).kind, CellKind::kText);
}

TEST(TableCell, ValueKeepsItsUnitWithTheYearTakenOut) {
  const TableCell cell = ReadCell("1,739t(R4)", 0, Era::kNone);
  EXPECT_EQ(cell.quantity.unit, "t");
}

// ReadRowCells: how a grid row becomes cells.

GridRow TextRow(std::vector<std::string> cells, int line = 7) {
  return GridRow{line, RowKind::kText, std::move(cells)};
}

std::vector<std::string> Texts(const std::vector<TableCell>& cells) {
  std::vector<std::string> texts;
  for (const TableCell& cell : cells) texts.push_back(cell.text);
  return texts;
}

std::vector<int> Columns(const std::vector<TableCell>& cells) {
  std::vector<int> columns;
  for (const TableCell& cell : cells) columns.push_back(cell.column);
  return columns;
}

TEST(ReadRowCells, SplitsTextRowOnSpacedPipes) {
  const std::vector<TableCell> cells = ReadRowCells(TextRow({"a | b | c"}), Era::kNone);
  EXPECT_EQ(Texts(cells), (std::vector<std::string>{"a", "b", "c"}));
  EXPECT_EQ(Columns(cells), (std::vector<int>{0, 1, 2}));
}

TEST(ReadRowCells, OneCellLineLosesItsTrailingPipe) {
  const std::vector<TableCell> cells = ReadRowCells(TextRow({"項目 |"}), Era::kNone);
  EXPECT_EQ(Texts(cells), std::vector<std::string>{"項目"});
}

TEST(ReadRowCells, LonePipeIsAnEmptyCell) {
  const std::vector<TableCell> cells = ReadRowCells(TextRow({"|"}), Era::kNone);
  ASSERT_EQ(cells.size(), 1u);
  EXPECT_EQ(cells[0].kind, CellKind::kEmpty);
}

TEST(ReadRowCells, TabCellsStayWithTheirEmptyOnes) {
  const std::vector<TableCell> cells = ReadRowCells(TextRow({"x", "y", "", "z"}), Era::kNone);
  EXPECT_EQ(Texts(cells), (std::vector<std::string>{"x", "y", "", "z"}));
  EXPECT_EQ(cells[2].kind, CellKind::kEmpty);
  EXPECT_EQ(Columns(cells), (std::vector<int>{0, 1, 2, 3}));
}

TEST(ReadRowCells, PipesInsideTabCellsNumberColumnsAcrossTheRow) {
  const std::vector<TableCell> cells = ReadRowCells(TextRow({"a | b", "c | d"}), Era::kNone);
  EXPECT_EQ(Texts(cells), (std::vector<std::string>{"a", "b", "c", "d"}));
  EXPECT_EQ(Columns(cells), (std::vector<int>{0, 1, 2, 3}));
}

TEST(ReadRowCells, SheetRowIsNotSplitOnPipes) {
  const GridRow row{3, RowKind::kSheet, {"a | b", "c"}};
  const std::vector<TableCell> cells = ReadRowCells(row, Era::kNone);
  EXPECT_EQ(Texts(cells), (std::vector<std::string>{"a | b", "c"}));
}

TEST(ReadRowCells, MarkdownRowIsNotSplitOnPipes) {
  const GridRow row{3, RowKind::kMarkdownTable, {"a | b"}};
  EXPECT_EQ(Texts(ReadRowCells(row, Era::kNone)), std::vector<std::string>{"a | b"});
}

TEST(ReadRowCells, EveryCellKeepsTheRowLine) {
  for (const TableCell& cell : ReadRowCells(TextRow({"a | b", "c"}, 42), Era::kNone)) {
    EXPECT_EQ(cell.line, 42);
  }
}

TEST(ReadRowCells, CellsAreReadWithTheRowEra) {
  const std::vector<TableCell> cells = ReadRowCells(TextRow({"項目 | 2年度実績"}), Era::kReiwa);
  ASSERT_EQ(cells.size(), 2u);
  EXPECT_EQ(cells[1].kind, CellKind::kLabel);
  EXPECT_EQ(cells[1].fy, 2020);
}

// IsUnitText: a unit as a unit column or a bracket prints it (NormalizeText already applied).

struct UnitRow {
  std::string name;
  std::string input;
  bool is_unit = true;
};

class IsUnitTextTable : public ::testing::TestWithParam<UnitRow> {};

TEST_P(IsUnitTextTable, TellsUnitsFromNames) {
  EXPECT_EQ(IsUnitText(GetParam().input), GetParam().is_unit) << GetParam().input;
}

INSTANTIATE_TEST_SUITE_P(
    Units, IsUnitTextTable,
    ::testing::Values(UnitRow{"Percent", "%"}, UnitRow{"People", "人"}, UnitRow{"Cases", "件"},
                      UnitRow{"ThousandYen", "千円"}, UnitRow{"PeoplePerYear", "人/年"},
                      UnitRow{"TenThousandTonnesCo2", "万t-CO2"}, UnitRow{"Tonnes", "t"},
                      UnitRow{"PeopleWithBedsInBracket", "人 (床)"},
                      UnitRow{"SquareMetres", "平方メートル"}, UnitRow{"Approximately", "約千円"},
                      UnitRow{"DoctorCountIsName", "医師数", false},
                      UnitRow{"HealthyLifeIsName", "健康寿命", false},
                      UnitRow{"EmptyIsNoUnit", "", false},
                      UnitRow{"FigureIsNoUnit", "30人", false}),
    [](const auto& info) { return info.param.name; });

// IsWordValue: a value cell that reads as a word.

TEST(IsWordValue, ShortWordIsAValue) {
  EXPECT_TRUE(IsWordValue(ReadCell("前年度を上回る", 0, Era::kNone)));
}

TEST(IsWordValue, FigureIsAValue) { EXPECT_TRUE(IsWordValue(ReadCell("30件", 0, Era::kNone))); }

TEST(IsWordValue, SentenceIsNoValue) {
  EXPECT_FALSE(IsWordValue(ReadCell("実施した。", 0, Era::kNone)));
}

TEST(IsWordValue, LabelIsNoValue) { EXPECT_FALSE(IsWordValue(ReadCell("目標値", 0, Era::kNone))); }

TEST(IsWordValue, EmptyCellIsNoValue) { EXPECT_FALSE(IsWordValue(ReadCell("", 0, Era::kNone))); }

}  // namespace
}  // namespace keikaku::layouts
