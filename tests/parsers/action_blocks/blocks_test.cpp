// Hand-written cases of block-level quirks: titles, ※再掲, departments, headings, glossary.
#include <gtest/gtest.h>

#include <string>

#include "action_blocks/action_blocks.h"

namespace keikaku::layouts {
namespace {

const std::string kPreamble = "テストプラン\n\n平成28年3月策定\n\n計画期間：平成28年度～平成32年度\n\n";

ParsedDocument Parse(const std::string& body) { return ParseActionBlocks(ReadTextGrid(kPreamble + body)); }

TEST(ActionBlockStart, RefAndTitleFromTheLabelRow) {
  const ParsedDocument parsed = Parse("取組項目-45\t\t資産の有効活用等\t\t\t\n担当課\t管理契約課\n");
  ASSERT_EQ(parsed.measures.size(), 1u);
  EXPECT_EQ(parsed.measures[0].ref, "45");
  EXPECT_EQ(parsed.measures[0].title, "資産の有効活用等");
  EXPECT_EQ(parsed.measures[0].kind, "action");
  EXPECT_EQ(parsed.measures[0].line, 7);
}

TEST(ActionBlockStart, FullWidthNumberInItsOwnCell) {
  const ParsedDocument parsed = Parse("取組項目\t１２\t窓口の改善\n担当課\t市民課\n");
  ASSERT_EQ(parsed.measures.size(), 1u);
  EXPECT_EQ(parsed.measures[0].ref, "12");
  EXPECT_EQ(parsed.measures[0].title, "窓口の改善");
}

TEST(ActionBlockStart, TitleInTheLabelCell) {
  const ParsedDocument parsed = Parse("【取組項目７】 窓口の改善\n担当課等\t市民課\n");
  ASSERT_EQ(parsed.measures.size(), 1u);
  EXPECT_EQ(parsed.measures[0].ref, "7");
  EXPECT_EQ(parsed.measures[0].title, "窓口の改善");
  EXPECT_EQ(parsed.measures[0].departments, std::vector<std::string>{"市民課"});
}

TEST(ActionBlockStart, LabelThatStartsAlikeIsNoBlock) {
  const ParsedDocument parsed = Parse("取組内容\t窓口を改善します。\n");
  EXPECT_TRUE(parsed.measures.empty());
}

TEST(ActionBlockStart, RepostMarkSetsRepostAndLeavesTheTitle) {
  const ParsedDocument parsed = Parse("取組項目-30\t職員提案制度の活用 ※再掲\t\t\t\n担当課\t業務改善課\n");
  ASSERT_EQ(parsed.measures.size(), 1u);
  EXPECT_TRUE(parsed.measures[0].repost);
  EXPECT_EQ(parsed.measures[0].title, "職員提案制度の活用");
}

TEST(ActionBlockStart, BracketedRepostMark) {
  const ParsedDocument parsed =
      Parse("取組項目-40\tワーク・ライフ・バランスの徹底（再掲）\n担当課\t職員課\n");
  ASSERT_EQ(parsed.measures.size(), 1u);
  EXPECT_TRUE(parsed.measures[0].repost);
  EXPECT_EQ(parsed.measures[0].title, "ワーク・ライフ・バランスの徹底");
}

TEST(ActionBlockRows, DepartmentsSplitOnCommaAndMiddleDot) {
  const ParsedDocument parsed =
      Parse("取組項目-1\t取組\n担当課\t商業観光課、高齢者福祉課・障がい者福祉課\t\t\n");
  ASSERT_EQ(parsed.measures.size(), 1u);
  EXPECT_EQ(parsed.measures[0].departments,
            (std::vector<std::string>{"商業観光課", "高齢者福祉課", "障がい者福祉課"}));
}

TEST(ActionBlockRows, DescriptionFromTheDescriptionLabel) {
  const ParsedDocument parsed =
      Parse("取組項目-1\t取組\n取 組 内 容\t接客研修を実施します。\t\t\n担当課\t職員課\n");
  ASSERT_EQ(parsed.measures.size(), 1u);
  EXPECT_EQ(parsed.measures[0].description, "接客研修を実施します。");
  EXPECT_TRUE(parsed.measures[0].texts.empty());
}

TEST(ActionBlockPath, HeadingsAboveTheBlockFormItsPath) {
  const ParsedDocument parsed = Parse(
      "第3章 取組項目\n\n《市役所力の向上》\n\n1 市民が利用しやすい市役所づくり\n\n（１） "
      "窓口サービスの向上\n\n"
      "市民の立場に立って窓口サービスの向上を図ります。\n\n①気持ちの良い窓口づくり\n\n取組項目-"
      "1\t接客力の向上\n担当課\t職員課\n\n"
      "②わかりやすい窓口づくり\n\n取組項目-2\t案内の充実\n担当課\t総務課\n\n2 "
      "組織体制づくり\n\n取組項目-3\t定員\n担当課\t職員課\n");
  ASSERT_EQ(parsed.measures.size(), 3u);
  EXPECT_EQ(parsed.measures[0].path,
            (std::vector<std::string>{"市役所力の向上", "市民が利用しやすい市役所づくり",
                                      "窓口サービスの向上", "気持ちの良い窓口づくり"}));
  EXPECT_EQ(parsed.measures[1].path.back(), "わかりやすい窓口づくり");
  EXPECT_EQ(parsed.measures[2].path, (std::vector<std::string>{"市役所力の向上", "組織体制づくり"}));
}

TEST(ActionBlockPath, NumberingInItsOwnCell) {
  const ParsedDocument parsed = Parse(
      "《協働力の向上》\n\n（２）\t市民と行政の協働\n\n①\tパートナーシップの構築\n\n取組項目-"
      "1\t連携\n担当課\t協働推進課\n");
  ASSERT_EQ(parsed.measures.size(), 1u);
  EXPECT_EQ(parsed.measures[0].path,
            (std::vector<std::string>{"協働力の向上", "市民と行政の協働", "パートナーシップの構築"}));
}

TEST(ActionBlockPath, ChapterHeadingClearsThePath) {
  const ParsedDocument parsed = Parse("1 背景\n\n第3章 取組\n\n取組項目-1\t取組\n担当課\t職員課\n");
  ASSERT_EQ(parsed.measures.size(), 1u);
  EXPECT_TRUE(parsed.measures[0].path.empty());
}

TEST(ActionBlockPlan, PublishedAndPeriodFromTheFrontMatter) {
  const ParsedDocument parsed = Parse("");
  EXPECT_EQ(parsed.plan.title, "テストプラン");
  EXPECT_EQ(parsed.plan.published, "2016-03");
  EXPECT_EQ(parsed.plan.start_fy, 2016);
  EXPECT_EQ(parsed.plan.end_fy, 2020);
}

TEST(ActionBlockGlossary, TermsSubTermsAndIndexRows) {
  const ParsedDocument parsed = Parse(
      "【用語解説】\n\n<ア行>\n\n■ 基金\n\n市の貯金のこと。\n\n* "
      "財政調整基金\n\n年度間の財源を調整する貯金のこと。\n\n"
      "<カ行>\n\n■ 繰上償還\n\n借入金を繰り上げて\n返済すること。\n");
  EXPECT_EQ(parsed.glossary,
            (std::vector<GlossaryEntry>{{"基金", "市の貯金のこと。"},
                                        {"財政調整基金", "年度間の財源を調整する貯金のこと。"},
                                        {"繰上償還", "借入金を繰り上げて返済すること。"}}));
}

TEST(ActionBlockGlossary, TableOfContentsLineIsNoGlossary) {
  const ParsedDocument parsed = Parse("【用語解説】\t55\n\n■ 基金\n\n市の貯金のこと。\n");
  EXPECT_TRUE(parsed.glossary.empty());
}

}  // namespace
}  // namespace keikaku::layouts
