// ReadKpiRow: one indicator a row, its values placed by the header above or, without one,
// by the order plans print them in; names printed on a row of their own wait for values.
#include "table/kpi_rows.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "parsers/table/printed_rows.h"
#include "table/table_header.h"

namespace keikaku::layouts {
namespace {

using normalize::Era;
using testing::CellsOf;
using testing::Describe;

RowReading Read(const std::string& printed, const TableHeader* header = nullptr,
                const PendingName* pending = nullptr) {
  return ReadKpiRow(CellsOf(printed, 9), header, pending, 9);
}

TableHeader HeaderOf(const std::string& printed, Era era = Era::kNone) {
  std::optional<TableHeader> header = ReadTableHeader(CellsOf(printed, 3, era), 3);
  if (!header) ADD_FAILURE() << "no header in " << printed;
  return header.value_or(TableHeader{});
}

// Kochi prints a starting point, the current value and a target.
TableHeader KochiHeader() { return HeaderOf("指標（KPI） | Ｒ４（出発点） | 現状値 | Ｒ９（目標値）"); }

// Sakado heads its names with 項目 and prints the year of each role.
TableHeader ItemHeader() { return HeaderOf("\t項目\t当初 (H27末)\t目標 (R3末)\t現状値 (R1末)"); }

TableHeader UnitHeader() {
  return HeaderOf("指標名称\t単位\t基準値（2022年度）\t目標数値（2026年度）");
}

// Rows read without a header, or under one: the name and the values they give.
struct KpiCase {
  std::string name;
  std::string printed;
  std::string indicator;
  std::string values;  // Describe(row.values)
};

void PrintTo(const KpiCase& row, std::ostream* out) { *out << row.name << " [" << row.printed << "]"; }

class ReadKpiRowWithoutHeader : public ::testing::TestWithParam<KpiCase> {};

TEST_P(ReadKpiRowWithoutHeader, PlacesValuesInPrintedOrder) {
  const KpiCase& row = GetParam();
  const RowReading reading = Read(row.printed);
  ASSERT_TRUE(reading.row.has_value()) << reading.unplaced;
  EXPECT_EQ(reading.row->name, row.indicator);
  EXPECT_EQ(Describe(reading.row->values), row.values);
  EXPECT_TRUE(reading.row->roles_by_position);
}

INSTANTIATE_TEST_SUITE_P(
    Rows, ReadKpiRowWithoutHeader,
    ::testing::Values(
        KpiCase{"TwoValuesAreBaselineAndTarget", "交通事故件数 | 25件(R5) | 30件", "交通事故件数",
                "baseline 2023 25 @9,1; target - 30 @9,2"},
        KpiCase{"ThreeValuesAreBaselineActualAndTarget", "介護職員数 | 445人 | 440人（R6） | 490人",
                "介護職員数", "baseline - 445 @9,1; actual 2024 440 @9,2; target - 490 @9,3"},
        KpiCase{"ValueColumnBeforeTheName", "17.4% | 男女の地位の平等感 | 35.0%",
                "男女の地位の平等感", "baseline - 17.4 @9,0; target - 35 @9,2"},
        KpiCase{"YearValuePairs", "特定健診受診率 | R4年 | 40.6% | R11年 | 60%以上", "特定健診受診率",
                "baseline 2022 40.6 @9,2; target 2029 >=60 @9,4"},
        KpiCase{"DashForTheFirstYearAndValue", "市民活動団体数 | - | - | R11年 | 60団体",
                "市民活動団体数", "baseline - \"-\" @9,2; target 2029 60 @9,4"},
        KpiCase{"LoneWordAfterOneFigure", "がん検診受診率 | 67.8% | 増加", "がん検診受診率",
                "baseline - 67.8 @9,1; target - \"増加\" @9,2"},
        KpiCase{"FullWidthCells", "交通事故件数 | ２５件（Ｒ５） | ３０件", "交通事故件数",
                "baseline 2023 25 @9,1; target - 30 @9,2"}),
    [](const auto& info) { return info.param.name; });

TEST(KpiRow, RowNumberAndGroupBeforeTheName) {
  const RowReading reading =
      Read("1 | 創業支援の推進 | 新規創業件数 | 146社 | 220社 | ①商工会議所調べ ②毎年 | 産業労働部");
  ASSERT_TRUE(reading.row.has_value()) << reading.unplaced;
  EXPECT_EQ(reading.row->ref, "1");
  EXPECT_EQ(reading.row->group, "創業支援の推進");
  EXPECT_EQ(reading.row->name, "新規創業件数");
  EXPECT_EQ(Describe(reading.row->values), "baseline - 146 @9,3; target - 220 @9,4");
}

TEST(KpiRow, UnitCellBesideTheName) {
  const RowReading reading = Read("介護職員数 | 人 | 445 | 490");
  ASSERT_TRUE(reading.row.has_value()) << reading.unplaced;
  EXPECT_EQ(reading.row->unit, "人");
  EXPECT_EQ(Describe(reading.row->values), "baseline - 445 @9,2; target - 490 @9,3");
}

TEST(KpiRow, UnitInTheNameBracket) {
  const RowReading reading = Read("特定健康診査受診率（％） | 40 | 60");
  ASSERT_TRUE(reading.row.has_value()) << reading.unplaced;
  EXPECT_EQ(reading.row->unit, "%");
}

TEST(KpiRow, FiveValuesWithoutHeaderAreUnplaced) {
  const RowReading reading = Read("介護職員数 | 1人 | 2人 | 3人 | 4人 | 5人");
  EXPECT_FALSE(reading.row.has_value());
  EXPECT_NE(reading.unplaced, "");
}

TEST(KpiRow, FiguresWithoutANameAreUnplaced) {
  const RowReading reading = Read("1,200 | 1,000 | 800");
  EXPECT_FALSE(reading.row.has_value());
  EXPECT_NE(reading.unplaced, "");
}

// Names printed on a row of their own.

TEST(KpiRow, NameRowWithUnitAndYearsWaitsForItsValues) {
  const RowReading reading = Read("温室効果ガス総排出量 | 万t | 2013年度 | 2020年度 | 2030年度");
  EXPECT_FALSE(reading.row.has_value());
  ASSERT_TRUE(reading.pending.has_value());
  EXPECT_EQ(reading.pending->name, "温室効果ガス総排出量");
  EXPECT_EQ(reading.pending->unit, "万t");
  EXPECT_EQ(reading.pending->years, (std::vector<std::optional<int>>{2013, 2020, 2030}));
  EXPECT_EQ(reading.pending->line, 9);
}

TEST(KpiRow, ValueRowTakesThePendingNameUnitAndYears) {
  const RowReading name_row = Read("温室効果ガス総排出量 | 万t | 2013年度 | 2020年度 | 2030年度");
  ASSERT_TRUE(name_row.pending.has_value());
  const RowReading reading = Read("1,200 | 1,000 | 800", nullptr, &*name_row.pending);
  ASSERT_TRUE(reading.row.has_value()) << reading.unplaced;
  EXPECT_EQ(reading.row->name, "温室効果ガス総排出量");
  EXPECT_EQ(reading.row->unit, "万t");
  EXPECT_EQ(Describe(reading.row->values),
            "baseline 2013 1200 @9,0; actual 2020 1000 @9,1; target 2030 800 @9,2");
}

TEST(KpiRow, LabelledNameRowWaitsForItsValues) {
  const RowReading reading = Read("指標名 | 介護職員数");
  ASSERT_TRUE(reading.pending.has_value());
  EXPECT_EQ(reading.pending->name, "介護職員数");
}

TEST(KpiRow, BareLineOfTextIsNoName) {
  const RowReading reading = Read("介護職員数");
  EXPECT_FALSE(reading.row.has_value());
  EXPECT_FALSE(reading.pending.has_value());
  EXPECT_EQ(reading.unplaced, "");
}

// Rows under a header.

struct HeaderedCase {
  std::string name;
  TableHeader (*header)();
  std::string printed;
  std::string values;  // Describe(row.values)
};

void PrintTo(const HeaderedCase& row, std::ostream* out) { *out << row.name << " [" << row.printed << "]"; }

class ReadKpiRowUnderHeader : public ::testing::TestWithParam<HeaderedCase> {};

TEST_P(ReadKpiRowUnderHeader, TakesRolesAndYearsFromTheHeader) {
  const HeaderedCase& row = GetParam();
  const TableHeader header = row.header();
  const RowReading reading = Read(row.printed, &header);
  ASSERT_TRUE(reading.row.has_value()) << reading.unplaced;
  EXPECT_EQ(reading.row->name, "介護職員数");
  EXPECT_EQ(Describe(reading.row->values), row.values);
  EXPECT_FALSE(reading.row->roles_by_position);
}

INSTANTIATE_TEST_SUITE_P(
    Rows, ReadKpiRowUnderHeader,
    ::testing::Values(
        HeaderedCase{"PipeRowUnderItsColumns", KochiHeader, "介護職員数 | 445人 | 440人（R6） | 490人",
                     "baseline 2022 445 @9,1; actual 2024 440 @9,2; target 2027 490 @9,3"},
        HeaderedCase{"TabRowKeepsAnEmptyColumn", KochiHeader, "介護職員数\t445人\t\t490人",
                     "baseline 2022 445 @9,1; target 2027 490 @9,3"},
        HeaderedCase{"DashUnderAColumnKeepsItsYear", KochiHeader, "介護職員数\t－\t440人（R6）\t490人",
                     "baseline 2022 \"-\" @9,1; actual 2024 440 @9,2; target 2027 490 @9,3"},
        HeaderedCase{"UnitColumnSkipped", UnitHeader, "介護職員数\t人\t445\t490",
                     "baseline 2022 445 @9,2; target 2026 490 @9,3"},
        HeaderedCase{"RowShiftedLeftWithoutItsUnitIsReadInOrder", UnitHeader, "介護職員数\t445\t490",
                     "baseline 2022 445 @9,1; target 2026 490 @9,2"},
        HeaderedCase{"NameOnItsColumnKeepsTheColumns", ItemHeader, "\t介護職員数\t445人\t490人\t440人",
                     "baseline 2015 445 @9,2; target 2021 490 @9,3; actual 2019 440 @9,4"},
        HeaderedCase{"RowShiftedLeftMovesWithItsName", ItemHeader, "介護職員数\t445人\t490人\t440人",
                     "baseline 2015 445 @9,1; target 2021 490 @9,2; actual 2019 440 @9,3"},
        HeaderedCase{"RowShiftedRightMovesWithItsName", ItemHeader,
                     "\t\t介護職員数\t445人\t490人\t440人",
                     "baseline 2015 445 @9,3; target 2021 490 @9,4; actual 2019 440 @9,5"},
        HeaderedCase{"TrailingEmptyCellsAreNoSeries", ItemHeader, "介護職員数\t445人\t490人\t440人\t\t\t\t",
                     "baseline 2015 445 @9,1; target 2021 490 @9,2; actual 2019 440 @9,3"},
        HeaderedCase{"WordsUnderTheHeaderAreValues", ItemHeader, "\t介護職員数\t検討\t実施\t一部実施",
                     "baseline 2015 \"検討\" @9,2; target 2021 \"実施\" @9,3; actual 2019 \"一部実施\" @9,4"},
        HeaderedCase{"ShiftedWordRowMovesWithItsName", ItemHeader, "介護職員数\t検討\t実施\t一部実施\t\t",
                     "baseline 2015 \"検討\" @9,1; target 2021 \"実施\" @9,2; actual 2019 \"一部実施\" @9,3"},
        HeaderedCase{"RowShiftedRightKeepsItsLastColumn", ItemHeader, "\t\t介護職員数\t検討\t実施\t一部実施",
                     "baseline 2015 \"検討\" @9,3; target 2021 \"実施\" @9,4; actual 2019 \"一部実施\" @9,5"},
        HeaderedCase{"WordsAfterASentenceColumnFollowTheirName", ItemHeader,
                     "\t引き続き管理を行った。\t介護職員数\t検討\t実施\t一部実施",
                     "baseline 2015 \"検討\" @9,3; target 2021 \"実施\" @9,4; actual 2019 \"一部実施\" @9,5"},
        HeaderedCase{"WordRowWithoutItsEmptyCellsIsReadInOrder", ItemHeader,
                     "\t\t\t\t\t\t\t介護職員数\t検討\t実施\t一部実施",
                     "baseline 2015 \"検討\" @9,8; target 2021 \"実施\" @9,9; actual 2019 \"一部実施\" @9,10"},
        HeaderedCase{"ValueYearBeatsTheColumnYear", UnitHeader, "介護職員数\t件\t450件（R5.10月）\t490件",
                     "baseline 2023 450 @9,2; target 2026 490 @9,3"}),
    [](const auto& info) { return info.param.name; });

TEST(KpiRow, SentenceUnderTheHeaderIsNoWordValue) {
  const TableHeader header = ItemHeader();
  const RowReading reading =
      Read("\t介護職員数\t福祉センターについて引き続き指定管理者による管理を行った。\t実施\t実施", &header);
  EXPECT_FALSE(reading.row.has_value());
}

TEST(KpiRow, WordsWithoutAHeaderAreNoIndicator) {
  const RowReading reading = Read("介護職員数\t検討\t実施\t一部実施");
  EXPECT_FALSE(reading.row.has_value());
}

TEST(KpiRow, UnitColumnUnderHeaderGivesTheUnit) {
  const TableHeader header = UnitHeader();
  const RowReading reading = Read("介護職員数\t人\t445\t490", &header);
  ASSERT_TRUE(reading.row.has_value()) << reading.unplaced;
  EXPECT_EQ(reading.row->unit, "人");
}

TEST(KpiRow, CumulativeColumnGivesATotalWithoutYear) {
  const TableHeader header =
      HeaderOf("項目 | 目標値 | 2年度実績 | 累計 (H28~R2年度) | 進捗率", Era::kReiwa);
  const RowReading reading = Read("削減効果額 | 3,297百万円 | 1,092百万円 | 4,533百万円 | 137.5%", &header);
  ASSERT_TRUE(reading.row.has_value()) << reading.unplaced;
  EXPECT_EQ(Describe(reading.row->values),
            "target - 3297 @9,1; actual 2020 1092 @9,2; actual - 4533 @9,3");
}

// A name row that prints its years and figures between them, over a value row that prints
// the baseline first and the target last.

struct EndsCase {
  std::string name;
  std::string name_row;
  std::vector<std::string> rows_below;  // the last gives the values
  std::string values;                   // Describe(row.values); "" when none is read
};

void PrintTo(const EndsCase& row, std::ostream* out) { *out << row.name << " [" << row.name_row << "]"; }

class ReadValuesAtEnds : public ::testing::TestWithParam<EndsCase> {};

TEST_P(ReadValuesAtEnds, BaselineAtTheFirstYearTargetAtTheLast) {
  const EndsCase& row = GetParam();
  RowReading reading = Read(row.name_row);
  for (const std::string& below : row.rows_below) {
    ASSERT_TRUE(reading.pending.has_value()) << "before " << below;
    const PendingName pending = *reading.pending;
    reading = Read(below, nullptr, &pending);
  }
  if (row.values.empty()) {
    EXPECT_FALSE(reading.row.has_value());
    EXPECT_NE(reading.unplaced, "");
    return;
  }
  ASSERT_TRUE(reading.row.has_value()) << reading.unplaced;
  EXPECT_TRUE(reading.row->completes_name_row);
  EXPECT_FALSE(reading.row->roles_by_position);
  EXPECT_EQ(Describe(reading.row->values), row.values);
}

INSTANTIATE_TEST_SUITE_P(
    Rows, ReadValuesAtEnds,
    ::testing::Values(
        EndsCase{"LatestActualBetweenTheYears", "子どもの貧困率 | % | 2018年度 | ー | 6.7 | 2027年度 | 29%",
                 {"7.2 | (29%) | 5.5"}, "baseline 2018 7.2 @9,0; target 2027 5.5 @9,2"},
        EndsCase{"DashBetweenTheEnds", "合計特殊出生率 | ― | 2021年 | 1.31 | 2030年 | 0%",
                 {"1.4 | ー | (0%) | 1.80"}, "baseline 2021 1.4 @9,0; target 2030 1.8 @9,3"},
        EndsCase{"AchievementRatesBetweenTheRows",
                 "4 | 学校給食の県産品使用割合 | ％ | 2021年度 | 64.0 | 65.0 | 66.0 | 2025年度 | 0%",
                 {"(50%) | (75%) | (100%)", "62 | ー | 57.9 | 66"},
                 "baseline 2021 62 @9,0; target 2025 66 @9,3"},
        EndsCase{"WordAtAnEndIsUnplaced", "健康寿命 | 歳 | 2019年 | ー | 73.1 | 2025年 | 0%",
                 {"73.08 | 延伸"}, ""}),
    [](const auto& info) { return info.param.name; });

TEST(KpiRow, NameRowWithItsBaselineFigureLeavesNothingBelow) {
  const RowReading reading = Read("特定健診受診率 | R4年 | 40.6% | R11年 | 60%以上");
  ASSERT_TRUE(reading.row.has_value());
  EXPECT_FALSE(reading.pending.has_value());
}

// Rows whose last year is no target year, or that print no rates after it, leave nothing.
TEST(KpiRow, NameRowEndingInACumulativeSpanLeavesNothingBelow) {
  const RowReading reading =
      Read("介護職員数 | 人 | 2021年度 | 2022年度 | 378 | 756 | 1,890 | 2023～27年度累計 | ー");
  EXPECT_FALSE(reading.pending.has_value());
}

TEST(KpiRow, NameRowEndingInAnOpenYearLeavesNothingBelow) {
  const RowReading reading = Read("学校数 | 校 | 2021年 | 2022年 | 0 | 0 | 0 | 2022年～ | ー");
  EXPECT_FALSE(reading.pending.has_value());
}

TEST(KpiRow, NameRowEndingAtItsTargetYearLeavesNothingBelow) {
  const RowReading reading = Read("避難確保計画の作成率 | % | 2022年 | 98.0 | 100 | 2024年");
  EXPECT_FALSE(reading.pending.has_value());
}

TEST(KpiRow, AchievementRatesWithoutANameRowAreUnplaced) {
  const RowReading reading = Read("(50%) | (75%) | (100%)");
  EXPECT_FALSE(reading.row.has_value());
  EXPECT_FALSE(reading.pending.has_value());
}

// The row of actuals below an indicator row, under a series of targets over actuals.

TableHeader TargetsOverActualsHeader() {
  TableHeader header = HeaderOf("目標 | 策定時 | 基準 | 年次目標（上段）・年次実績（下段） | 2022目標");
  header.series_years = {2019, 2020, 2021, 2022};
  return header;
}

struct BelowCase {
  std::string name;
  std::string printed;
  std::string name_part;
  std::string actuals;  // "fy text; …"; "" when the row is none
};

void PrintTo(const BelowCase& row, std::ostream* out) { *out << row.name << " [" << row.printed << "]"; }

class ReadActualsBelowTable : public ::testing::TestWithParam<BelowCase> {};

TEST_P(ReadActualsBelowTable, ActualsOfTheSeriesYearsFromTheFirst) {
  const BelowCase& row = GetParam();
  const std::optional<ActualsBelow> below = ReadActualsBelow(CellsOf(row.printed), TargetsOverActualsHeader());
  if (row.actuals.empty()) {
    EXPECT_FALSE(below.has_value());
    return;
  }
  ASSERT_TRUE(below.has_value());
  EXPECT_EQ(below->name_part, row.name_part);
  std::string actuals;
  for (const Observation& actual : below->actuals) {
    actuals += (actuals.empty() ? "" : "; ") + std::to_string(actual.fy.value_or(0)) + " " + actual.text;
  }
  EXPECT_EQ(actuals, row.actuals);
}

INSTANTIATE_TEST_SUITE_P(
    Rows, ReadActualsBelowTable,
    ::testing::Values(
        BelowCase{"UnitWrappedOntoTheRow", "㎥ | 100,800", "m3", "2019 100,800"},
        BelowCase{"BracketWrappedOntoTheRow", "（首都圏の店舗）（店舗） | 107", "(首都圏の店舗)(店舗)", "2019 107"},
        BelowCase{"FigureAlone", "14,411", "", "2019 14,411"},
        BelowCase{"FigureWithItsOwnYear", "（2018） 14.7", "", "2018 (2018) 14.7"},
        BelowCase{"NameOfItsOwnIsAnotherRow", "介護職員数 | 100", "", ""},
        BelowCase{"WrappedNameEndIsNoFigure", "３年平均）（％） | 2.10", "", ""},
        BelowCase{"MoreFiguresThanYears", "1 | 2 | 3 | 4 | 5", "", ""}),
    [](const auto& info) { return info.param.name; });

TEST(KpiRow, NoActualsBelowWithoutSuchASeries) {
  TableHeader header = TargetsOverActualsHeader();
  header.actuals_below = false;
  EXPECT_FALSE(ReadActualsBelow(CellsOf("㎥ | 100,800"), header).has_value());
}

}  // namespace
}  // namespace keikaku::layouts
