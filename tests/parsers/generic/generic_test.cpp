// The generic reader on small hand-written documents and on every corpus document.
#include "generic/generic.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "keikaku/parsers/grid.h"
#include "support/gold_scoring.h"

namespace keikaku::layouts {
namespace {

ParsedDocument Parse(const std::string& text) { return ParseGeneric(ReadTextGrid(text)); }

std::vector<std::optional<int>> Years(const std::vector<Observation>& values) {
  std::vector<std::optional<int>> years;
  for (const Observation& value : values) years.push_back(value.fy);
  return years;
}

std::vector<std::optional<double>> Values(const std::vector<Observation>& values) {
  std::vector<std::optional<double>> numbers;
  for (const Observation& value : values) numbers.push_back(value.value);
  return numbers;
}

TEST(GenericReader, NumberedHeadingsBecomeMeasuresWithPathAndOwner) {
  const ParsedDocument parsed = Parse(
      "第2次行政改革プラン\n\n1 市民参加の推進\n\n(1) 情報提供の充実\n担当課\t企画課、広報課\n\n"
      "(2) 市民意見の反映\n担当課：市民協働課\n\n2 行財政運営\n");
  // "1 市民参加の推進" holds nothing but the two under it: an entry of their path, no measure.
  ASSERT_EQ(parsed.measures.size(), 3u);
  EXPECT_EQ(parsed.plan.title, "第2次行政改革プラン");
  const Measure& first = parsed.measures[0];
  EXPECT_EQ(first.ref, "(1)");
  EXPECT_EQ(first.title, "情報提供の充実");
  EXPECT_EQ(first.path, std::vector<std::string>{"市民参加の推進"});
  EXPECT_EQ(first.departments, (std::vector<std::string>{"企画課", "広報課"}));
  EXPECT_EQ(parsed.measures[1].departments, std::vector<std::string>{"市民協働課"});
  EXPECT_TRUE(parsed.measures[2].path.empty());
}

TEST(GenericReader, HeadingWithoutContentOrChildrenStaysAMeasure) {
  const ParsedDocument parsed = Parse("1 市民参加の推進\n\n2 行財政運営の見直し\n");
  ASSERT_EQ(parsed.measures.size(), 2u);
  EXPECT_EQ(parsed.measures[1].title, "行財政運営の見直し");
}

TEST(GenericReader, HeadingPrintedTwiceIsOneMeasureAtItsLastPrint) {
  // A table of contents, then the body: the empty entry of the contents is no second measure.
  const ParsedDocument parsed =
      Parse("目次\n\n1 市民参加の推進\n\n2 行財政運営の見直し\n\n1 市民参加の推進\n\n2 行財政運営の見直し\n");
  ASSERT_EQ(parsed.measures.size(), 2u);
  EXPECT_EQ(parsed.measures[0].line, 7);
  EXPECT_EQ(parsed.measures[1].line, 9);
}

TEST(GenericReader, TabSeparatedYearTableGivesOneIndicatorPerRow) {
  const ParsedDocument parsed = Parse(
      "1 窓口サービスの向上\n\n指標\t単位\t28年度\t29年度\t30年度\n"
      "窓口満足度\t%\t70\t75\t80\n証明書発行数\t件\t—\t1,200\t1,300\n\n平成28年3月策定\n");
  ASSERT_EQ(parsed.measures.size(), 1u);
  const std::vector<Indicator>& indicators = parsed.measures[0].indicators;
  ASSERT_EQ(indicators.size(), 2u);
  EXPECT_EQ(indicators[0].name, "窓口満足度");
  EXPECT_EQ(indicators[0].unit, "%");
  EXPECT_EQ(Years(indicators[0].targets), (std::vector<std::optional<int>>{2016, 2017, 2018}));
  EXPECT_EQ(Values(indicators[1].targets),
            (std::vector<std::optional<double>>{std::nullopt, 1200, 1300}));
  EXPECT_EQ(indicators[1].targets[2].at, (SourcePlace{5, 4}));
}

TEST(GenericReader, MarkdownYearTableWithReiwaColumns) {
  const ParsedDocument parsed = Parse(
      "## 1 電子申請の推進\n\n| 指標名 | 令和2年度 | 令和3年度 |\n|---|---|---|\n"
      "| 電子申請件数（件） | 120 | 150 |\n");
  ASSERT_EQ(parsed.measures.size(), 1u);
  ASSERT_EQ(parsed.measures[0].indicators.size(), 1u);
  const Indicator& indicator = parsed.measures[0].indicators[0];
  EXPECT_EQ(indicator.name, "電子申請件数");
  EXPECT_EQ(indicator.unit, "件");
  EXPECT_EQ(Years(indicator.targets), (std::vector<std::optional<int>>{2020, 2021}));
  EXPECT_EQ(Values(indicator.targets), (std::vector<std::optional<double>>{120, 150}));
}

TEST(GenericReader, SheetRowsWithPlanAndActualRows) {
  Grid grid;
  const std::vector<std::vector<std::string>> rows = {
      {"No.1", "公共施設の適正配置", "", ""},
      {"担当課", "資産経営課", "", ""},
      {"指標名", "区分", "R1年度", "R2年度"},
      {"施設数", "計画", "120", "118"},
      {"", "実績", "121", ""},
  };
  for (size_t i = 0; i < rows.size(); ++i) {
    grid.rows.push_back({static_cast<int>(i + 1), RowKind::kSheet, rows[i]});
  }
  const ParsedDocument parsed = ParseGeneric(grid);
  ASSERT_EQ(parsed.measures.size(), 1u);
  EXPECT_EQ(parsed.measures[0].ref, "1");
  EXPECT_EQ(parsed.measures[0].departments, std::vector<std::string>{"資産経営課"});
  ASSERT_EQ(parsed.measures[0].indicators.size(), 1u);
  const Indicator& indicator = parsed.measures[0].indicators[0];
  EXPECT_EQ(indicator.name, "施設数");
  EXPECT_EQ(Values(indicator.targets), (std::vector<std::optional<double>>{120, 118}));
  EXPECT_EQ(Years(indicator.actuals), (std::vector<std::optional<int>>{2019}));
}

TEST(GenericReader, ShiftedActualLabelIsRealignedWithADiagnostic) {
  const ParsedDocument parsed = Parse(
      "1 表彰事業\n活動指標\t指標名\t単位\t平成29年度\t平成30年度\n"
      "\t表彰式開催回数\t回\t1\t1\n\t\t\t実績\t1\t1\n");
  ASSERT_EQ(parsed.measures.size(), 1u);
  ASSERT_EQ(parsed.measures[0].indicators.size(), 1u);
  const Indicator& indicator = parsed.measures[0].indicators[0];
  EXPECT_EQ(indicator.unit, "回");
  EXPECT_EQ(Years(indicator.actuals), (std::vector<std::optional<int>>{2017, 2018}));
  ASSERT_FALSE(parsed.diagnostics.empty());
  EXPECT_EQ(parsed.diagnostics[0].kind, "realigned_row");
}

TEST(GenericReader, BaselineBracketInTheNameIsABaseline) {
  const ParsedDocument parsed = Parse(
      "取組項目-1\t職員の接客力の向上\n目標値等\t満足度の割合 (%) "
      "【H25年度：72.2%】\t28年度\t29年度\n"
      "\t\t75\t80\n");
  ASSERT_EQ(parsed.measures.size(), 1u);
  ASSERT_EQ(parsed.measures[0].indicators.size(), 1u);
  const Indicator& indicator = parsed.measures[0].indicators[0];
  EXPECT_EQ(indicator.name, "満足度の割合");
  EXPECT_EQ(indicator.unit, "%");
  ASSERT_TRUE(indicator.baseline.has_value());
  EXPECT_EQ(indicator.baseline->fy, 2013);
  EXPECT_EQ(indicator.baseline->value, 72.2);
  EXPECT_EQ(Values(indicator.targets), (std::vector<std::optional<double>>{75, 80}));
}

TEST(GenericReader, TableOfContentsRowsAreNoMeasures) {
  const ParsedDocument parsed = Parse("第1節 加須市を取り巻く状況\t1\n①情報提供手段の拡大\t12\n");
  EXPECT_TRUE(parsed.measures.empty());
}

TEST(GenericReaderScore, IsALowConstant) {
  EXPECT_LT(ScoreOf(DetectGeneric(ReadTextGrid("1 見出し\n"))), 0.3);
  EXPECT_GT(ScoreOf(DetectGeneric(Grid{})), 0.0);
}

struct CorpusCase {
  const char* name;
  bool has_year_tables;  // the 本庄 chapter prints no table with two year columns
};

TEST(GenericReaderCorpus, EveryDocumentYieldsMeasuresAndYearSeries) {
  const std::vector<CorpusCase> cases = {
      {"kazo-gyosei-keiei-plan-2016.txt", true},
      {"annaka-gyosei-kaikaku-jisshi-keikaku-2020.txt", true},
      {"honjo-sogo-keikaku-zenki-ch6.txt", false},
      {"komoro-seika-setsumeisho-2019.txt", true},
      {"sakado-action-plan-shinko-kanri-2020.txt", true},
  };
  for (const CorpusCase& c : cases) {
    const ParsedDocument parsed = ParseGeneric(
        ReadTextGrid(keikaku::testing::ReadFileBytes(keikaku::testing::CorpusPath(c.name))));
    size_t dated = 0;
    for (const Measure& measure : parsed.measures) {
      for (const Indicator& indicator : measure.indicators) {
        for (const Observation& value : indicator.targets) dated += value.fy.has_value();
        for (const Observation& value : indicator.actuals) dated += value.fy.has_value();
      }
    }
    EXPECT_GT(parsed.measures.size(), 0u) << c.name;
    if (c.has_year_tables) {
      EXPECT_GT(dated, 0u) << c.name;
    }
  }
}

}  // namespace
}  // namespace keikaku::layouts

