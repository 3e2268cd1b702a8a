// ParseNumber as one table: each printed cell and what keikaku reads from it. Every row
// with ASCII also runs as its full-width twin ("１，３００人").
#include <gtest/gtest.h>

#include <cmath>
#include <optional>
#include <string>

#include "keikaku/normalize/number.h"
#include "normalize/full_width.h"

namespace keikaku::normalize {
namespace {

using testing::WithFullWidthTwins;

struct NumberRow {
  std::string name;
  std::string input;
  std::optional<double> value;
  std::string unit;
  Comparator comparator = Comparator::kNone;
  std::optional<double> scaled;
  std::string base_unit;
  bool dash = false;
  bool approximate = false;
  bool twin = true;
};

constexpr auto kNone = Comparator::kNone;
constexpr auto kAtLeast = Comparator::kAtLeast;
constexpr auto kAtMost = Comparator::kAtMost;
constexpr auto kLess = Comparator::kLessThan;
constexpr auto kMore = Comparator::kMoreThan;

// A figure whose scaled value and base unit equal value and unit.
NumberRow Plain(std::string name, std::string input, double value, std::string unit = "",
                Comparator comparator = kNone) {
  NumberRow row;
  row.name = std::move(name);
  row.input = std::move(input);
  row.value = value;
  row.unit = unit;
  row.comparator = comparator;
  row.scaled = value;
  row.base_unit = unit;
  return row;
}

NumberRow Scaled(std::string name, std::string input, double value, std::string unit, double scaled,
                 std::string base_unit) {
  NumberRow row = Plain(std::move(name), std::move(input), value, std::move(unit));
  row.scaled = scaled;
  row.base_unit = std::move(base_unit);
  return row;
}

NumberRow Word(std::string name, std::string input, Comparator comparator = kNone) {
  NumberRow row;
  row.name = std::move(name);
  row.input = std::move(input);
  row.comparator = comparator;
  return row;
}

NumberRow Dash(std::string name, std::string input) {
  NumberRow row = Word(name, input);
  row.dash = true;
  return row;
}

NumberRow About(std::string name, std::string input, double value, std::string unit) {
  NumberRow row = Plain(name, input, value, unit);
  row.approximate = true;
  return row;
}

// Markup written in full-width characters is text, not markup, so such rows have no twin.
NumberRow NoTwin(NumberRow row) {
  row.twin = false;
  return row;
}

std::vector<NumberRow> Rows() {
  return WithFullWidthTwins(std::vector<NumberRow>{
      // Plain figures and separators.
      Plain("Integer", "75", 75),
      Plain("ThousandsSeparator", "1,300", 1300),
      Plain("ThousandsSeparatorWithUnit", "1,300人", 1300, "人"),
      Plain("TwoSeparators", "1,234,567円", 1234567, "円"),
      Plain("Decimal", "3.57", 3.57),
      Plain("DecimalZero", "0.0%", 0, "%"),
      Plain("Percent", "16%", 16, "%"),
      Plain("Zero", "0", 0),
      Plain("CommaNotGrouping", "1,30", 1, ""),
      Plain("UnitWord", "72事業(累計215)", 72, "事業"),
      Plain("BracketSecondFigure", "15団体 (321人)", 15, "団体"),
      NoTwin(Plain("BreakNote", "0人<br>(移動均衡)", 0, "人")),
      Plain("SpaceNote", "0人 (移動均衡)", 0, "人"),
      Plain("RateQualifier", "50回/年", 50, "回"),
      Plain("PeriodAfter", "2,938人 (H26.6~29.2)", 2938, "人"),
      Plain("UnitKa", "12か所", 12, "か所"),
      Plain("UnitPoint", "4.5ポイント", 4.5, "ポイント"),
      Plain("UnitDays", "30日", 30, "日"),
      Plain("IncreaseIsNotUnit", "5%増", 5, "%"),
      Plain("AboutIsNotUnit", "20件程度", 20, "件"),
      NoTwin(Plain("HtmlBold", "<b>120</b>件", 120, "件")),
      // Signs.
      Plain("TriangleBlack", "▲554", -554),
      Plain("TriangleWhite", "△1.5", -1.5),
      Plain("TriangleSpace", "▲ 5", -5),
      Plain("TriangleWithUnit", "▲12人", -12, "人"),
      Plain("HyphenMinus", "-43人", -43, "人"),
      Plain("MinusSign", "−5", -5),
      Plain("MinusWord", "マイナス10000", -10000),
      Plain("MinusWordUnit", "マイナス3件", -3, "件"),
      Plain("TriangleDown", "▼2", -2),
      // Comparators.
      Plain("AtLeast", "30%以上", 30, "%", kAtLeast),
      Plain("WithinPercent", "90%以内", 90, "%", kAtMost),
      Plain("WithinDecimal", "6.1%以内", 6.1, "%", kAtMost),
      Plain("AtMostAfterSpace", "124 以下", 124, "", kAtMost),
      Plain("LessThan", "10件未満", 10, "件", kLess),
      Plain("MoreThan", "100人超", 100, "人", kMore),
      Plain("MoreThanVerb", "5件を超える", 5, "件", kMore),
      Plain("AtLeastNoUnit", "80以上", 80, "", kAtLeast),
      Plain("AtLeastPeople", "3,000人以上", 3000, "人", kAtLeast),
      Word("WordAtMost", "現状以下", kAtMost),
      Word("WordPreviousYearAtMost", "前年度以下", kAtMost),
      Word("WordAtLeast", "現状値以上", kAtLeast),
      // Approximate.
      About("About", "約3,000人", 3000, "人"),
      About("AboutDecimal", "約1.5倍", 1.5, "倍"),
      About("Roughly", "およそ20件", 20, "件"),
      // Multipliers.
      Scaled("Oku", "1億円", 1, "億円", 1e8, "円"),
      Scaled("OkuDecimal", "12.5億円", 12.5, "億円", 1.25e9, "円"),
      Scaled("Man", "3.5万人", 3.5, "万人", 35000, "人"),
      Scaled("Hyakuman", "▲318百万円", -318, "百万円", -3.18e8, "円"),
      Scaled("Sen", "△1,200千円", -1200, "千円", -1.2e6, "円"),
      Scaled("SenPlain", "416,000千円", 416000, "千円", 4.16e8, "円"),
      Scaled("ManYen", "250万円", 250, "万円", 2.5e6, "円"),
      Scaled("Cho", "2兆円", 2, "兆円", 2e12, "円"),
      Scaled("ManAlone", "5万", 5, "万", 5e4, ""),
      Plain("ManSenCompound", "1万2千人", 12000, "人"),
      Plain("OkuManCompound", "3億8千万円", 3.8e8, "円"),
      Plain("ManCompoundPlain", "12万3千円", 123000, "円"),
      // Kanji numerals.
      Plain("KanjiTwentyThree", "二十三", 23),
      Plain("KanjiPositional", "一〇〇", 100),
      Plain("KanjiCompound", "千二百万", 1.2e7),
      Plain("KanjiOkuTrailingDigit", "三億八", 300000008),
      Plain("KanjiManHundreds", "一万二百五十", 10250),
      Plain("Daiji", "壱百壱拾", 110),
      Plain("KanjiWithUnit", "二十三人", 23, "人"),
      Plain("KanjiTen", "十", 10),
      Plain("KanjiPositionalTwo", "二八", 28),
      Scaled("KanjiTrailingMan", "二十万人", 20, "万人", 2e5, "人"),
      // Arabic digits with kanji multipliers; powers above 兆.
      Plain("ArabicTimesTen", "7十", 70),
      Plain("ArabicTimesTenWithUnit", "7十人", 70, "人"),
      Scaled("ArabicHundredBeforeOku", "2百億円", 200, "億円", 2e10, "円"),
      Plain("OkuSpaceMan", "1,000億 5,432万", 100054320000),
      Plain("OkuSpaceManYen", "1,000億 5,432万円", 100054320000, "円"),
      Plain("ChoThenOkuYen", "3兆4,785億円", 3.4785e12, "円"),
      Scaled("KeiUnit", "5京円", 5, "京円", 5e16, "円"),
      Plain("GaiThenKei", "1垓2京", 1.0002e20),
      Scaled("KanjiKei", "三京", 3, "京", 3e16, ""),
      Scaled("SpaceThenBiggerPowerStops", "5万 3億", 5, "万", 5e4, ""),
      Word("KeiStartsAPlaceName", "東京都"),
      Word("KeiStartsAWord", "京都府"),
      // Archaic and formal numerals.
      Plain("Nijuu", "廿", 20),
      Plain("NijuuOne", "廿一", 21),
      Plain("NijuuVariant", "卄三", 23),
      Plain("Sanjuu", "卅", 30),
      Plain("SanjuuVariant", "丗五", 35),
      Plain("Yonjuu", "卌", 40),
      Plain("Nihyaku", "皕", 200),
      Plain("NihyakuFive", "皕五", 205),
      Scaled("NijuuMan", "廿万", 20, "万", 2e5, ""),
      Plain("DaijiOne", "壱", 1),
      Plain("DaijiTwo", "弐拾", 20),
      Plain("DaijiTwoVariant", "弍拾", 20),
      Plain("DaijiThree", "参", 3),
      Plain("DaijiFive", "伍", 5),
      Plain("DaijiSeven", "柒", 7),
      Plain("DaijiThousandHundred", "参仟伍佰", 3500),
      Plain("DaijiThousandHundredVariants", "阡陌", 1100),
      Plain("DaijiMan", "壱萬弐仟", 12000),
      // Ranges and totals of years are labels, kept for ParseDate.
      Word("TotalOverFiscalYears", "R5～8累計"),
      Word("GregorianYearRange", "2020−2024年"),
      Word("GregorianYearRangeHyphen", "2020-2024年"),
      Plain("FigureAfterYearRange", "R5～8累計 1,200件", 1200, "件"),
      Plain("FigureAfterYearRangeColon", "2020~2024年: 15件", 15, "件"),
      // Year labels are not quantities.
      Plain("YearLabelFirst", "28年度 920", 920),
      Plain("EraYearLabelFirst", "R2年度 5件", 5, "件"),
      Plain("YearLabelColon", "H30年度:12件", 12, "件"),
      Scaled("YearAfterFigure", "1億円(R2年度)", 1, "億円", 1e8, "円"),
      Word("YearThenWord", "令和2年度から実施"),
      Word("WordThenYear", "検討中(R3)"),
      Plain("ShortLabelFirst", "年間50回", 50, "回"),
      // Words and dashes.
      Word("WordImplement", "実施"),
      Word("WordStudy", "検討"),
      Word("WordReview", "見直し"),
      Word("WordPartly", "一部実施"),
      Word("WordEnough", "十分"),
      Word("WordContinue", "継続実施"),
      Word("WordWithFigureNote", "実施(年2回)"),
      Word("WordThenFigure", "検討 3件"),
      Plain("WordPrefixedLabel", "達成率 80%", 80, "%"),
      Word("Empty", ""),
      Word("Spaces", "   "),
      Dash("EmDash", "—"),
      Dash("HorizontalBar", "―"),
      Dash("HyphenAlone", "-"),
      Dash("LongVowel", "ー"),
      Dash("FullWidthHyphen", "－"),
      Dash("Hyphen", "‐"),
      Dash("EnDash", "–"),
      Dash("BoxLine", "─"),
      Dash("TwoBars", "――"),
      Dash("SpacedDash", " - "),
      // Absurd input never crashes and never gives inf.
      Word("FourHundredDigits", std::string(400, '9')),
      Plain("TwentyThreeNines", "99999999999999999999999", 1e23),
      Plain("ExponentIsNotRead", "1e400", 1, "e"),
      Word("OnlyMinusMark", "▲"),
      Word("LoneComma", ","),
  });
}

void PrintTo(const NumberRow& row, std::ostream* out) { *out << row.name << " [" << row.input << "]"; }

class ParseNumberTable : public ::testing::TestWithParam<NumberRow> {};

void ExpectNear(const std::optional<double>& actual, const std::optional<double>& expected,
                const char* what) {
  ASSERT_EQ(actual.has_value(), expected.has_value()) << what;
  if (expected) {
    EXPECT_NEAR(*actual, *expected, std::abs(*expected) * 1e-12) << what;
  }
}

TEST_P(ParseNumberTable, ReadsCell) {
  const NumberRow& row = GetParam();
  const Quantity quantity = ParseNumber(row.input);
  ExpectNear(quantity.value, row.value, "value");
  EXPECT_EQ(quantity.unit, row.unit);
  EXPECT_EQ(quantity.comparator, row.comparator);
  ExpectNear(quantity.scaled, row.scaled, "scaled");
  EXPECT_EQ(quantity.base_unit, row.base_unit);
  EXPECT_EQ(quantity.is_dash, row.dash);
  EXPECT_EQ(quantity.approximate, row.approximate);
}

INSTANTIATE_TEST_SUITE_P(Cells, ParseNumberTable, ::testing::ValuesIn(Rows()),
                         [](const auto& info) { return info.param.name; });

TEST(ParseNumber, KeepsWholeCellAsText) {
  EXPECT_EQ(ParseNumber("0人<br>(移動均衡)").text, "0人 (移動均衡)");
  EXPECT_EQ(ParseNumber("１，３００人").text, "1,300人");
  EXPECT_EQ(ParseNumber("▲５５４").text, "▲554");
}

TEST(ComparatorSymbol, SpellsEachComparator) {
  EXPECT_EQ(ComparatorSymbol(Comparator::kAtLeast), ">=");
  EXPECT_EQ(ComparatorSymbol(Comparator::kAtMost), "<=");
  EXPECT_EQ(ComparatorSymbol(Comparator::kLessThan), "<");
  EXPECT_EQ(ComparatorSymbol(Comparator::kMoreThan), ">");
  EXPECT_EQ(ComparatorSymbol(Comparator::kNone), "");
}

TEST(ParseNumber, SurvivesInvalidUtf8) {
  const Quantity quantity = ParseNumber(std::string("12\xff\xfe件", 7));
  ASSERT_TRUE(quantity.value.has_value());
  EXPECT_EQ(*quantity.value, 12);
}

}  // namespace
}  // namespace keikaku::normalize
