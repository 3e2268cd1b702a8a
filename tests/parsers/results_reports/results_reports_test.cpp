// Hand-written cases of each results-report quirk: a few rows of input, the records out.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "keikaku/parsers/grid.h"
#include "results_reports/results_reports.h"

namespace keikaku::layouts {
namespace {

// Rows written with '|' between cells, joined with tabs and newlines.
std::string Tsv(const std::vector<std::string>& rows) {
  std::string text;
  for (const std::string& row : rows) {
    for (char c : row) text += c == '|' ? '\t' : c;
    text += '\n';
  }
  return text;
}

ParsedDocument Parse(const std::vector<std::string>& rows) { return ParseResultsReports(ReadTextGrid(Tsv(rows))); }

bool HasDiagnostic(const ParsedDocument& document, const std::string& kind) {
  for (const Diagnostic& diagnostic : document.diagnostics) {
    if (diagnostic.kind == kind) return true;
  }
  return false;
}

std::vector<std::optional<int>> Years(const std::vector<Observation>& observations) {
  std::vector<std::optional<int>> years;
  for (const Observation& observation : observations) years.push_back(observation.fy);
  return years;
}

std::vector<std::string> PrintedTexts(const std::vector<Observation>& observations) {
  std::vector<std::string> texts;
  for (const Observation& observation : observations) texts.push_back(observation.text);
  return texts;
}

// One budget amount: yen of `category` in `fy`, or nullopt when absent.
std::optional<double> Amount(const Measure& measure, int fy, const std::string& category) {
  for (const Budget& budget : measure.budgets) {
    if (budget.fy == fy && budget.category == category) return budget.amount_yen;
  }
  return std::nullopt;
}

bool Derived(const Measure& measure, int fy, const std::string& category) {
  for (const Budget& budget : measure.budgets) {
    if (budget.fy == fy && budget.category == category) return budget.derived;
  }
  return false;
}

const std::vector<std::string> kPolicyPage = {
    "政策 6|全ての主体が参加し、協働するまちづくり",
    "施策 6-3|財政の健全性を確保します",
    "",
    "所 管|財政課",
    "関 連|施設管理室",
    "関 連|—",
    "",
    "#### ◆現状と課題",
    "",
    "多額の財源が必要となる。",
    "",
    "◆方針",
    "",
    "目的",
    "健全財政を維持する。",
    "",
    "◆目標",
    "",
    "・目標の計画と達成状況",
    "",
    "計 画",
    "財政規律を遵守している状態。",
    "設 定 理 由",
    "健全財政が維持できるから。",
    "",
    "◆実績",
    "",
    "令和元年度実績||||||評価|維持",
    "繰り上げ償還を実施した。",
    "",
    "◆成果指標(アウトカム)",
    "",
    "指標名|年度末基金残高|||||単位|億円",
    "設定理由|(財政目標を準用)||||||",
    "算式||||||単位|億円",
    "目標値|計画策定時||平成29年度|平成30年度|令和元年度|令和2年度||",
    "|77|計画|56以上|56以上|56以上|56以上||",
    "||実績|69|65|62|||",
    "指標名|||||||単位|",
    "目標値|計画策定時||平成29年度|平成30年度|令和元年度|令和2年度||",
    "||計画||||||",
    "||実績||||||",
    "",
    "◆個別計画",
    "",
    "公共施設等総合管理計画",
    "",
    "◆特記事項",
    "",
    "--",
};

TEST(ResultsReportsPolicy, ReadsHeadingDepartmentsAndStatus) {
  const ParsedDocument document = Parse(kPolicyPage);
  ASSERT_EQ(document.measures.size(), 1u);
  const Measure& policy = document.measures[0];
  EXPECT_EQ(policy.kind, "policy");
  EXPECT_EQ(policy.ref, "6-3");
  EXPECT_EQ(policy.title, "財政の健全性を確保します");
  EXPECT_EQ(policy.path, std::vector<std::string>{"全ての主体が参加し、協働するまちづくり"});
  EXPECT_EQ(policy.departments, std::vector<std::string>{"財政課"});
  EXPECT_EQ(policy.related_departments, std::vector<std::string>{"施設管理室"});
  EXPECT_EQ(policy.status, "維持");
}

TEST(ResultsReportsPolicy, KeysTextsByTheirLabelsWithoutSpaces) {
  const Measure policy = Parse(kPolicyPage).measures.at(0);
  EXPECT_EQ(policy.description, "健全財政を維持する。");
  const Texts expected = {{"現状と課題", "多額の財源が必要となる。"},
                          {"計画", "財政規律を遵守している状態。"},
                          {"設定理由", "健全財政が維持できるから。"},
                          {"令和元年度実績", "繰り上げ償還を実施した。"}};
  EXPECT_EQ(policy.texts, expected);
}

TEST(ResultsReportsPolicy, ReadsOutcomeIndicatorWithBaselineAndComparators) {
  const Measure policy = Parse(kPolicyPage).measures.at(0);
  ASSERT_EQ(policy.indicators.size(), 1u);  // the empty second block is skipped
  const Indicator& indicator = policy.indicators[0];
  EXPECT_EQ(indicator.name, "年度末基金残高");
  EXPECT_EQ(indicator.kind, "outcome");
  EXPECT_EQ(indicator.unit, "億円");
  ASSERT_TRUE(indicator.baseline.has_value());
  EXPECT_EQ(indicator.baseline->fy, std::nullopt);
  EXPECT_EQ(indicator.baseline->value, 77);
  EXPECT_EQ(Years(indicator.targets), (std::vector<std::optional<int>>{2017, 2018, 2019, 2020}));
  EXPECT_EQ(indicator.targets[0].comparator, ">=");
  EXPECT_EQ(indicator.targets[0].value, 56);
  EXPECT_EQ(Years(indicator.actuals), (std::vector<std::optional<int>>{2017, 2018, 2019}));
}

TEST(ResultsReportsPolicy, PlanPeriodIsTheSpanOfTableYears) {
  const ParsedDocument document = Parse(kPolicyPage);
  EXPECT_EQ(document.plan.kind, "results_report");
  EXPECT_EQ(document.plan.start_fy, 2017);
  EXPECT_EQ(document.plan.end_fy, 2020);
}

TEST(ResultsReportsPolicy, BracketedHeadingOpensAPolicyPage) {
  const ParsedDocument document = Parse({"【施策6-5】 来庁者サービスの改善を図ります", "", "所管|総務課", "関連|市民課、企画課"});
  ASSERT_EQ(document.measures.size(), 1u);
  EXPECT_EQ(document.measures[0].ref, "6-5");
  EXPECT_EQ(document.measures[0].title, "来庁者サービスの改善を図ります");
  EXPECT_EQ(document.measures[0].related_departments, (std::vector<std::string>{"市民課", "企画課"}));
}

TEST(ResultsReportsPolicy, OtherSectionMarksAndUnmarkedTablesAreRead) {
  const ParsedDocument document = Parse({
      "施策 2-1|子育てを支援します", "所管|こども課",
      "■現状と課題", "待機児童がいる。",
      "【実績】", "令和2年度 実績||評価|拡充", "保育所を整備した。",
      "成果指標",
      "指標名|待機児童数||||単位|人",
      "目標値|基準値||平成30年度|令和元年度|令和2年度|令和3年度",
      "|12|計画|10|8|5|0",
      "||実績|11|9|6|",
  });
  ASSERT_EQ(document.measures.size(), 1u);
  const Measure& policy = document.measures[0];
  EXPECT_EQ(policy.status, "拡充");
  const Texts expected = {{"現状と課題", "待機児童がいる。"}, {"令和2年度実績", "保育所を整備した。"}};
  EXPECT_EQ(policy.texts, expected);
  ASSERT_EQ(policy.indicators.size(), 1u);
  EXPECT_EQ(policy.indicators[0].unit, "人");
  EXPECT_EQ(policy.indicators[0].baseline->value, 12);
  EXPECT_EQ(Years(policy.indicators[0].actuals), (std::vector<std::optional<int>>{2018, 2019, 2020}));
}

TEST(ResultsReportsPlan, DatesAboveThePagesGiveAsOfAndPublished) {
  const ParsedDocument document = Parse({"令和元年度 成果説明書", "令和2年3月31日現在", "令和2年9月", "",
                                         "施策 1-1|安心して暮らせるまち", "所管|危機管理課"});
  EXPECT_EQ(document.plan.title, "令和元年度 成果説明書");
  EXPECT_EQ(document.plan.as_of, "2020-03-31");
  EXPECT_EQ(document.plan.published, "2020-09");
}

TEST(ResultsReportsPolicy, PageWithoutDepartmentRowOpensAtItsFirstSection) {
  const ParsedDocument document = Parse({"施策 3-2|環境を守ります", "", "◆現状と課題", "ごみが増えている。"});
  ASSERT_EQ(document.measures.size(), 1u);
  EXPECT_EQ(document.measures[0].title, "環境を守ります");
  EXPECT_TRUE(document.measures[0].departments.empty());
  EXPECT_EQ(document.measures[0].texts, (Texts{{"現状と課題", "ごみが増えている。"}}));
}

TEST(ResultsReportsPolicy, BaselineLabelWithAYearDatesTheBaseline) {
  const ParsedDocument document = Parse({
      "施策 1-2|健康づくりを進めます", "所管|健康課", "◆成果指標",
      "指標名|健診受診率||||単位|%",
      "目標値|現状値(H27年度)||平成29年度|平成30年度|令和元年度",
      "|15.6|計画|22.8|26.4|30.0",
      "||実績|13.0|15.6|",
  });
  const Indicator& indicator = document.measures.at(0).indicators.at(0);
  ASSERT_TRUE(indicator.baseline.has_value());
  EXPECT_EQ(indicator.baseline->fy, 2015);
  EXPECT_EQ(indicator.baseline->value, 15.6);
  EXPECT_EQ(Years(indicator.targets), (std::vector<std::optional<int>>{2017, 2018, 2019}));
}

TEST(ResultsReportsPolicy, ContentsListIsNotAPolicy) {
  const ParsedDocument document = Parse({"# 成果説明書", "", "【施策6-1】 協働によるまちづくりを推進します", "",
                                         "【施策6-2】 行政マネジメントを図ります", ""});
  EXPECT_EQ(document.plan.title, "成果説明書");
  EXPECT_TRUE(document.measures.empty());
}

// A 事務事業 page: header label rows with values below, then budget, indicators, status.
std::vector<std::string> ProjectPage(const std::vector<std::string>& budget_rows,
                                     const std::vector<std::string>& indicator_rows,
                                     const std::string& status_row = "令和元年度 実績||評価|維持|特記事項||") {
  std::vector<std::string> rows = {
      "政策 6 全ての主体が参加し、協働するまちづくり",
      " 施策 6-1 協働によるまちづくりを推進します",
      "",
      "事務事業名||新規・継続||施策内順位||",
      "表彰事業||継続||3||",
      "会計・款・項・目||所管課||市長公約事項||",
      "一般会計・2総務費・1総務管理費・4企画費||企画課||1:無||",
      "事業概要|<ul style=\"list-style-type: none\"> <li>・表彰の実施</li> <li>・広報</li> </ul>|||||",
  };
  rows.insert(rows.end(), budget_rows.begin(), budget_rows.end());
  rows.insert(rows.end(), indicator_rows.begin(), indicator_rows.end());
  rows.push_back(status_row);
  rows.push_back("表彰式を開催した。");
  rows.push_back("<p>目標の実現に向けた今後の取り組み</p> <p>推薦依頼を行う。</p>");
  return rows;
}

const std::vector<std::string> kCompleteBudget = {
    "投入指標|年度別事業費||平成29年度|平成30年度|令和元年度|",
    "|||416 千円|500 千円|1,471 千円|",
    "|特定財源|国・県支出金|0 千円|0 千円|1,000 千円|",
    "||地方債|0 千円|0 千円|0 千円|",
    "||その他|0 千円|0 千円|0 千円|",
    "一般財源||416 千円|500 千円|471 千円||",
};

const std::vector<std::string> kActivityTable = {
    "活動指標|指標名||単位|平成29年度|平成30年度|令和元年度",
    "|小諸市表彰式開催回数|計画|回|1|1|1",
    "||||実績|1|1",
};

TEST(ResultsReportsProject, ReadsHeaderFieldsAndDescription) {
  const ParsedDocument document = Parse(ProjectPage(kCompleteBudget, kActivityTable));
  ASSERT_EQ(document.measures.size(), 1u);
  const Measure& project = document.measures[0];
  EXPECT_EQ(project.kind, "project");
  EXPECT_EQ(project.ref, "");
  EXPECT_EQ(project.title, "表彰事業");
  EXPECT_EQ(project.path, (std::vector<std::string>{"全ての主体が参加し、協働するまちづくり",
                                                    "協働によるまちづくりを推進します"}));
  EXPECT_EQ(project.departments, std::vector<std::string>{"企画課"});
  EXPECT_EQ(project.status, "維持");
  EXPECT_EQ(project.description, "・表彰の実施 ・広報");
  const Texts expected = {{"令和元年度実績", "表彰式を開催した。"},
                          {"目標の実現に向けた今後の取り組み", "推薦依頼を行う。"}};
  EXPECT_EQ(project.texts, expected);
}

TEST(ResultsReportsProject, ReadsCompleteBudgetInYen) {
  const Measure project = Parse(ProjectPage(kCompleteBudget, kActivityTable)).measures.at(0);
  EXPECT_EQ(project.budgets.size(), 15u);
  EXPECT_EQ(Amount(project, 2017, "total"), 416000);
  EXPECT_EQ(Amount(project, 2019, "total"), 1471000);
  EXPECT_EQ(Amount(project, 2019, "national_prefectural"), 1000000);
  EXPECT_EQ(Amount(project, 2019, "general"), 471000);
  EXPECT_FALSE(Derived(project, 2019, "general"));
}

TEST(ResultsReportsProject, ShortActualRowTakesTheLatestYears) {
  const Indicator indicator = Parse(ProjectPage(kCompleteBudget, kActivityTable)).measures.at(0).indicators.at(0);
  EXPECT_EQ(indicator.kind, "activity");
  EXPECT_EQ(indicator.unit, "回");
  EXPECT_EQ(Years(indicator.targets), (std::vector<std::optional<int>>{2017, 2018, 2019}));
  EXPECT_EQ(Years(indicator.actuals), (std::vector<std::optional<int>>{2018, 2019}));
}

TEST(ResultsReportsProject, RowShiftedRightKeepsItsYears) {
  const Indicator indicator = Parse(ProjectPage(kCompleteBudget, {
      "活動指標|指標名||単位|平成29年度|平成30年度|令和元年度|",
      "|定期健康診断の受診率||%|計画|100|100|100",
      "||||実績|90|91|92",
  })).measures.at(0).indicators.at(0);
  EXPECT_EQ(indicator.unit, "%");
  EXPECT_EQ(Years(indicator.targets), (std::vector<std::optional<int>>{2017, 2018, 2019}));
  EXPECT_EQ(PrintedTexts(indicator.actuals), (std::vector<std::string>{"90", "91", "92"}));
  EXPECT_EQ(Years(indicator.actuals), (std::vector<std::optional<int>>{2017, 2018, 2019}));
}

TEST(ResultsReportsProject, StrayLabelsInValueCellsAreNotText) {
  const Measure project = Parse(ProjectPage(kCompleteBudget, {
      "活動指標|指標名||単位|平成29年度|平成30年度|令和元年度",
      "|予算編成会議の開催数||回|計画 7|実績 7|7",
      "|資料の作成数||件|計画 5|実績 5|5",
      "||||計画 5|実績 5|4",
  })).measures.at(0);
  ASSERT_EQ(project.indicators.size(), 2u);
  EXPECT_EQ(PrintedTexts(project.indicators[0].targets), (std::vector<std::string>{"7", "7", "7"}));
  EXPECT_TRUE(project.indicators[0].actuals.empty());
  EXPECT_EQ(PrintedTexts(project.indicators[1].actuals), (std::vector<std::string>{"5", "5", "4"}));
}

TEST(ResultsReportsProject, WordTargetsHaveNoValue) {
  const Measure project = Parse(ProjectPage(kCompleteBudget, {
      "活動指標|指標名||単位|平成29年度|平成30年度|令和元年度",
      "|伝票返却率|%|計画|前年度以下|前年度以下|前年度以下",
      "|||実績|6.3|5.8|5.7",
      "|委員会の開催|回|計画|随時|随時|随時",
      "|||実績|1|4|1",
  })).measures.at(0);
  ASSERT_EQ(project.indicators.size(), 2u);
  EXPECT_FALSE(project.indicators[0].targets[0].value.has_value());
  EXPECT_EQ(project.indicators[0].targets[0].comparator, "<=");
  EXPECT_EQ(project.indicators[0].targets[0].text, "前年度以下");
  EXPECT_FALSE(project.indicators[1].targets[0].value.has_value());
  EXPECT_EQ(project.indicators[1].targets[0].comparator, "");
}

TEST(ResultsReportsProject, UnnamedIndicatorKeepsAnEmptyNameAndEmptyBlocksAreSkipped) {
  const Measure project = Parse(ProjectPage(kCompleteBudget, {
      "活動指標|指標名||単位|平成29年度|平成30年度|令和元年度",
      "|交付率|計画|%|100|100|100",
      "||||実績|100|100",
      "||計画|回|4|4|3",
      "||||実績|5|5",
      "||計画|回|||",
      "||||実績||",
  })).measures.at(0);
  ASSERT_EQ(project.indicators.size(), 2u);
  EXPECT_EQ(project.indicators[1].name, "");
  EXPECT_EQ(project.indicators[1].unit, "回");
  EXPECT_EQ(PrintedTexts(project.indicators[1].targets), (std::vector<std::string>{"4", "4", "3"}));
}

TEST(ResultsReportsProject, RealignedActualRowStopsAtTheResultsYear) {
  const Indicator indicator = Parse(ProjectPage(kCompleteBudget, {
      "活動指標|指標名||単位|平成29年度|平成30年度|令和元年度|令和2年度",
      "|相談件数|件|計画|160|160|160|170",
      "実績|||||138|128",
  })).measures.at(0).indicators.at(0);
  EXPECT_EQ(Years(indicator.targets), (std::vector<std::optional<int>>{2017, 2018, 2019, 2020}));
  EXPECT_EQ(Years(indicator.actuals), (std::vector<std::optional<int>>{2018, 2019}));
}

TEST(ResultsReportsProject, ValuesBeyondTheYearColumnsAreLeftOutAndReported) {
  const ParsedDocument document = Parse(ProjectPage(kCompleteBudget, {
      "活動指標|指標名||単位|平成29年度|平成30年度|令和元年度",
      "|研修回数||回|計画|2|2|2|2",
      "||||実績|2|2|2",
  }));
  const Indicator& indicator = document.measures.at(0).indicators.at(0);
  EXPECT_EQ(Years(indicator.targets), (std::vector<std::optional<int>>{2017, 2018, 2019}));
  EXPECT_TRUE(HasDiagnostic(document, "unaligned_row"));
}

TEST(ResultsReportsProject, ShortActualRowTakesTheYearsOfItsTargetRow) {
  const Indicator indicator = Parse(ProjectPage(kCompleteBudget, {
      "活動指標|指標名|単位|平成29年度|平成30年度|令和元年度",
      "|リース車両の導入|台|計画|1|1",
      "実績|||0|0|",
  })).measures.at(0).indicators.at(0);
  EXPECT_EQ(Years(indicator.targets), (std::vector<std::optional<int>>{2018, 2019}));
  EXPECT_EQ(Years(indicator.actuals), (std::vector<std::optional<int>>{2018, 2019}));
}

struct StatusCase {
  std::string status_row;
  std::optional<std::string> status;
};

TEST(ResultsReportsProject, StatusCellReadings) {
  const std::vector<StatusCase> cases = {
      {"令和元年度 実績||評価|縮小|特記事項||", "縮小"},
      {"|令和元年度 実績||評価|維持 特記事項||", "維持"},  // merged cell
      {"|令和元年度 実績|評価|計画||", std::nullopt},     // a stray label in the status cell
      {"令和元年度 実績||評価|特記事項||", std::nullopt},  // empty status cell
  };
  for (const StatusCase& c : cases) {
    const Measure project = Parse(ProjectPage(kCompleteBudget, kActivityTable, c.status_row)).measures.at(0);
    EXPECT_EQ(project.status, c.status) << c.status_row;
  }
}

TEST(ResultsReportsBudget, BudgetOnlyBlocksAreProjects) {
  const ParsedDocument document = Parse({
      "事務事業名||||新規・継続|",
      "議員報酬等||||継続|",
      "会計・款・項・目||||所管課|",
      "一般会計・1議会費・1議会費・1議会費||||議会事務局|",
      "投入 指標|||平成29年度|平成30年度|令和元年度",
      "|年度別事業費||137,183 千円|136,493 千円|134,590 千円",
      "|特定 財源|国・県支出金|0 千円|0 千円|0 千円",
      "||地方債|0 千円|0 千円|0 千円",
      "||その他|0 千円|0 千円|0 千円",
      "一般財源||137,183 千円|136,493 千円|134,590 千円|",
      "||事務事業名||新規・継続|",
      "税務総務費給与費||会計・款・項・目||継続|",
      "一般会計・2総務費・2徴税費・1税務総務費||||所管課|",
      "||平成29年度|平成30年度|税務課|",
      "投入指標||||令和元年度|",
      "||年度別事業費|134,311 千円|127,090 千円|128,866 千円",
      "|特定財源|国・県支出金|67,418 千円|67,983 千円|69,161 千円",
      "||地方債|0 千円|0 千円|0 千円",
      "||その他|42 千円|0 千円|0 千円",
      "一般財源||66,851 千円|59,107 千円|59,705 千円|",
  });
  ASSERT_EQ(document.measures.size(), 2u);
  EXPECT_EQ(document.measures[0].title, "議員報酬等");
  EXPECT_EQ(document.measures[0].departments, std::vector<std::string>{"議会事務局"});
  EXPECT_FALSE(document.measures[0].status.has_value());
  EXPECT_FALSE(document.measures[0].description.has_value());
  EXPECT_EQ(document.measures[0].budgets.size(), 15u);
  EXPECT_EQ(document.measures[1].title, "税務総務費給与費");
  EXPECT_EQ(document.measures[1].departments, std::vector<std::string>{"税務課"});
  EXPECT_EQ(Amount(document.measures[1], 2019, "total"), 128866000);
  EXPECT_EQ(Amount(document.measures[1], 2017, "other"), 42000);
  EXPECT_TRUE(document.diagnostics.empty());
}

TEST(ResultsReportsDigits, FullWidthDigitsReadAsAscii) {
  const ParsedDocument document = Parse({
      "事務事業名||||新規・継続|",
      "予備費||||継続|",
      "会計・款・項・目||||所管課|",
      "一般会計||||財政課|",
      "投入指標|||平成２９年度|平成３０年度|令和元年度",
      "|年度別事業費||１，０００ 千円|０ 千円|０ 千円",
      "||国・県支出金|０ 千円|０ 千円|０ 千円",
      "||地方債|０ 千円|０ 千円|０ 千円",
      "||その他|０ 千円|０ 千円|０ 千円",
      "一般財源||１，０００ 千円|０ 千円|０ 千円|",
  });
  ASSERT_EQ(document.measures.size(), 1u);
  EXPECT_EQ(Amount(document.measures[0], 2017, "total"), 1000000);
  EXPECT_EQ(Amount(document.measures[0], 2017, "general"), 1000000);
}

}  // namespace
}  // namespace keikaku::layouts