namespace keikaku::layouts {
namespace {

// KEIKAKU_GENERIC_DUMP=1 prints what the generic reader finds in each corpus document.
TEST(GenericReaderCorpus, DumpOnRequest) {
  if (!std::getenv("KEIKAKU_GENERIC_DUMP")) GTEST_SKIP();
  for (const char* name :
       {"kazo-gyosei-keiei-plan-2016.txt", "annaka-gyosei-kaikaku-jisshi-keikaku-2020.txt",
        "honjo-sogo-keikaku-zenki-ch6.txt", "komoro-seika-setsumeisho-2019.txt",
        "sakado-action-plan-shinko-kanri-2020.txt"}) {
    const ParsedDocument parsed = ParseGeneric(
        ReadTextGrid(keikaku::testing::ReadFileBytes(keikaku::testing::CorpusPath(name))));
    const keikaku::testing::GoldScores scores = keikaku::testing::ScoreAgainstGold(parsed, name);
    for (const auto& [kind, f1] : scores.f1)
      std::cout << "   gold f1 " << kind << " = " << f1 << "\n";
    std::cout << "== " << name << " title=" << parsed.plan.title << " kind=" << parsed.plan.kind
              << " measures=" << parsed.measures.size()
              << " diagnostics=" << parsed.diagnostics.size() << "\n";
    for (const Measure& measure : parsed.measures) {
      std::cout << "  [" << measure.ref << "] " << measure.title << " {";
      for (const std::string& department : measure.departments) std::cout << department << ",";
      std::cout << "}\n";
      for (const Indicator& indicator : measure.indicators) {
        std::cout << "     * " << indicator.name << " (" << indicator.unit.value_or("") << ")";
        for (const Observation& value : indicator.targets) {
          std::cout << " T" << value.fy.value_or(0) << "=" << value.text;
        }
        for (const Observation& value : indicator.actuals) {
          std::cout << " A" << value.fy.value_or(0) << "=" << value.text;
        }
        std::cout << "\n";
      }
    }
  }
}

}  // namespace
}  // namespace keikaku::layouts

namespace keikaku::layouts {
namespace {

TEST(GenericReader, OddInputNeverThrows) {
  const std::vector<std::string> inputs = {
      "", "\n\n", "1\n", "指標\t28年度\t29年度\n", "指標\t28年度\t29年度\n\t\t\t\t\t実績\n",
      "No.\t取組項目\n1\n", "担当課\n担当課：\n", "1 \t\n(1)\t\n\xff\xfe\t令和2年度\t令和3年度\n\xff\t1\t2\n"};
  for (const std::string& input : inputs) {
    EXPECT_NO_THROW(ParseGeneric(ReadTextGrid(input))) << input;
  }
}

}  // namespace
}  // namespace keikaku::layouts
