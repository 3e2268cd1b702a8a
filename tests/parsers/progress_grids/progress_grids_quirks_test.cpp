// Small hand-written progress grids, one quirk of the family per test.
#include <gtest/gtest.h>

#include <initializer_list>
#include <string>

#include "keikaku/parsers/grid.h"
#include "progress_grids/indicators.h"
#include "progress_grids/progress_grids.h"

namespace keikaku::layouts {
namespace {

std::string Row(std::initializer_list<const char*> cells) {
  std::string line;
  bool first = true;
  for (const char* cell : cells) {
    line += (first ? "" : "\t") + std::string(cell);
    first = false;
  }
  return line + "\n";
}

// Title, legend, the two header rows (No. in cell 1, 数値目標等 in cells 6-9, 進捗状況 in 10).
std::string Head() {
  return "行政改革アクションプラン（平成29年度～令和3年度）進行管理表（令和2年3月31日現在）\n"
         "\n"
         "A 順調 B ほぼ順調 C やや遅れ D 停滞\n" +
         Row({"基本方針", "No.", "取組項目 (A)", "関係課 (B)", "取組の方針と内容 (C)",
              "R1年度取組内容 (D)", "数値目標等 (E)", "", "", "", "進捗状況 (F)", "本部会意見 (G)",
              "R2年度目標 (H)"}) +
         Row({"", "", "", "", "", "", "項目", "当初 (H27末)", "目標 (R3末)", "現状値 (R1末)", "",
              "", ""});
}

ParsedDocument Parse(const std::string& body) {
  return ParseProgressGrids(ReadTextGrid(Head() + body));
}

// An item row with one spread indicator: name | baseline | target | actual.
std::string SpreadItem(const char* no, const char* name, const char* base, const char* target,
                       const char* actual, const char* status = "B") {
  return Row({"", no, "取組", "政策課", "方針", "取組内容", name, base, target, actual, status,
              "意見", "目標"});
}

bool HasDiagnostic(const ParsedDocument& parsed, const std::string& kind) {
  for (const Diagnostic& diagnostic : parsed.diagnostics) {
    if (diagnostic.kind == kind) return true;
  }
  return false;
}

TEST(ProgressGridsQuirks, TitleGivesPeriodAndAsOf) {
  const ParsedDocument parsed = Parse(SpreadItem("1", "件数", "1件", "2件", "3件"));
  EXPECT_EQ(parsed.plan.title,
            "行政改革アクションプラン(平成29年度~令和3年度)進行管理表(令和2年3月31日現在)");
  EXPECT_EQ(parsed.plan.kind, "progress_report");
  EXPECT_EQ(parsed.plan.start_fy, 2017);
  EXPECT_EQ(parsed.plan.end_fy, 2021);
  EXPECT_EQ(parsed.plan.as_of, "2020-03-31");
}

TEST(ProgressGridsQuirks, ItemRowFieldsAndColumnYears) {
  const ParsedDocument parsed = Parse(Row(
      {"(ア) 市民との協働", "1", "連携の推進", "政策企画課 関係各課", "連携します。",
       "協定を結んだ。", "協定件数", "52件", "62件", "66件", "A", "順調である。", "拡大する。"}));
  ASSERT_EQ(parsed.measures.size(), 1u);
  const Measure& measure = parsed.measures[0];
  EXPECT_EQ(measure.ref, "1");
  EXPECT_EQ(measure.kind, "action");
  EXPECT_EQ(measure.title, "連携の推進");
  EXPECT_EQ(measure.path, std::vector<std::string>{"市民との協働"});
  EXPECT_EQ(measure.departments, (std::vector<std::string>{"政策企画課", "関係各課"}));
  EXPECT_EQ(measure.status, "A");
  EXPECT_EQ(measure.description, "連携します。");
  EXPECT_EQ(measure.texts, (Texts{{"R1年度取組内容", "協定を結んだ。"},
                                  {"本部会意見", "順調である。"},
                                  {"R2年度目標", "拡大する。"}}));
  ASSERT_EQ(measure.indicators.size(), 1u);
  const Indicator& indicator = measure.indicators[0];
  EXPECT_EQ(indicator.unit, "件");
  ASSERT_TRUE(indicator.baseline);
  EXPECT_EQ(indicator.baseline->fy, 2015);
  EXPECT_EQ(indicator.baseline->value, 52);
  EXPECT_EQ(indicator.baseline->at, (SourcePlace{parsed.measures[0].line, 7}));
  ASSERT_EQ(indicator.targets.size(), 1u);
  EXPECT_EQ(indicator.targets[0].fy, 2021);
  ASSERT_EQ(indicator.actuals.size(), 1u);
  EXPECT_EQ(indicator.actuals[0].fy, 2019);
  EXPECT_EQ(indicator.actuals[0].value, 66);
}

TEST(ProgressGridsQuirks, PackedCellsBecomeOneIndicatorEach) {
  // Packed cells pull the status and the texts after it to the left.
  const ParsedDocument parsed =
      Parse(Row({"", "1", "連携の推進", "政策課", "方針", "取組", "協定件数 52件 62件 66件",
                 "サロン利用者数 11,007人 13,000人 9,797人", "B", "意見", "目標"}));
  ASSERT_EQ(parsed.measures.size(), 1u);
  const Measure& measure = parsed.measures[0];
  EXPECT_EQ(measure.status, "B");
  EXPECT_EQ(measure.texts.back(), (std::pair<std::string, std::string>{"R2年度目標", "目標"}));
  ASSERT_EQ(measure.indicators.size(), 2u);
  EXPECT_EQ(measure.indicators[1].name, "サロン利用者数");
  EXPECT_EQ(measure.indicators[1].unit, "人");
  EXPECT_EQ(measure.indicators[1].baseline->value, 11007);
  EXPECT_EQ(measure.indicators[1].baseline->at.cell, 7);
  EXPECT_EQ(measure.indicators[1].targets[0].value, 13000);
  EXPECT_EQ(measure.indicators[1].actuals[0].text, "9,797人");
}

TEST(ProgressGridsQuirks, OnePackedCellMayHoldSeveralIndicators) {
  const ParsedDocument parsed =
      Parse(Row({"", "1", "連携の推進", "政策課", "方針", "取組",
                 "協定件数 1件 2件 3件 利用者数 4人 5人 6人", "C", "意見", "目標"}));
  ASSERT_EQ(parsed.measures.size(), 1u);
  ASSERT_EQ(parsed.measures[0].indicators.size(), 2u);
  EXPECT_EQ(parsed.measures[0].indicators[0].name, "協定件数");
  EXPECT_EQ(parsed.measures[0].indicators[1].name, "利用者数");
  EXPECT_EQ(parsed.measures[0].indicators[1].actuals[0].value, 6);
}

TEST(ProgressGridsQuirks, ContinuationRowsShiftedLeftAlignByStructure) {
  const ParsedDocument parsed =
      Parse(SpreadItem("7", "排出量", "617g", "現状以下", "615g") +
            Row({"", "", "", "", "", "リサイクル率", "29.6%", "30%以上", "27.0%"}) +
            Row({"", "", "", "参加者数", "5,839人", "6,000人", "4,547人"}) +
            Row({"接遇の充実", "実施", "拡大", "実施"}) +
            Row({"", "", "", "", "", "", "窓口の開設", "検討", "実施", "検討"}));
  ASSERT_EQ(parsed.measures.size(), 1u);
  const auto& indicators = parsed.measures[0].indicators;
  ASSERT_EQ(indicators.size(), 5u);
  EXPECT_EQ(indicators[1].name, "リサイクル率");
  EXPECT_EQ(indicators[1].baseline->value, 29.6);
  EXPECT_EQ(indicators[2].targets[0].value, 6000);
  EXPECT_EQ(indicators[3].name, "接遇の充実");
  EXPECT_EQ(indicators[3].actuals[0].text, "実施");
  EXPECT_EQ(indicators[3].actuals[0].at.cell, 3);
  EXPECT_EQ(indicators[4].baseline->text, "検討");
}

TEST(ProgressGridsQuirks, ItemRowShiftedRightKeepsItsFields) {
  const ParsedDocument parsed =
      Parse(Row({"", "", "9", "定数の管理", "職員課 関係各課", "方針", "取組", "計画の策定", "検討",
                 "実施(30年度)", "検討", "B", "意見", "目標"}));
  ASSERT_EQ(parsed.measures.size(), 1u);
  const Measure& measure = parsed.measures[0];
  EXPECT_EQ(measure.ref, "9");
  EXPECT_EQ(measure.title, "定数の管理");
  EXPECT_EQ(measure.departments, (std::vector<std::string>{"職員課", "関係各課"}));
  EXPECT_EQ(measure.status, "B");
  EXPECT_EQ(measure.texts.back().second, "目標");
  ASSERT_EQ(measure.indicators.size(), 1u);
  EXPECT_EQ(measure.indicators[0].targets[0].fy, 2018);
}

struct CellYearCase {
  const char* base;
  const char* target;
  int base_fy;
  int target_fy;
  double base_value;
};

class ProgressGridsCellYear : public ::testing::TestWithParam<CellYearCase> {};

TEST_P(ProgressGridsCellYear, CellNamingAYearOverridesItsColumn) {
  const CellYearCase& c = GetParam();
  const ParsedDocument parsed = Parse(SpreadItem("1", "指標", c.base, c.target, "1"));
  ASSERT_EQ(parsed.measures.size(), 1u);
  ASSERT_EQ(parsed.measures[0].indicators.size(), 1u);
  const Indicator& indicator = parsed.measures[0].indicators[0];
  EXPECT_EQ(indicator.baseline->fy, c.base_fy) << c.base;
  EXPECT_EQ(indicator.targets[0].fy, c.target_fy) << c.target;
  if (c.base_value >= 0) {
    EXPECT_EQ(indicator.baseline->value, c.base_value) << c.base;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Cells, ProgressGridsCellYear,
    ::testing::Values(CellYearCase{"検討", "実施(29年度)", 2015, 2017, -1},
                      CellYearCase{"実施(26年度)", "実施(31年度)", 2014, 2019, -1},
                      CellYearCase{"57,074千円", "1億円(R2年度)", 2015, 2020, 57074},
                      CellYearCase{"2,938人 (H26.6~29.2)", "4,500人", 2016, 2021, 2938},
                      CellYearCase{"8,983枚 (H29.2末)", "33,000枚(累計)", 2016, 2021, 8983},
                      // The bracket dates its own second figure, not the leading one.
                      CellYearCase{"93.2% (90.6%H26.3末)", "94.0%", 2015, 2021, 93.2},
                      CellYearCase{"56.3%", "80% (R2年度)", 2015, 2020, 56.3},
                      // A bare year the plan's first era cannot hold is read in the next one.
                      CellYearCase{"検討", "実施(2年度)", 2015, 2020, -1}));

TEST(ProgressGridsQuirks, ValueInAnotherUnitKeepsItsOwn) {
  const ParsedDocument parsed =
      Parse(SpreadItem("1", "寄附金額", "57,074千円", "1億円(R2年度)", "39,411千円"));
  const Indicator& indicator = parsed.measures.at(0).indicators.at(0);
  EXPECT_EQ(indicator.unit, "千円");
  EXPECT_EQ(indicator.targets[0].value, 1);
  EXPECT_EQ(indicator.targets[0].unit, "億円");
  EXPECT_EQ(indicator.actuals[0].unit, "");
}

TEST(ProgressGridsQuirks, DashCellIsAValuelessObservation) {
  const ParsedDocument parsed = Parse(SpreadItem("2", "出演回数", "-", "50回/年", "53回"));
  const Indicator& indicator = parsed.measures.at(0).indicators.at(0);
  ASSERT_TRUE(indicator.baseline);
  EXPECT_EQ(indicator.baseline->value, std::nullopt);
  EXPECT_EQ(indicator.baseline->text, "—");
  EXPECT_EQ(indicator.baseline->fy, 2015);
}

TEST(ProgressGridsQuirks, RateQualifierIsNotPartOfTheUnit) {
  const ParsedDocument parsed = Parse(SpreadItem("2", "出演回数", "-", "50回/年", "53回"));
  const Indicator& indicator = parsed.measures.at(0).indicators.at(0);
  EXPECT_EQ(indicator.unit, "回");
  EXPECT_EQ(indicator.targets[0].value, 50);
  EXPECT_EQ(indicator.targets[0].text, "50回/年");
  EXPECT_EQ(indicator.targets[0].unit, "");
}

TEST(ProgressGridsQuirks, FullScaleInTheNameGivesTheUnit) {
  const ParsedDocument parsed =
      Parse(SpreadItem("11", "職員の職務満足度（5点満点）", "3.57", "3.70", "3.52"));
  const Indicator& indicator = parsed.measures.at(0).indicators.at(0);
  EXPECT_EQ(indicator.unit, "点");
  EXPECT_EQ(indicator.targets[0].value, 3.7);
  EXPECT_EQ(indicator.targets[0].text, "3.70");
  EXPECT_TRUE(HasDiagnostic(parsed, "unit_from_name"));
}

struct WordValueCase {
  const char* cell;
  std::optional<double> value;
  const char* comparator;
};

class ProgressGridsWordValue : public ::testing::TestWithParam<WordValueCase> {};

TEST_P(ProgressGridsWordValue, ReadsValueAndComparator) {
  const WordValueCase& c = GetParam();
  const ParsedDocument parsed = Parse(SpreadItem("1", "指標", "1", c.cell, "1"));
  const Observation& target = parsed.measures.at(0).indicators.at(0).targets.at(0);
  EXPECT_EQ(target.value, c.value) << c.cell;
  EXPECT_EQ(target.comparator, c.comparator) << c.cell;
}

INSTANTIATE_TEST_SUITE_P(Cells, ProgressGridsWordValue,
                         ::testing::Values(WordValueCase{"現状以下", std::nullopt, "<="},
                                           WordValueCase{"30%以上", 30, ">="},
                                           WordValueCase{"約50%", 50, ""},
                                           WordValueCase{"72事業(累計215)", 72, ""},
                                           WordValueCase{"拡大", std::nullopt, ""}));

TEST(ProgressGridsQuirks, RepostMarkStaysInTheIndicatorName) {
  const ParsedDocument parsed =
      Parse(SpreadItem("6", "利用者数(再掲)", "11,007人", "13,000人", "9,797人"));
  EXPECT_EQ(parsed.measures.at(0).indicators.at(0).name, "利用者数(再掲)");
  EXPECT_FALSE(parsed.measures.at(0).repost);
}

TEST(ProgressGridsQuirks, GroupHeadingCarriesDownItsGroup) {
  const ParsedDocument parsed = Parse(Row({"(ア) 協働体制の確立", "1", "取組1", "課", "方針",
                                           "内容", "指標", "1", "2", "3", "A", "意見", "目標"}) +
                                      SpreadItem("2", "指標", "1", "2", "3") +
                                      Row({"(イ) 効率的な運営", "3", "取組3", "課", "方針", "内容",
                                           "指標", "1", "2", "3", "A", "意見", "目標"}));
  ASSERT_EQ(parsed.measures.size(), 3u);
  EXPECT_EQ(parsed.measures[1].path, std::vector<std::string>{"協働体制の確立"});
  EXPECT_EQ(parsed.measures[2].path, std::vector<std::string>{"効率的な運営"});
}

TEST(ProgressGridsQuirks, GroupHeadingOnItsOwnRowStartsAGroup) {
  const ParsedDocument parsed =
      Parse(Row({"(ウ) 市民満足度の向上"}) + SpreadItem("20", "指標", "1", "2", "3"));
  ASSERT_EQ(parsed.measures.size(), 1u);
  EXPECT_EQ(parsed.measures[0].path, std::vector<std::string>{"市民満足度の向上"});
}

TEST(ProgressGridsQuirks, MissingStatusIsADiagnostic) {
  const ParsedDocument parsed = Parse(SpreadItem("1", "件数", "1件", "2件", "3件", ""));
  ASSERT_EQ(parsed.measures.size(), 1u);
  EXPECT_EQ(parsed.measures[0].status, std::nullopt);
  EXPECT_EQ(parsed.measures[0].indicators.size(), 1u);
  EXPECT_EQ(parsed.measures[0].texts.back().second, "目標");
  EXPECT_TRUE(HasDiagnostic(parsed, "missing_status"));
}

TEST(ProgressGridsQuirks, LegendWordReadsAsItsCode) {
  const ParsedDocument parsed = Parse(SpreadItem("1", "指標", "1", "2", "3", "ほぼ順調"));
  EXPECT_EQ(parsed.measures.at(0).status, "B");
}

TEST(ProgressGridsQuirks, StatusTallyThatMatchesGivesNoDiagnostic) {
  const ParsedDocument parsed =
      Parse(SpreadItem("1", "指標", "1", "2", "3", "A") +
            SpreadItem("2", "指標", "1", "2", "3", "C") + "\n" + "本部会評価 1 0 1 0\n");
  EXPECT_FALSE(HasDiagnostic(parsed, "status_tally_mismatch"));
  EXPECT_EQ(parsed.measures.size(), 2u);
}

TEST(ProgressGridsQuirks, StatusTallyMismatchIsADiagnostic) {
  const ParsedDocument parsed = Parse(SpreadItem("1", "指標", "1", "2", "3", "A") +
                                      SpreadItem("2", "指標", "1", "2", "3", "C") + "\n" +
                                      Row({"本部会評価", "2", "0", "0", "0"}));
  ASSERT_TRUE(HasDiagnostic(parsed, "status_tally_mismatch"));
}

TEST(ProgressGridsQuirks, SheetRowsParseLikeText) {
  const std::string text = SpreadItem("1", "協定件数 52件 62件 66件", "B", "意見", "目標");
  Grid grid = ReadTextGrid(Head() + text);
  const ParsedDocument from_text = ParseProgressGrids(grid);
  for (GridRow& row : grid.rows) row.kind = RowKind::kSheet;
  EXPECT_EQ(ParseProgressGrids(grid), from_text);
}

TEST(ProgressGridsQuirks, FullWidthDigitsReadTheSame) {
  const ParsedDocument parsed = Parse(SpreadItem("１", "件数", "５２件", "６２件", "６６件"));
  ASSERT_EQ(parsed.measures.size(), 1u);
  EXPECT_EQ(parsed.measures[0].ref, "1");
  EXPECT_EQ(parsed.measures[0].indicators.at(0).baseline->value, 52);
}

struct GroupsCase {
  const char* text;
  std::vector<std::string> groups;
};

class ProgressGridsValueGroups : public ::testing::TestWithParam<GroupsCase> {};

TEST_P(ProgressGridsValueGroups, SplitsOnSpacesKeepingBrackets) {
  EXPECT_EQ(progress::ValueGroups(GetParam().text), GetParam().groups);
}

INSTANTIATE_TEST_SUITE_P(
    Texts, ProgressGridsValueGroups,
    ::testing::Values(GroupsCase{"件数 52件 62件 66件", {"件数", "52件", "62件", "66件"}},
                      GroupsCase{"2,938人 (H26.6~29.2)", {"2,938人 (H26.6~29.2)"}},
                      GroupsCase{"74事務 (1事務 対象外)", {"74事務 (1事務 対象外)"}},
                      GroupsCase{"", {}}));

}  // namespace
}  // namespace keikaku::layouts

namespace keikaku::layouts {
namespace {

// Another city's sheet: other labels, status left of the indicators, 担当課 beside 関係課,
// no legend and no group column, full-width digits and CRLF line ends.
std::string OtherCitySheet() {
  return "第２次行政改革実施計画　進行管理表（令和元年度～令和５年度）　令和３年３月３１日現在\r\n"
         "\r\n"
         "No\t実施項目\t担当課\t関係課\t取組内容\t進捗状況\t数値目標等\t\t\t\t所見\r\n"
         "\t\t\t\t\t\t指標\t基準値（H30）\t目標値（R5）\t実績（R2）\t\r\n"
         "１\t窓口の改善\t市民課\t総務課、企画課\t待ち時間を短くする。\tＢ\t待ち時間\t１５分\t１０"
         "分\t１２分\t順調。\r\n"
         "\t\t\t\t\t\t満足度\t７０％\t８０％以上\t７５％\t\r\n";
}

TEST(ProgressGridsOtherCity, ReadsItsPlanFields) {
  const ParsedDocument parsed = ParseProgressGrids(ReadTextGrid(OtherCitySheet()));
  EXPECT_EQ(parsed.plan.start_fy, 2019);
  EXPECT_EQ(parsed.plan.end_fy, 2023);
  EXPECT_EQ(parsed.plan.as_of, "2021-03-31");
}

TEST(ProgressGridsOtherCity, ReadsItsItemByLabels) {
  const ParsedDocument parsed = ParseProgressGrids(ReadTextGrid(OtherCitySheet()));
  ASSERT_EQ(parsed.measures.size(), 1u);
  const Measure& measure = parsed.measures[0];
  EXPECT_EQ(measure.ref, "1");
  EXPECT_EQ(measure.title, "窓口の改善");
  EXPECT_EQ(measure.departments, std::vector<std::string>{"市民課"});
  EXPECT_EQ(measure.related_departments, (std::vector<std::string>{"総務課", "企画課"}));
  EXPECT_EQ(measure.status, "B");
  EXPECT_EQ(measure.description, "待ち時間を短くする。");
  EXPECT_EQ(measure.texts, (Texts{{"所見", "順調。"}}));
  EXPECT_TRUE(measure.path.empty());
}

TEST(ProgressGridsOtherCity, ReadsItsIndicatorsWithColumnYears) {
  const ParsedDocument parsed = ParseProgressGrids(ReadTextGrid(OtherCitySheet()));
  ASSERT_EQ(parsed.measures.size(), 1u);
  const auto& indicators = parsed.measures[0].indicators;
  ASSERT_EQ(indicators.size(), 2u);
  EXPECT_EQ(indicators[0].unit, "分");
  EXPECT_EQ(indicators[0].baseline->fy, 2018);
  EXPECT_EQ(indicators[0].baseline->value, 15);
  EXPECT_EQ(indicators[0].targets.at(0).fy, 2023);
  EXPECT_EQ(indicators[0].actuals.at(0).fy, 2020);
  EXPECT_EQ(indicators[1].name, "満足度");
  EXPECT_EQ(indicators[1].targets.at(0).comparator, ">=");
}

TEST(ProgressGridsOtherCity, IsClaimedByDetection) {
  EXPECT_GE(ScoreOf(DetectProgressGrids(ReadTextGrid(OtherCitySheet()))), 0.6);
}

}  // namespace
}  // namespace keikaku::layouts
