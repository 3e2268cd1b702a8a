// A made-up city's 実施計画 in the same family but printed differently from the seed: no 目次,
// 平成 years, full-width digits, CRLF, 所管課 with 関係課 on its own row, a dated 現状値 label,
// every year row carrying one surplus cell, and two sheets under one section.
#include <gtest/gtest.h>

#include <string>

#include "implementation_sheets/implementation_sheets.h"
#include "support/gold_scoring.h"

namespace keikaku::layouts {
namespace {

constexpr char kOtherCity[] =
    "第２次○○町行財政改革 実施計画\r\n"
    "平成２９年度～平成３１年度\r\n"
    "平成２９年３月\r\n"
    "\r\n"
    "１ 効率的な行政運営\r\n"
    "（１） 事務の見直し\r\n"
    "① 窓口業務の委託\r\n"
    "所管課\t住民課\t\t\t\t\r\n"
    "関係課\t総務課・財政課\t\t\t\t\r\n"
    "現状・課題\t窓口の待ち時間が長い。\t\t\t\t\r\n"
    "取組内容\t窓口業務を民間に委託する。\t\t\t\t\r\n"
    "目標の状態\t待ち時間が短くなる。\t現状値(H28年度)\t平均待ち時間 ２５分\t\t\r\n"
    "\t\t目標の数値\t平均待ち時間 １０分\t\t\r\n"
    "年度\t平成２９年度\t平成３０年度\t平成３１年度\t\t\r\n"
    "進捗状況\t検討\t実施\t実施\t実施\t\r\n"
    "年度目標\t委託の検討\t委託の開始\t委託の継続\t委託の継続\t\r\n"
    "数値\t平均待ち時間 ２０分\t平均待ち時間 １５分\t\t\t\r\n"
    "\r\n"
    "１ 効率的な行政運営\r\n"
    "（１） 事務の見直し\r\n"
    "② 電子申請の拡大\r\n"
    "所管課\t情報課\t\t\t\t\r\n"
    "現状・課題\t電子申請が少ない。\t\t\t\t\r\n"
    "取組内容\t対象手続を増やす。\t\t\t\t\r\n"
    "年度\t平成２９年度\t平成３０年度\t平成３１年度\t\t\r\n"
    "進捗状況\t実施\t実施\t実施\t\t\r\n"
    "年度目標\t手続の拡大\t\t\t\t\r\n";

TEST(ImplementationSheetsOtherCity, ReadsAnotherCitysSheets) {
  const Grid grid = ReadTextGrid(kOtherCity);
  EXPECT_GE(ScoreOf(DetectImplementationSheets(grid)), 0.6);
  const ParsedDocument document = ParseImplementationSheets(grid);
  EXPECT_EQ(document.plan.title, "第2次○○町行財政改革 実施計画");
  EXPECT_EQ(document.plan.start_fy, 2017);
  EXPECT_EQ(document.plan.end_fy, 2019);
  EXPECT_EQ(document.plan.published, "2017-03");
  ASSERT_EQ(document.measures.size(), 2u);

  const Measure& first = document.measures[0];
  EXPECT_EQ(first.ref, "1-(1)-①");
  EXPECT_EQ(first.path, (std::vector<std::string>{"効率的な行政運営", "事務の見直し"}));
  EXPECT_EQ(first.departments, std::vector<std::string>{"住民課"});
  EXPECT_EQ(first.related_departments, (std::vector<std::string>{"総務課", "財政課"}));
  EXPECT_EQ(first.description, "窓口業務を民間に委託する。");
  ASSERT_EQ(first.indicators.size(), 3u);
  const Indicator& waiting = first.indicators[0];
  EXPECT_EQ(waiting.name, "平均待ち時間");
  EXPECT_EQ(waiting.unit, "分");
  ASSERT_TRUE(waiting.baseline.has_value());
  EXPECT_EQ(waiting.baseline->value, 25);
  EXPECT_EQ(waiting.baseline->fy, 2016);
  ASSERT_EQ(waiting.targets.size(), 3u);
  EXPECT_EQ(waiting.targets[1].fy, 2018);
  EXPECT_EQ(waiting.targets[1].value, 15);
  EXPECT_EQ(waiting.targets[2].fy, 2019);  // 目標の数値 fills the blank final year
  EXPECT_EQ(waiting.targets[2].value, 10);
  EXPECT_EQ(first.indicators[1].name, "進捗状況");
  EXPECT_EQ(first.indicators[1].targets.size(), 3u);  // the fourth cell is a copy

  const Measure& second = document.measures[1];
  EXPECT_EQ(second.ref, "1-(1)-②");
  ASSERT_EQ(second.indicators.size(), 2u);
  ASSERT_EQ(second.indicators[1].targets.size(), 3u);  // one 年度目標 spanning every year
  EXPECT_EQ(second.indicators[1].targets[2].text, "手続の拡大");
}

}  // namespace
}  // namespace keikaku::layouts

namespace keikaku::layouts {
namespace {

// Foreign layouts and broken text must parse to something (or nothing), never crash.
TEST(ImplementationSheetsRobustness, ForeignAndBrokenInputDoNotCrash) {
  for (const char* name : {"kazo-gyosei-keiei-plan-2016.txt", "honjo-sogo-keikaku-zenki-ch6.txt",
                           "komoro-seika-setsumeisho-2019.txt", "sakado-action-plan-shinko-kanri-2020.txt"}) {
    ParseImplementationSheets(ReadTextGrid(testing::ReadFileBytes(testing::CorpusPath(name))));
  }
  for (const char* text : {"", "\t\t\t", "① \n担当課\n", "担当課\t\xE2\x91\n年度\t令和2年度\n進捗状況\t",
                           "1 a\n(1) b\n① c\n担当課\tx\t関係課\n年次計画\t年度\t令和2年度\n数値\t(((1\t【2",
                           "目次\n1 a\n1 a\n① b\n担当課\t\xFF\xFE\t関係課\t\n現状の数値\n目標の数値 ▲\n"}) {
    ParseImplementationSheets(ReadTextGrid(text));
    ScoreOf(DetectImplementationSheets(ReadTextGrid(text)));
  }
}

}  // namespace
}  // namespace keikaku::layouts
