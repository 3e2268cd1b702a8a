// Hand-written sheets, one quirk of the implementation-sheet family each.
#include <gtest/gtest.h>

#include <string>

#include "implementation_sheets/implementation_sheets.h"

namespace keikaku::layouts {
namespace {

ParsedDocument Parse(const std::string& text) { return ParseImplementationSheets(ReadTextGrid(text)); }

constexpr char kHeadings[] = "1 市民との協働\n\n(1) 情報の共有\n\n① 広報の充実\n\n";
constexpr char kHeader[] = "年次計画\t年度\t令和2年度\t令和3年度\t令和4年度\n";

// One sheet: its headings, `upper` rows (department, narrative, boxes), a three-year table.
std::string OneSheet(const std::string& upper, const std::string& table) {
  return std::string(kHeadings) + upper + kHeader + table;
}

// A copy, so callers may pass a temporary document.
Measure OnlyMeasure(const ParsedDocument& document) {
  EXPECT_EQ(document.measures.size(), 1u);
  return document.measures.empty() ? Measure{} : document.measures[0];
}

const Indicator* FindIndicator(const Measure& measure, const std::string& name) {
  for (const Indicator& indicator : measure.indicators) {
    if (indicator.name == name) return &indicator;
  }
  return nullptr;
}

std::string TextOf(const Measure& measure, const std::string& label) {
  for (const auto& [key, text] : measure.texts) {
    if (key == label) return text;
  }
  return "<none>";
}

TEST(ImplementationSheets, MeasureHasRefTitleAndPath) {
  const Measure& measure = OnlyMeasure(Parse(OneSheet("担当課\t企画課\t関係課\t\n", "")));
  EXPECT_EQ(measure.ref, "1-(1)-①");
  EXPECT_EQ(measure.title, "広報の充実");
  EXPECT_EQ(measure.kind, "action");
  EXPECT_EQ(measure.path, (std::vector<std::string>{"市民との協働", "情報の共有"}));
}

TEST(ImplementationSheets, LetterSpacedDepartmentLabels) {
  const Measure& measure = OnlyMeasure(Parse(OneSheet("担当 課\t企画課\t関 係 課\t財政課\n", "")));
  EXPECT_EQ(measure.departments, std::vector<std::string>{"企画課"});
  EXPECT_EQ(measure.related_departments, std::vector<std::string>{"財政課"});
}

TEST(ImplementationSheets, DepartmentCellMergedWithRelatedLabelIsSplit) {
  const Measure& measure = OnlyMeasure(Parse(OneSheet("担当課\t秘書課 関係課 職員課\t\t\n", "")));
  EXPECT_EQ(measure.departments, std::vector<std::string>{"秘書課"});
  EXPECT_EQ(measure.related_departments, std::vector<std::string>{"職員課"});
}

TEST(ImplementationSheets, RelatedDepartmentsSplitOnBothSeparators) {
  const Measure& measure = OnlyMeasure(Parse(OneSheet("担当課\t収納課\t関係課\t財政課・税務課、全課\n", "")));
  EXPECT_EQ(measure.related_departments, (std::vector<std::string>{"財政課", "税務課", "全課"}));
}

TEST(ImplementationSheets, HtmlResidueIsStrippedFromNarrative) {
  const Measure& measure = OnlyMeasure(Parse(OneSheet(
      "担当課\t企画課\t関係課\t\n"
      "現状と課題\t<ul style=\"list-style-type: none\"> <li>・一つ目</li> <li>・二つ目</li></ul>\t\n"
      "取組内容\t<p>広報を充実する。</p>\t\n",
      "")));
  EXPECT_EQ(TextOf(measure, "現状と課題"), "・一つ目 ・二つ目");
  EXPECT_EQ(measure.description, "広報を充実する。");
}

TEST(ImplementationSheets, EmbeddedTableIsABoxNotNarrative) {
  const Measure& measure = OnlyMeasure(Parse(OneSheet(
      "担当課\t企画課\t関係課\t\n"
      "目標の状態\t<p>公表される。</p> <table border=\"1\"><tr><td>現状の数値</td></tr>"
      "<tr><td>公表数 5件</td></tr></table>\t\n",
      "")));
  EXPECT_EQ(TextOf(measure, "目標の状態"), "公表される。");
  const Indicator* indicator = FindIndicator(measure, "公表数");
  ASSERT_NE(indicator, nullptr);
  ASSERT_TRUE(indicator->baseline.has_value());
  EXPECT_EQ(indicator->baseline->value, 5);
}

TEST(ImplementationSheets, UnlabelledRowsTakeTheLabelTheSheetLost) {
  const std::string first = OneSheet(
      "担当課\t企画課\t関係課\t\n現状と課題\t課題A\n取組内容\t取組A\n目標の状態\t状態A\n", "");
  const std::string second =
      "② 窓口の改善\n\n担当課\t市民課\t関係課\t\n現状と課題\t課題B\n\t取組B1\n\t取組B2\n目標の状態\t\n" +
      std::string(kHeader);
  const ParsedDocument document = Parse(first + second);
  ASSERT_EQ(document.measures.size(), 2u);
  const Measure& measure = document.measures[1];
  EXPECT_EQ(TextOf(measure, "現状と課題"), "課題B");
  EXPECT_EQ(measure.description, "取組B1 取組B2");
}

TEST(ImplementationSheets, BoxValueBelowItsLabel) {
  const Measure& measure = OnlyMeasure(Parse(OneSheet(
      "担当課\t企画課\t関係課\t\n目標の状態\t文\t現状の数値\t\n\t\t利用者数 120人\t\n\t\t目標の数値\t\n\t\t\t\n",
      "")));
  const Indicator* indicator = FindIndicator(measure, "利用者数");
  ASSERT_NE(indicator, nullptr);
  EXPECT_EQ(indicator->unit, "人");
  ASSERT_TRUE(indicator->baseline.has_value());
  EXPECT_EQ(indicator->baseline->value, 120);
  EXPECT_FALSE(indicator->baseline->fy.has_value());
  EXPECT_EQ(indicator->baseline->at.line, 9);
  EXPECT_EQ(indicator->baseline->at.cell, 2);
}

TEST(ImplementationSheets, BothBoxesInOneHtmlCell) {
  const Measure& measure = OnlyMeasure(Parse(OneSheet(
      "担当課\t病院課\t関係課\t\n"
      "目標の状態\t文\t<p>現状の数値</p> <ul> ・病床199床 ・稼働率約54% <p>目標の数値</p> <ul> "
      "・病床149床 ・稼働率約60%\t\n",
      "")));
  const Indicator* beds = FindIndicator(measure, "病床");
  const Indicator* rate = FindIndicator(measure, "稼働率");
  ASSERT_NE(beds, nullptr);
  ASSERT_NE(rate, nullptr);
  EXPECT_EQ(beds->baseline->value, 199);
  EXPECT_EQ(rate->baseline->value, 54);
  EXPECT_EQ(rate->baseline->comparator, "");  // 約 is no comparator
  ASSERT_EQ(beds->targets.size(), 1u);        // 目標の数値 becomes the final year's target
  EXPECT_EQ(beds->targets[0].fy, 2022);
  EXPECT_EQ(beds->targets[0].value, 149);
}

TEST(ImplementationSheets, BracketDateGivesTheBaselineItsFiscalYear) {
  const Measure& measure = OnlyMeasure(Parse(OneSheet(
      "担当課\t企画課\t関係課\t\n目標の状態\t文\t現状の数値\tHPアクセス数 456,456件 (R2.1.15現在)\n", "")));
  const Indicator* indicator = FindIndicator(measure, "HPアクセス数");
  ASSERT_NE(indicator, nullptr);
  EXPECT_EQ(indicator->baseline->value, 456456);
  EXPECT_EQ(indicator->baseline->fy, 2019);  // 2020-01-15 lies in 令和元年度
  EXPECT_EQ(indicator->baseline->text, "HPアクセス数 456,456件 (R2.1.15現在)");
}

TEST(ImplementationSheets, NarrativeStatesTheBaselineYear) {
  const Measure& measure = OnlyMeasure(Parse(OneSheet(
      "担当課\t企画課\t関係課\t\n現状と課題\t相談は、平成30年度において年間23件あった。\n"
      "目標の状態\t文\t現状の数値\t相談件数 23件\n",
      "")));
  const Indicator* indicator = FindIndicator(measure, "相談件数");
  ASSERT_NE(indicator, nullptr);
  EXPECT_EQ(indicator->baseline->fy, 2018);
}

TEST(ImplementationSheets, TwoQuantitiesInOneCellAreTwoIndicators) {
  const Measure& measure = OnlyMeasure(Parse(OneSheet(
      "担当課\t職員課\t関係課\t\n目標の状態\t文\t現状の数値\t時間外23人 年休取得11.9日\n",
      "\t数値\t時間外20人 年休取得13.0日\t時間外15人 年休取得13.5日\t時間外10人 年休取得14.0日\n")));
  const Indicator* overtime = FindIndicator(measure, "時間外");
  const Indicator* leave = FindIndicator(measure, "年休取得");
  ASSERT_NE(overtime, nullptr);
  ASSERT_NE(leave, nullptr);
  EXPECT_EQ(overtime->unit, "人");
  EXPECT_EQ(leave->unit, "日");
  ASSERT_EQ(leave->targets.size(), 3u);
  EXPECT_EQ(leave->targets[1].fy, 2021);
  EXPECT_EQ(leave->targets[1].value, 13.5);
  EXPECT_EQ(leave->targets[1].text, "年休取得13.5日");
}

TEST(ImplementationSheets, TargetBoxEqualToLastYearAddsNothing) {
  const Measure& measure = OnlyMeasure(Parse(OneSheet(
      "担当課\t企画課\t関係課\t\n目標の状態\t文\t目標の数値 参加率 36.0%\n",
      "\t数値\t参加率 31.0%\t参加率 33.0%\t参加率 36%\n")));
  const Indicator* indicator = FindIndicator(measure, "参加率");
  ASSERT_NE(indicator, nullptr);
  EXPECT_EQ(indicator->targets.size(), 3u);
}

TEST(ImplementationSheets, ShorterNameInYearRowsJoinsTheBaselineIndicator) {
  const Measure& measure = OnlyMeasure(Parse(OneSheet(
      "担当課\t企画課\t関係課\t\n目標の状態\t文\t現状の数値\t市民の声回答発送まで 平均19.1日\n",
      "数値\t回答発送まで 平均18日\t回答発送まで 平均18日\t回答発送まで 平均18日\t回答発送まで 平均18日\n")));
  ASSERT_EQ(measure.indicators.size(), 1u);
  EXPECT_EQ(measure.indicators[0].name, "市民の声回答発送まで平均");
  EXPECT_EQ(measure.indicators[0].targets.size(), 3u);
}

TEST(ImplementationSheets, NamelessQuantityIsNamedByTheSheetsCountTerm) {
  const Measure& measure = OnlyMeasure(Parse(OneSheet(
      "担当課\t土木課\t関係課\t\n目標の状態\t文\t現状の数値 15団体 (321人)\n",
      "\t年度目標\t登録団体数を維持する。\t\t\n\t数値\t14団体\t16団体\t16団体\n")));
  const Indicator* indicator = FindIndicator(measure, "登録団体数");
  ASSERT_NE(indicator, nullptr);
  EXPECT_EQ(indicator->unit, "団体");
  EXPECT_EQ(indicator->baseline->value, 15);  // the bracketed member count stays in the text
  EXPECT_EQ(indicator->baseline->text, "15団体 (321人)");
  EXPECT_EQ(indicator->targets.size(), 3u);
}

TEST(ImplementationSheets, NamedYearCellsNameABaselinePrintedWithoutOne) {
  const Measure& measure = OnlyMeasure(Parse(OneSheet(
      "担当課\t土木課\t関係課\t\n目標の状態\t文\t現状の数値\t15団体\n",
      "\t数値\t登録団体 14団体\t登録団体 16団体\t登録団体 16団体\n")));
  ASSERT_EQ(measure.indicators.size(), 1u);
  EXPECT_EQ(measure.indicators[0].name, "登録団体");
  EXPECT_EQ(measure.indicators[0].baseline->value, 15);
  EXPECT_EQ(measure.indicators[0].targets.size(), 3u);
}

TEST(ImplementationSheets, DateCellIsReadForTheFigureInTheIndicatorsUnit) {
  const Measure& measure = OnlyMeasure(Parse(OneSheet(
      "担当課\t企画課\t関係課\t\n目標の状態\t文\t現状の数値\t組織を確定する時期 3月\n",
      "\t数値\t令和2年12月までに確定\t令和3年12月までに確定\t令和4年12月までに確定\n")));
  const Indicator* indicator = FindIndicator(measure, "組織を確定する時期");
  ASSERT_NE(indicator, nullptr);
  ASSERT_EQ(indicator->targets.size(), 3u);
  EXPECT_EQ(indicator->targets[0].value, 12);
  EXPECT_EQ(indicator->targets[0].fy, 2020);
  EXPECT_EQ(indicator->targets[0].text, "令和2年12月までに確定");
}

TEST(ImplementationSheets, WordRowsAreWordTargetsWithoutValues) {
  const Measure& measure = OnlyMeasure(Parse(OneSheet(
      "担当課\t財政課\t関係課\t\n",
      "\t進捗状況\t\t検討\t実施\n\t年度目標\t今後5年間の見通しを作成\t公表\t公表\n")));
  const Indicator* status = FindIndicator(measure, "進捗状況");
  const Indicator* yearly = FindIndicator(measure, "年度目標");
  ASSERT_NE(status, nullptr);
  ASSERT_NE(yearly, nullptr);
  ASSERT_EQ(status->targets.size(), 2u);  // the blank first year is left out
  EXPECT_EQ(status->targets[0].fy, 2021);
  EXPECT_EQ(status->targets[0].text, "検討");
  EXPECT_FALSE(yearly->targets[0].value.has_value());
  EXPECT_FALSE(yearly->unit.has_value());
}

TEST(ImplementationSheets, RowWithExtraCellIsAlignedFromTheLeft) {
  const Measure& measure = OnlyMeasure(Parse(OneSheet(
      "担当課\t財政課\t関係課\t\n", "進捗状況\t検討\t実施\t達成\t達成\n数値\t件数 1件\t件数 2件\t件数 3件\t\n")));
  const Indicator* status = FindIndicator(measure, "進捗状況");
  ASSERT_NE(status, nullptr);
  ASSERT_EQ(status->targets.size(), 3u);
  EXPECT_EQ(status->targets[2].text, "達成");
  const Indicator* count = FindIndicator(measure, "件数");
  ASSERT_NE(count, nullptr);
  EXPECT_EQ(count->targets[0].fy, 2020);
  EXPECT_EQ(count->targets[0].value, 1);
}

TEST(ImplementationSheets, HeaderCollapsedIntoOneCellStillGivesYears) {
  const std::string text = std::string(kHeadings) +
                           "担当課\t企画課\t関係課\t\n年次計画\t年度 令和2年度 令和3年度 令和4年度\t\t\t\n"
                           "進捗状況\t実施\t実施\t実施\n";
  const Measure measure = OnlyMeasure(Parse(text));
  const Indicator* status = FindIndicator(measure, "進捗状況");
  ASSERT_NE(status, nullptr);
  ASSERT_EQ(status->targets.size(), 3u);
  EXPECT_EQ(status->targets[2].fy, 2022);
}

TEST(ImplementationSheets, TocWordingWinsExceptForSpacing) {
  const std::string text =
      "目 次\n1 市民との協働\t\n(1) I C Tの活用\t\n①広報の充実\t1\n"
      "1 市民との共働\n\n(1) ICTの活用\n\n① 広報の充実\n\n担当課\t企画課\t関係課\t\n";
  const Measure& measure = OnlyMeasure(Parse(text));
  EXPECT_EQ(measure.path, (std::vector<std::string>{"市民との協働", "ICTの活用"}));
}

TEST(ImplementationSheets, CoverGivesPlanFields) {
  const std::string text =
      "第2次 ○○市行政改革大綱\n\n実 施 計 画\n\n平成28年度～平成32年度\n\n平成28年3月\n\n"
      "平成29年4月（改定）\n\n目 次\n1 市民との協働\t\n" +
      std::string(kHeadings);
  const ParsedDocument document = Parse(text);
  EXPECT_EQ(document.plan.title, "第2次 ○○市行政改革大綱 実施計画");
  EXPECT_EQ(document.plan.kind, "implementation_plan");
  EXPECT_EQ(document.plan.start_fy, 2016);
  EXPECT_EQ(document.plan.end_fy, 2020);
  EXPECT_EQ(document.plan.published, "2016-03");
  EXPECT_EQ(document.plan.revised, "2017-04");
}

TEST(ImplementationSheets, BareYearHeaderTakesTheCoversEra) {
  const std::string text = "実施計画\n\n平成28年度～平成30年度\n\n" + std::string(kHeadings) +
                           "担当課\t企画課\t関係課\t\n年度\t28年度\t29年度\t30年度\n進捗状況\t実施\t実施\t実施\n";
  const Measure measure = OnlyMeasure(Parse(text));
  const Indicator* status = FindIndicator(measure, "進捗状況");
  ASSERT_NE(status, nullptr);
  ASSERT_EQ(status->targets.size(), 3u);
  EXPECT_EQ(status->targets[0].fy, 2016);
}

TEST(ImplementationSheets, RealignedRowIsReported) {
  const ParsedDocument document =
      Parse(OneSheet("担当課\t企画課\t関係課\t\n", "年度目標\tA\tB\n"));
  ASSERT_FALSE(document.diagnostics.empty());
  EXPECT_EQ(document.diagnostics[0].kind, "realigned_row");
  EXPECT_EQ(document.diagnostics[0].line, 9);
}

TEST(ImplementationSheets, FullWidthDigitsInCellsAreRead) {
  const Measure& measure = OnlyMeasure(Parse(OneSheet(
      "担当課\t企画課\t関係課\t\n目標の状態\t文\t現状の数値\t利用者数 １２０人\n",
      "\t数値\t利用者数 １５０人\t\t\n")));
  const Indicator* indicator = FindIndicator(measure, "利用者数");
  ASSERT_NE(indicator, nullptr);
  EXPECT_EQ(indicator->baseline->value, 120);
  EXPECT_EQ(indicator->targets.at(0).value, 150);
}

TEST(ImplementationSheets, RelatedDepartmentsOnTheirOwnRow) {
  const Measure& measure =
      OnlyMeasure(Parse(OneSheet("担当課\t企画課\n関係課\t財政課、全課\n現状と課題\t課題\n", "")));
  EXPECT_EQ(measure.departments, std::vector<std::string>{"企画課"});
  EXPECT_EQ(measure.related_departments, (std::vector<std::string>{"財政課", "全課"}));
}

TEST(ImplementationSheets, TocLeaderDotsAndPageNumbersAreNotTitle) {
  const std::string text =
      "目次\n1 市民との協働……1\n(1) 情報の共有 2\n①広報の充実\t1\n"
      "1 市民との共働\n\n(1) 情報を共有\n\n① 広報の充実\n\n担当課\t企画課\t関係課\t\n";
  const Measure& measure = OnlyMeasure(Parse(text));
  EXPECT_EQ(measure.path, (std::vector<std::string>{"市民との協働", "情報の共有"}));
}

TEST(ImplementationSheets, NarrativeLabelsInTheSecondColumn) {
  const std::string first = OneSheet(
      "担当課\t企画課\t関係課\t\n\t現状と課題\t課題A\n\t取組内容\t取組A\n\t目標の状態\t状態A\n", "");
  const std::string second = "② 窓口の改善\n\n担当課\t市民課\t関係課\t\n\t現状と課題\t課題B\n\t\t取組B\n" +
                             std::string(kHeader);
  const ParsedDocument document = Parse(first + second);
  ASSERT_EQ(document.measures.size(), 2u);
  EXPECT_EQ(document.measures[1].description, "取組B");
}

TEST(ImplementationSheets, NarrativeCellLostBesideABox) {
  const Measure& measure = OnlyMeasure(Parse(OneSheet(
      "担当課\t企画課\t関係課\t\n目標の状態\t現状の数値\t件数 4件\n", "")));
  EXPECT_EQ(TextOf(measure, "目標の状態"), "<none>");
  const Indicator* indicator = FindIndicator(measure, "件数");
  ASSERT_NE(indicator, nullptr);
  EXPECT_EQ(indicator->baseline->value, 4);
}

TEST(ImplementationSheets, ActualRowWithFiguresGivesActuals) {
  const Measure& measure = OnlyMeasure(Parse(OneSheet(
      "担当課\t企画課\t関係課\t\n目標の状態\t文\t現状の数値\t件数 4件\n",
      "\t数値\t件数 5件\t件数 6件\t件数 7件\n\t実績\t件数 5件\t件数 7件\t\n")));
  const Indicator* indicator = FindIndicator(measure, "件数");
  ASSERT_NE(indicator, nullptr);
  EXPECT_EQ(indicator->targets.size(), 3u);
  ASSERT_EQ(indicator->actuals.size(), 2u);
  EXPECT_EQ(indicator->actuals[1].fy, 2021);
  EXPECT_EQ(indicator->actuals[1].value, 7);
}

TEST(ImplementationSheets, NoSheetsIsADiagnosticNotACrash) {
  const ParsedDocument document = Parse("ただの文章\n\n別の行\n");
  EXPECT_TRUE(document.measures.empty());
  ASSERT_EQ(document.diagnostics.size(), 1u);
  EXPECT_EQ(document.diagnostics[0].kind, "no_sheets");
}

}  // namespace
}  // namespace keikaku::layouts
