// Hand-written cases of each indicator quirk of action blocks: a few lines of input each.
#include <gtest/gtest.h>

#include <cstdio>
#include <string>

#include "action_blocks/action_blocks.h"

namespace keikaku::layouts {
namespace {

const std::string kPreamble = "テストプラン\n\n計画期間：平成28年度～平成32年度\n\n";
const std::string kHeader = "\t28年度\t29年度\t30年度\t31年度\t32年度";

std::string Describe(const Observation& observation) {
  std::string out = (observation.fy ? std::to_string(*observation.fy) : "?") + "=" + observation.text;
  if (observation.value) {
    char number[32];
    std::snprintf(number, sizeof number, "%g", *observation.value);
    out += std::string("(") + number + ")";
  }
  out += observation.comparator;
  if (!observation.unit.empty()) out += "[" + observation.unit + "]";
  return out;
}

// "name [unit] base <obs> | <obs> <obs> …"
std::string Describe(const Indicator& indicator) {
  std::string out = indicator.name + " [" + indicator.unit.value_or("null") + "] base " +
                    (indicator.baseline ? Describe(*indicator.baseline) : "null") + " |";
  for (const Observation& target : indicator.targets) out += " " + Describe(target);
  return out;
}

std::vector<std::string> DescribeBlock(const std::string& indicator_rows) {
  const std::string text = kPreamble + "取組項目-1\t取組\t\t\t\t\t\n取組内容\t説明\t\t\t\t\t\n" +
                           indicator_rows + "\n担当課\t職員課\t\t\t\t\t\n";
  const ParsedDocument parsed = ParseActionBlocks(ReadTextGrid(text));
  std::vector<std::string> out;
  if (parsed.measures.size() != 1) return {"measures: " + std::to_string(parsed.measures.size())};
  for (const Indicator& indicator : parsed.measures[0].indicators) out.push_back(Describe(indicator));
  return out;
}

struct IndicatorCase {
  const char* name;
  std::string rows;
  std::vector<std::string> expected;
};

class ActionBlockIndicators : public ::testing::TestWithParam<IndicatorCase> {};

TEST_P(ActionBlockIndicators, ReadsAsExpected) {
  EXPECT_EQ(DescribeBlock(GetParam().rows), GetParam().expected);
}

const IndicatorCase kCases[] = {
    {"ValuesUnderTheHeader",
     "目標値等\t満足度の割合 (%) 【H25年度：72.2%】" + kHeader + "\n\t\t—\t75\t—\t80\t—",
     {"満足度の割合 [%] base 2013=72.2%(72.2) | 2016=— 2017=75(75) 2018=— 2019=80(80) 2020=—"}},
    {"InlineYearValuesDropTheYearLabel",
     "目標値等\t参加人数（人） 【H26年度：902人】\t28年度 920\t29年度 940\t30年度 960\t31年度 980\t32年度 "
     "1,000",
     {"参加人数 [人] base 2014=902人(902) | 2016=920(920) 2017=940(940) 2018=960(960) 2019=980(980) "
      "2020=1,000(1000)"}},
    {"CellSpanningAllYearsRepeats",
     "目標値等\t委託する業務の数（件） 【H26 年度：2 件】\t28 年度\t29 年度\t30 年度\t31 年度\t32 "
     "年度\n\t\t1 以上\t\t\t\t",
     {"委託する業務の数 [件] base 2014=2 件(2) | 2016=1 以上(1)>= 2017=1 以上(1)>= 2018=1 以上(1)>= "
      "2019=1 以上(1)>= 2020=1 以上(1)>="}},
    {"TwoQuantitiesInOneCellGiveTwoIndicators",
     "目標値等\t試験受験率 (%) 【H26年度(主幹):38.2%】 【H26年度(主査):52.9%】" + kHeader +
         "\n\t\t主幹 50 主査 60\t\t\t\t",
     {"試験受験率 主幹 [%] base 2014=38.2%(38.2) | 2016=主幹 50(50) 2017=主幹 50(50) 2018=主幹 50(50) "
      "2019=主幹 50(50) 2020=主幹 50(50)",
      "試験受験率 主査 [%] base 2014=52.9%(52.9) | 2016=主査 60(60) 2017=主査 60(60) 2018=主査 60(60) "
      "2019=主査 60(60) 2020=主査 60(60)"}},
    {"WrappedLabelJoinsWithoutSpaceAndBracketWithoutFigureIsNoBaseline",
     "目標値等\t時間ルール（原則 60 分以内）" + kHeader +
         "\n\tを実践できた会議の割合（%） （会議を除く。） 【H27 年度から実施】\t100\t100\t100\t100\t100",
     {"時間ルール(原則 60 分以内)を実践できた会議の割合 (会議を除く。) [%] base null | 2016=100(100) "
      "2017=100(100) 2018=100(100) 2019=100(100) 2020=100(100)"}},
    {"QualifierBracketStaysInTheName",
     "目標値等\t手続きの整備(全21種)(種) 【H26 年度：8 種】" + kHeader + "\n\t\t8\t8\t9\t9\t10",
     {"手続きの整備(全21種) [種] base 2014=8 種(8) | 2016=8(8) 2017=8(8) 2018=9(9) 2019=9(9) 2020=10(10)"}},
    {"BracketInsideTheNounIsNoUnitAndWordsHaveNoValue",
     "目標値等\t開館日（時間）の拡充" + kHeader + "\n\t\t検討\t実施\t実施\t調査 研究\t見直し",
     {"開館日(時間)の拡充 [null] base null | 2016=検討 2017=実施 2018=実施 2019=調査 研究 2020=見直し"}},
    {"TriangleMarksANegative",
     "目標値等\t人件費削減額（百万円） 【H26年度：▲318百万円】" + kHeader +
         "\n\t\t▲554\t▲701\t▲750\t▲823\t▲896",
     {"人件費削減額 [百万円] base 2014=▲318百万円(-318) | 2016=▲554(-554) 2017=▲701(-701) 2018=▲750(-750) "
      "2019=▲823(-823) 2020=▲896(-896)"}},
    {"BaselineOnTheValueRowAndYearEnd",
     "目標値等\t繰上償還額（億円）" + kHeader + "\n\t【H26年度末：0.1億円】\t0.7\t0.1\t3.8\t0.4\t0.0",
     {"繰上償還額 [億円] base 2014=0.1億円(0.1) | 2016=0.7(0.7) 2017=0.1(0.1) 2018=3.8(3.8) 2019=0.4(0.4) "
      "2020=0.0(0)"}},
    {"ValueRowShiftedLeftIsRealigned",
     "目標値等\t受講率（%） 【H26年度：90.5%】" + kHeader + "\n\t90\t91\t92\t93\t94",
     {"受講率 [%] base 2014=90.5%(90.5) | 2016=90(90) 2017=91(91) 2018=92(92) 2019=93(93) 2020=94(94)"}},
    {"ValueRowShiftedRightIsRealigned",
     "目標値等\t受講率（%） 【H26年度：90.5%】" + kHeader + "\n\t\t\t—\t91\t—\t93\t—",
     {"受講率 [%] base 2014=90.5%(90.5) | 2016=— 2017=91(91) 2018=— 2019=93(93) 2020=—"}},
    {"SparseRowKeepsItsColumns",
     "目標値等\t整備数（件）" + kHeader + "\n\t\t\t\t\t\t5",
     {"整備数 [件] base null | 2020=5(5)"}},
    {"UnlabelledSecondIndicatorUnderItsOwnHeader",
     "目標値等\t撮影相談件数（件） 【H26年度：57件】" + kHeader +
         "\n\t\t60\t65\t70\t75\t80\n\t撮影件数（件） 【H26年度：10件】" + kHeader +
         "\n\t\t16\t19\t22\t25\t28",
     {"撮影相談件数 [件] base 2014=57件(57) | 2016=60(60) 2017=65(65) 2018=70(70) 2019=75(75) 2020=80(80)",
      "撮影件数 [件] base 2014=10件(10) | 2016=16(16) 2017=19(19) 2018=22(22) 2019=25(25) 2020=28(28)"}},
    {"BaselineUnitDifferentFromIndicatorUnitIsKept",
     "目標値等\t会議開催回数(回)" + kHeader + "\n\t【H26年度：22件】\t22\t22\t22\t22\t22",
     {"会議開催回数 [回] base 2014=22件(22)[件] | 2016=22(22) 2017=22(22) 2018=22(22) 2019=22(22) "
      "2020=22(22)"}},
    {"FullWidthDigitsReadAsAscii",
     "目標値等\t参加者数（人） "
     "【Ｈ２６年度：４１６人】\t２８年度\t２９年度\t３０年度\t３１年度\t３２年度\n\t\t４３０\t４４０\t４５０"
     "\t４６０\t４７０",
     {"参加者数 [人] base 2014=416人(416) | 2016=430(430) 2017=440(440) 2018=450(450) 2019=460(460) "
      "2020=470(470)"}},
    {"BaselineColumnBeforeTheYears",
     "目標値等\t満足度 (%)\t現状値(H26年度)" + kHeader + "\n\t\t72.2%\t75\t76\t77\t78\t80",
     {"満足度 [%] base 2014=72.2%(72.2) | 2016=75(75) 2017=76(76) 2018=77(77) 2019=78(78) 2020=80(80)"}},
    {"YearHeaderRowAboveTheIndicatorRows",
     "項目\t" + kHeader + "\n目標値等\t件数（件）\t1\t2\t3\t4\t5\n目標値等\t人数（人）\t6\t7\t8\t9\t10",
     {"件数 [件] base null | 2016=1(1) 2017=2(2) 2018=3(3) 2019=4(4) 2020=5(5)",
      "人数 [人] base null | 2016=6(6) 2017=7(7) 2018=8(8) 2019=9(9) 2020=10(10)"}},
    {"BracketAfterTheYearBelongsToTheHeader",
     "目標値等\t件数（件）\t令和2年度(2020年度)\t令和3年度(目標)\n\t\t4\t5",
     {"件数 [件] base null | 2020=4(4) 2021=5(5)"}},
};

INSTANTIATE_TEST_SUITE_P(Quirks, ActionBlockIndicators, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<IndicatorCase>& info) {
                           return std::string(info.param.name);
                         });

TEST(ActionBlockEra, BareYearsTakeThePlanPeriodsEra) {
  const std::string text =
      "改革プラン\n\n計画期間は令和3年度から令和7年度までの5年間とします。\n\n取組項目-1\t取組\n"
      "目標値等\t件数（件）\t3年度\t4年度\t5年度\t6年度\t7年度\n\t\t1\t2\t3\t4\t5\n担当課\t企画課\n";
  const ParsedDocument parsed = ParseActionBlocks(ReadTextGrid(text));
  ASSERT_EQ(parsed.measures.size(), 1u);
  EXPECT_EQ(parsed.plan.start_fy, 2021);
  EXPECT_EQ(parsed.plan.end_fy, 2025);
  ASSERT_EQ(parsed.measures[0].indicators.size(), 1u);
  EXPECT_EQ(Describe(parsed.measures[0].indicators[0]),
            "件数 [件] base null | 2021=1(1) 2022=2(2) 2023=3(3) 2024=4(4) 2025=5(5)");
}

TEST(ActionBlockEra, WithoutPeriodTheFirstEraDatedTextDecides) {
  const std::string text = "改革プラン\n\n取組項目-1\t取組\n目標値等\t率 (%) 【H25年度：72.2%】" + kHeader +
                           "\n\t\t1\t2\t3\t4\t5\n担当課\t職員課\n";
  const ParsedDocument parsed = ParseActionBlocks(ReadTextGrid(text));
  ASSERT_EQ(parsed.measures.size(), 1u);
  EXPECT_EQ(parsed.plan.start_fy, std::nullopt);
  EXPECT_EQ(Describe(parsed.measures[0].indicators.at(0)),
            "率 [%] base 2013=72.2%(72.2) | 2016=1(1) 2017=2(2) 2018=3(3) 2019=4(4) 2020=5(5)");
}

TEST(ActionBlockProvenance, TargetsAndBaselinesCarryTheirPlace) {
  const std::string text = kPreamble + "取組項目-1\t取組\n目標値等\t率 (%) 【H25年度：72.2%】" + kHeader +
                           "\n\t\t1\t2\t3\t4\t5\n担当課\t職員課\n";
  const ParsedDocument parsed = ParseActionBlocks(ReadTextGrid(text));
  ASSERT_EQ(parsed.measures.size(), 1u);
  const Indicator& indicator = parsed.measures[0].indicators.at(0);
  EXPECT_EQ(indicator.baseline->at, (SourcePlace{6, -1}));
  EXPECT_EQ(indicator.targets.at(2).at, (SourcePlace{7, 4}));
}

TEST(ActionBlockDiagnostics, BracketWithoutFigureIsReported) {
  const std::string text = kPreamble + "取組項目-1\t取組\n目標値等\t率 (%) 【H28年度から実施】" + kHeader +
                           "\n\t\t1\t2\t3\t4\t5\n担当課\t職員課\n";
  const ParsedDocument parsed = ParseActionBlocks(ReadTextGrid(text));
  ASSERT_EQ(parsed.diagnostics.size(), 1u);
  EXPECT_EQ(parsed.diagnostics[0].kind, "bracket_without_value");
  EXPECT_EQ(parsed.diagnostics[0].line, 6);
}

}  // namespace
}  // namespace keikaku::layouts
