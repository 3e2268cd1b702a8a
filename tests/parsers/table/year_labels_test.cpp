// SplitYearLabel: every header and value-cell form the layout families print, as rows.
#include "table/year_labels.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>

namespace keikaku::layouts {
namespace {

using normalize::Era;

struct YearLabelRow {
  std::string name;
  std::string text;  // normalised, as the families pass it
  Era era;
  std::string label;
  std::optional<int> fy;
  std::string year;
  std::string rest;
  SplitAs as = SplitAs::kHeader;
};

class SplitYearLabelTable : public ::testing::TestWithParam<YearLabelRow> {};

TEST_P(SplitYearLabelTable, Splits) {
  const YearLabelRow& row = GetParam();
  const YearLabel split = SplitYearLabel(row.text, row.era, row.as);
  EXPECT_EQ(split.label, row.label) << row.text;
  EXPECT_EQ(split.fy, row.fy) << row.text;
  EXPECT_EQ(split.year, row.year) << row.text;
  EXPECT_EQ(split.rest, row.rest) << row.text;
}

INSTANTIATE_TEST_SUITE_P(
    Cells, SplitYearLabelTable,
    ::testing::Values(
        // A label with its year in a closing bracket (progress grids, plan chapters, generic).
        YearLabelRow{"BracketedLetterYear", "目標値(R7)", Era::kNone, "目標値", 2025, "R7", ""},
        YearLabelRow{"BracketedYearEnd", "当初 (H27末)", Era::kNone, "当初", 2015, "H27末", ""},
        YearLabelRow{"BracketedFiscalYear", "目標値(R4年度)", Era::kNone, "目標値", 2022, "R4年度", ""},
        YearLabelRow{"LenticularBracket", "現状値【H30年度】", Era::kNone, "現状値", 2018, "H30年度", ""},
        YearLabelRow{"BracketedBareYear", "基準値(30年度)", Era::kHeisei, "基準値", 2018, "30年度", ""},
        YearLabelRow{"BracketedGregorian", "基準値 (2022年度)", Era::kNone, "基準値", 2022, "2022年度", ""},
        // A year before its label (progress grids, results reports).
        YearLabelRow{"LetterYearThenLabel", "R2実績", Era::kNone, "実績", 2020, "R2", ""},
        YearLabelRow{"GannenThenLabel", "令和元年度 実績", Era::kNone, "実績", 2019, "令和元年度", ""},
        YearLabelRow{"YearEndThenLabel", "令和元年度末 現状値", Era::kNone, "現状値", 2019, "令和元年度末", ""},
        YearLabelRow{"YearThenBracketedLabel", "32年度(目標)", Era::kHeisei, "", 2020, "32年度", ""},
        // A year label before its value (action blocks).
        YearLabelRow{"BareYearThenValue", "28年度 920", Era::kHeisei, "", 2016, "28年度", "920"},
        YearLabelRow{"SpacedYearThenValue", "28 年度 920", Era::kHeisei, "", 2016, "28 年度", "920"},
        YearLabelRow{"YearThenDash", "令和2年度 —", Era::kNone, "", 2020, "令和2年度", "—"},
        YearLabelRow{"YearEndAlone", "H27末", Era::kNone, "", 2015, "H27末", ""},
        YearLabelRow{"BareYearWithoutEra", "28年度 920", Era::kNone, "", std::nullopt, "28年度", "920"},
        YearLabelRow{"ValueYearThenWord", "R2年度 実施", Era::kNone, "", 2020, "R2年度", "実施", SplitAs::kValue},
        YearLabelRow{"ValueYearThenFigure", "28 年度 920", Era::kHeisei, "", 2016, "28 年度", "920", SplitAs::kValue},
        YearLabelRow{"ValueYearQualified", "令和2年度(2020年度)", Era::kNone, "", 2020, "令和2年度", "", SplitAs::kValue},
        YearLabelRow{"ValueYearMustLead", "計 28年度 920", Era::kHeisei, "", std::nullopt, "", "", SplitAs::kValue},
        YearLabelRow{"ValueFigureIsNoYear", "100 件", Era::kNone, "", std::nullopt, "", "", SplitAs::kValue},
        // A year anywhere in the cell (generic).
        YearLabelRow{"BareYearAlone", "28年度", Era::kHeisei, "", 2016, "28年度", ""},
        YearLabelRow{"LabelThenYear", "実績 R3年度", Era::kNone, "実績", 2021, "R3年度", ""},
        YearLabelRow{"GregorianAndEra", "2020年度(令和2年度)", Era::kNone, "2020年度", 2020, "令和2年度", ""},
        // A label before its value, no year (results reports).
        YearLabelRow{"LabelThenFigure", "実績 7", Era::kNone, "実績", std::nullopt, "", "7"},
        YearLabelRow{"PlanThenFigure", "計画 686", Era::kNone, "計画", std::nullopt, "", "686"},
        // No year at all.
        YearLabelRow{"LabelAlone", "目標値", Era::kNone, "目標値", std::nullopt, "", ""},
        YearLabelRow{"LabelWithNote", "目標値(参考)", Era::kNone, "目標値", std::nullopt, "", ""},
        YearLabelRow{"FigureAlone", "686", Era::kNone, "686", std::nullopt, "", ""},
        YearLabelRow{"GregorianFigure", "2020", Era::kNone, "2020", std::nullopt, "", ""},
        YearLabelRow{"UnitIsNoEra", "119千m3", Era::kNone, "119千m3", std::nullopt, "", ""}),
    [](const auto& info) { return info.param.name; });

}  // namespace
}  // namespace keikaku::layouts
