// Hand-written cases of each quirk of comprehensive-plan chapters, and layout detection.
#include "plan_chapters/plan_chapters.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "keikaku/parsers/grid.h"
#include "support/gold_scoring.h"

namespace keikaku::layouts {
namespace {

ParsedDocument Parse(const std::string& text) { return ParsePlanChapters(ReadTextGrid(text)); }

// A chapter with one policy block whose body is `body`.
std::string Chapter(const std::string& body) {
  return "## 第6章 行財政経営分野\n\n第3部 前期基本計画\n\n施策大項目  \n**1**\n\n"
         "# 市政情報の提供の充実と 市政に対する市民参加の推進\n\n" +
         body;
}

const Indicator* FindIndicator(const Measure& measure, const std::string& name) {
  for (const Indicator& indicator : measure.indicators) {
    if (indicator.name == name) return &indicator;
  }
  return nullptr;
}

TEST(PlanChapters, PolicyBlockGivesChapterRefTitleAndPath) {
  const ParsedDocument parsed =
      Parse(Chapter("めざす姿\n\n- 開かれた行政です。\n- 信頼されています。\n"));
  ASSERT_EQ(parsed.measures.size(), 1u);
  const Measure& policy = parsed.measures[0];
  EXPECT_EQ(policy.ref, "6-1");
  EXPECT_EQ(policy.kind, "policy");
  EXPECT_EQ(policy.title, "市政情報の提供の充実と市政に対する市民参加の推進");
  EXPECT_EQ(policy.path, std::vector<std::string>{"行財政経営分野"});
  EXPECT_EQ(policy.description, "開かれた行政です。 信頼されています。");
  EXPECT_EQ(parsed.plan.title, "前期基本計画");
}

struct BlockNumberCase {
  std::string lines;  // what follows the 施策大項目 label
  std::string ref;
  std::string title;
};

TEST(PlanChapters, BlockNumberInEveryPrintedForm) {
  const std::vector<BlockNumberCase> cases = {
      {"  \n**3**\n\n# 早稲田大学との連携\n", "6-3", "早稲田大学との連携"},
      {"\n\n# 4\n\n## 電子自治体の推進\n", "6-4", "電子自治体の推進"},
      {"\n\n5\n\n## 財政運営の確立\n", "6-5", "財政運営の確立"},
      {" ２\n\n# 行政経営の推進\n", "6-2", "行政経営の推進"},
  };
  for (const BlockNumberCase& c : cases) {
    const ParsedDocument parsed = Parse("## 第6章 行財政経営分野\n\n施策大項目" + c.lines);
    ASSERT_EQ(parsed.measures.size(), 1u) << c.lines;
    EXPECT_EQ(parsed.measures[0].ref, c.ref) << c.lines;
    EXPECT_EQ(parsed.measures[0].title, c.title) << c.lines;
  }
}

TEST(PlanChapters, IndicatorTableCellsKeepComparatorSignAndBracketText) {
  const ParsedDocument parsed = Parse(Chapter(
      "## 成果指標と目標値\n\n| 成果指標 | 現状値 | 目標値 |\n|---|---|---|\n"
      "| <b>経常収支比率*</b><br>[財政運営の弾力性を示す指標] | 87.6% | 90%以内 |\n"
      "| <b>20歳代の転入超過人口</b><br>[転入人口－転出人口] | -43人 | 0人<br>(移動均衡) |\n"
      "| 職員提案制度 <sup>※</sup> 件数（年間） | 4件 | 10件 |\n"));
  ASSERT_EQ(parsed.measures.size(), 1u);
  const Measure& policy = parsed.measures[0];
  ASSERT_EQ(policy.indicators.size(), 3u);
  const Indicator* ratio = FindIndicator(policy, "経常収支比率");
  ASSERT_NE(ratio, nullptr);
  EXPECT_EQ(ratio->unit, "%");
  ASSERT_EQ(ratio->targets.size(), 1u);
  EXPECT_EQ(ratio->targets[0].value, 90);
  EXPECT_EQ(ratio->targets[0].comparator, "<=");
  EXPECT_EQ(ratio->targets[0].at, (SourcePlace{14, 2}));
  const Indicator* people = FindIndicator(policy, "20歳代の転入超過人口");
  ASSERT_NE(people, nullptr);
  EXPECT_EQ(people->baseline->value, -43);
  EXPECT_EQ(people->targets[0].text, "0人 (移動均衡)");
  EXPECT_EQ(people->targets[0].value, 0);
  EXPECT_NE(FindIndicator(policy, "職員提案制度件数(年間)"), nullptr);
}

TEST(PlanChapters, TabSeparatedTableWithYearHeadersGivesFiscalYears) {
  const ParsedDocument parsed =
      Parse(Chapter("成果指標と目標値\n成果指標\t現状値（平成29年度）\t目標値（令和4年度）\n"
                    "電子申請システム利用手続数\t１６手続\t５０手続\n"));
  ASSERT_EQ(parsed.measures.size(), 1u);
  ASSERT_EQ(parsed.measures[0].indicators.size(), 1u);
  const Indicator& indicator = parsed.measures[0].indicators[0];
  EXPECT_EQ(indicator.unit, "手続");
  EXPECT_EQ(indicator.baseline->fy, 2017);
  EXPECT_EQ(indicator.baseline->value, 16);
  ASSERT_EQ(indicator.targets.size(), 1u);
  EXPECT_EQ(indicator.targets[0].fy, 2022);
  EXPECT_EQ(indicator.targets[0].at, (SourcePlace{12, 2}));
}

TEST(PlanChapters, SatisfactionLineIsABaselineOnlyIndicator) {
  const ParsedDocument parsed =
      Parse(Chapter("## 現況と課題\n\n### 【施策に係る市民満足度：「市民参加の推進」26.2%】\n\n- "
                    "課題があります。\n"));
  ASSERT_EQ(parsed.measures.size(), 1u);
  const Measure& policy = parsed.measures[0];
  ASSERT_EQ(policy.indicators.size(), 1u);
  const Indicator& satisfaction = policy.indicators[0];
  EXPECT_EQ(satisfaction.name, "施策に係る市民満足度");
  EXPECT_EQ(satisfaction.unit, "%");
  ASSERT_TRUE(satisfaction.baseline.has_value());
  EXPECT_EQ(satisfaction.baseline->value, 26.2);
  EXPECT_EQ(satisfaction.baseline->text, "26.2%");
  EXPECT_EQ(satisfaction.baseline->at.cell, -1);
  EXPECT_TRUE(satisfaction.targets.empty());
  EXPECT_EQ(policy.texts, (Texts{{"現況と課題", "課題があります。"}}));
}

TEST(PlanChapters, SystemListAndItemHeadingsBecomeActions) {
  const ParsedDocument parsed = Parse(
      Chapter("## めざす姿の実現に向けた施策体系\n\n### 6-1 "
              "市政情報の提供の充実と市政に対する市民参加の推進\n\n"
              "- 1 広報広聴活動の充実\n- 2 市民参加の促進\n\n#### 施策中項目 | 施策の取組内容\n\n"
              "#### 1 広報広聴活動の充実\n\n- 情報発信を行います。\n- 意見を聴取します。\n\n"
              "## 2 市民参加の促進\n\n- 舵取り<sup>かじ</sup>を市民と共に行います。\n"));
  ASSERT_EQ(parsed.measures.size(), 3u);
  const Measure& second = parsed.measures[2];
  EXPECT_EQ(parsed.measures[1].ref, "6-1-1");
  EXPECT_EQ(parsed.measures[1].description, "情報発信を行います。 意見を聴取します。");
  EXPECT_EQ(second.ref, "6-1-2");
  EXPECT_EQ(second.kind, "action");
  EXPECT_EQ(second.title, "市民参加の促進");
  EXPECT_EQ(second.description, "舵取りを市民と共に行います。");
  EXPECT_EQ(second.path,
            (std::vector<std::string>{"行財政経営分野",
                                      "市政情報の提供の充実と市政に対する市民参加の推進"}));
}

TEST(PlanChapters, BulletListJoinsAcrossBlankLinesAndWrappedLines) {
  const ParsedDocument parsed =
      Parse(Chapter("### 協働による取組\n\n- 広報紙に親しみを  \n持っていただきます。\n\n- "
                    "写真を公募します。\n\n\n"
                    "市政情報閲覧室\n"));
  ASSERT_EQ(parsed.measures.size(), 1u);
  EXPECT_EQ(parsed.measures[0].texts,
            (Texts{{"協働による取組", "広報紙に親しみを持っていただきます。 写真を公募します。"}}));
}

TEST(PlanChapters, GlossaryMarksAreRemovedFromText) {
  const ParsedDocument parsed = Parse(
      Chapter("めざす姿\n\n- ICT\\*の利活用とパブリックコメント<sup>\\*</sup>を進めます。\n"));
  ASSERT_EQ(parsed.measures.size(), 1u);
  EXPECT_EQ(parsed.measures[0].description, "ICTの利活用とパブリックコメントを進めます。");
}

TEST(PlanChapters, SideTablesAndChartSectionsAreNotExtracted) {
  const ParsedDocument parsed = Parse(Chapter(
      "## 市政情報の提供の現状\n\n- グラフの説明\n\n### 関連計画\n\n| 計画名 | 計画期間 | 概要 |\n"
      "|---|---|---|\n| 行政改革大綱 | 平成30年度～ | 大綱 |\n"));
  ASSERT_EQ(parsed.measures.size(), 1u);
  EXPECT_TRUE(parsed.measures[0].texts.empty());
  EXPECT_TRUE(parsed.measures[0].indicators.empty());
}

TEST(PlanChaptersScore, ClaimsItsSeed) {
  const std::string text = keikaku::testing::ReadFileBytes(
      keikaku::testing::CorpusPath("honjo-sogo-keikaku-zenki-ch6.txt"));
  EXPECT_GE(ScoreOf(DetectPlanChapters(ReadTextGrid(text))), 0.6);
}

TEST(PlanChaptersScore, LeavesOtherFamiliesAlone) {
  for (const char* name :
       {"kazo-gyosei-keiei-plan-2016.txt", "annaka-gyosei-kaikaku-jisshi-keikaku-2020.txt",
        "komoro-seika-setsumeisho-2019.txt", "sakado-action-plan-shinko-kanri-2020.txt"}) {
    const std::string text = keikaku::testing::ReadFileBytes(keikaku::testing::CorpusPath(name));
    EXPECT_LT(ScoreOf(DetectPlanChapters(ReadTextGrid(text))), 0.3) << name;
  }
}

}  // namespace
}  // namespace keikaku::layouts

namespace keikaku::layouts {
namespace {

TEST(PlanChapters, OddInputNeverThrows) {
  const std::vector<std::string> inputs = {
      "", "\n\n", "施策大項目", "施策大項目\n\n", "| 成果指標 | 現状値 | 目標値 |\n| a |\n",
      "施策大項目\n1\n# t\n| 成果指標 | 現状値 |\n| | |\n| x |\n【満足度：】\n【施策に係る市民満足度：「」】",
      "## めざす姿の実現に向けた施策体系\n### 6-1\n- 1\n#### 1\n\xff\xfe\n"};
  for (const std::string& input : inputs) {
    EXPECT_NO_THROW(ParsePlanChapters(ReadTextGrid(input))) << input;
  }
}

}  // namespace
}  // namespace keikaku::layouts
