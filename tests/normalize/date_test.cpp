// Era dates and fiscal years as tables: ParseDate (whole cells), FindDate (inside prose) and
// FiscalYearOf (column headers). Rows with ASCII also run as their full-width twins.
#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "keikaku/normalize/date.h"
#include "normalize/full_width.h"

namespace keikaku::normalize {
namespace {

using testing::WithFullWidthTwins;

struct DateRow {
  std::string name;
  std::string input;
  Era default_era = Era::kNone;
  bool found = true;  // false: ParseDate gives nullopt
  DateKind kind = DateKind::kYear;
  std::optional<int> year;
  std::optional<int> fy;
  std::string start;  // FormatDatePoint(start)
  std::string end;    // FormatDatePoint(end)
  bool error = false;
  bool twin = true;
};

constexpr auto kYear = DateKind::kYear;
constexpr auto kFiscal = DateKind::kFiscalYear;
constexpr auto kMonth = DateKind::kMonth;
constexpr auto kDay = DateKind::kDate;
constexpr auto kFyEnd = DateKind::kFiscalYearEnd;
constexpr auto kRange = DateKind::kRange;

DateRow Row(std::string name, std::string input, DateKind kind, std::optional<int> year,
            std::optional<int> fy, std::string start, std::string end = "", Era era = Era::kNone) {
  DateRow row;
  row.name = std::move(name);
  row.input = std::move(input);
  row.default_era = era;
  row.kind = kind;
  row.year = year;
  row.fy = fy;
  row.start = std::move(start);
  row.end = std::move(end);
  return row;
}

DateRow WithEra(DateRow row, Era era) {
  row.default_era = era;
  return row;
}

DateRow Rejected(std::string name, std::string input, Era era = Era::kNone) {
  DateRow row = Row(std::move(name), std::move(input), kYear, std::nullopt, std::nullopt, "", "", era);
  row.error = true;
  return row;
}

DateRow NotADate(std::string name, std::string input, Era era = Era::kNone) {
  DateRow row = Rejected(std::move(name), std::move(input), era);
  row.found = false;
  return row;
}

std::vector<DateRow> ParseRows() {
  return WithFullWidthTwins(std::vector<DateRow>{
      // Eras, spelled every way.
      Row("HeiseiFiscalYear", "平成28年度", kFiscal, 2016, 2016, "2016"),
      Row("ReiwaFiscalYear", "令和2年度", kFiscal, 2020, 2020, "2020"),
      Row("ShowaYear", "昭和63年", kYear, 1988, std::nullopt, "1988"),
      Row("TaishoYear", "大正15年", kYear, 1926, std::nullopt, "1926"),
      Row("MeijiGannen", "明治元年", kYear, 1868, std::nullopt, "1868"),
      Row("LetterH", "H28", kYear, 2016, std::nullopt, "2016"),
      Row("LetterHFiscal", "H28年度", kFiscal, 2016, 2016, "2016"),
      Row("LetterR", "R3年度", kFiscal, 2021, 2021, "2021"),
      Row("LetterS", "S63年", kYear, 1988, std::nullopt, "1988"),
      Row("LetterT", "T5年", kYear, 1916, std::nullopt, "1916"),
      Row("LetterM", "M45年", kYear, 1912, std::nullopt, "1912"),
      Row("LowerCaseLetter", "h28年度", kFiscal, 2016, 2016, "2016"),
      Row("KanjiInitialHei", "平28年度", kFiscal, 2016, 2016, "2016"),
      Row("KanjiInitialRei", "令3年度", kFiscal, 2021, 2021, "2021"),
      Row("KanjiInitialSho", "昭50年", kYear, 1975, std::nullopt, "1975"),
      Row("SquareHeisei", "㍻30年", kYear, 2018, std::nullopt, "2018"),
      Row("SquareReiwa", "㋿2年度", kFiscal, 2020, 2020, "2020"),
      Row("SquareShowa", "㍼60年", kYear, 1985, std::nullopt, "1985"),
      Row("SquareTaisho", "㍽10年", kYear, 1921, std::nullopt, "1921"),
      Row("SquareMeiji", "㍾30年", kYear, 1897, std::nullopt, "1897"),
      Row("ReiwaGannen", "令和元年度", kFiscal, 2019, 2019, "2019"),
      Row("LetterGannen", "R元年度", kFiscal, 2019, 2019, "2019"),
      // Kanji-digit years.
      Row("KanjiYearWithTen", "平成二十八年", kYear, 2016, std::nullopt, "2016"),
      Row("KanjiYearPositional", "平成二八年", kYear, 2016, std::nullopt, "2016"),
      Row("KanjiYearZero", "平成三〇年", kYear, 2018, std::nullopt, "2018"),
      Row("KanjiMonthDay", "令和二年四月一日", kDay, 2020, 2020, "2020-04-01"),
      // Years past an era's end (plans written before 2019).
      Row("HeiseiPastEnd", "平成32年度", kFiscal, 2020, 2020, "2020"),
      Row("HeiseiPastEndYear", "平成34年", kYear, 2022, std::nullopt, "2022"),
      Row("ShowaLastDay", "昭和64年1月7日", kDay, 1989, 1988, "1989-01-07"),
      // Gregorian with the era in brackets, and the reverse.
      Row("EraThenGregorian", "令和2(2020)年度", kFiscal, 2020, 2020, "2020"),
      Row("GregorianThenEra", "2020(令和2)年度", kFiscal, 2020, 2020, "2020"),
      Row("FiscalYearThenGregorian", "平成30年度(2018年度)", kFiscal, 2018, 2018, "2018"),
      Row("GregorianFiscalThenEra", "2019年度(令和元年度)", kFiscal, 2019, 2019, "2019"),
      Rejected("BracketDisagrees", "令和2(2019)年度"),
      // Gregorian.
      Row("GregorianFiscalYear", "2020年度", kFiscal, 2020, 2020, "2020"),
      Row("GregorianYear", "2016年", kYear, 2016, std::nullopt, "2016"),
      Row("GregorianBare", "2020", kYear, 2020, std::nullopt, "2020"),
      Row("GregorianDate", "2020年4月1日", kDay, 2020, 2020, "2020-04-01"),
      Row("Iso", "2021-03-31", kDay, 2021, 2020, "2021-03-31"),
      Row("GregorianSlashed", "2018/04/01", kDay, 2018, 2018, "2018-04-01"),
      // Dotted and slashed.
      Row("DottedDate", "R3.3.31", kDay, 2021, 2020, "2021-03-31"),
      Row("DottedMonth", "H26.6", kMonth, 2014, 2014, "2014-06"),
      Row("DottedMonthJanuary", "H27.1", kMonth, 2015, 2014, "2015-01"),
      Row("DottedGannen", "R元.5.1", kDay, 2019, 2019, "2019-05-01"),
      Row("Slashed", "H30/04/01", kDay, 2018, 2018, "2018-04-01"),
      Row("SlashedMonth", "R2/3", kMonth, 2020, 2019, "2020-03"),
      // Months and days.
      Row("MonthApril", "令和2年4月", kMonth, 2020, 2020, "2020-04"),
      Row("MonthMarch", "令和3年3月", kMonth, 2021, 2020, "2021-03"),
      Row("DayWithWeekday", "令和2年4月1日(水)", kDay, 2020, 2020, "2020-04-01"),
      Row("DayWithLongWeekday", "令和2年4月1日(水曜日)", kDay, 2020, 2020, "2020-04-01"),
      Row("DayWithWeekdayWord", "令和2年4月1日 水曜日", kDay, 2020, 2020, "2020-04-01"),
      Row("Ganjitsu", "令和3年元日", kDay, 2021, 2020, "2021-01-01"),
      Row("Tsuitachi", "平成30年4月朔日", kDay, 2018, 2018, "2018-04-01"),
      Row("Misoka", "令和2年2月晦日", kDay, 2020, 2019, "2020-02-29"),
      Row("LastDay", "平成31年3月末日", kDay, 2019, 2018, "2019-03-31"),
      Row("MonthEnd", "令和3年3月末", kDay, 2021, 2020, "2021-03-31"),
      Row("AsOf", "令和2年3月31日現在", kDay, 2020, 2019, "2020-03-31"),
      Row("DottedMonthEnd", "H28.3末", kDay, 2016, 2015, "2016-03-31"),
      Row("OpenRangeIsItsStart", "令和2年度~", kFiscal, 2020, 2020, "2020"),
      Row("FromOnwards", "平成30年度以降", kFiscal, 2018, 2018, "2018"),
      Row("LeapDay", "令和2年2月29日", kDay, 2020, 2019, "2020-02-29"),
      // Fiscal-year ends.
      Row("FiscalYearEnd", "H26年度末", kFyEnd, 2014, 2014, "2014", "2015-03-31"),
      Row("EndInHeader", "H27末", kFyEnd, 2015, 2015, "2015", "2016-03-31"),
      Row("EndInHeaderReiwa", "R1末", kFyEnd, 2019, 2019, "2019", "2020-03-31"),
      Row("EndInBrackets", "(R3末)", kFyEnd, 2021, 2021, "2021", "2022-03-31"),
      Row("EraFiscalYearEnd", "令和6年度末", kFyEnd, 2024, 2024, "2024", "2025-03-31"),
      // Ranges.
      Row("DottedRangeCarriesEra", "H26.6~29.2", kRange, 2014, 2016, "2014-06", "2017-02"),
      Row("FiscalRange", "令和2年度~令和6年度", kRange, 2020, 2024, "2020", "2024"),
      Row("FiscalRangeSharedSuffix", "平成27~31年度", kRange, 2015, 2019, "2015", "2019"),
      Row("LetterRange", "R2~R6年度", kRange, 2020, 2024, "2020", "2024"),
      Row("WaveDashRange", "平成27〜31年度", kRange, 2015, 2019, "2015", "2019"),
      Row("KaraMadeRange", "平成30年度から平成34年度まで", kRange, 2018, 2022, "2018", "2022"),
      Row("GregorianRange", "2016年度~2020年度", kRange, 2016, 2020, "2016", "2020"),
      Row("CrossEraRange", "平成30年度~令和4年度", kRange, 2018, 2022, "2018", "2022"),
      Row("DateRange", "R2.4.1~R3.3.31", kRange, 2020, 2020, "2020-04-01", "2021-03-31"),
      Rejected("RangeBackwards", "R6~R2年度"),
      Row("TotalOverRange", "R5～8累計", kRange, 2023, std::nullopt, "2023", "2026"),
      Row("GregorianRangeMinusSign", "2020−2024年", kRange, 2020, std::nullopt, "2020", "2024"),
      Row("GregorianRangeHyphen", "2020-2024年度", kRange, 2020, 2024, "2020", "2024"),
      // Parts spaced apart.
      Row("SpaceBeforeMonth", "令和三年 4月1日", kDay, 2021, 2021, "2021-04-01"),
      Row("SpaceBetweenEveryPart", "平成 二十七年 八月 朔日", kDay, 2015, 2015, "2015-08-01"),
      Row("SpacedDigits", "令和 3 年 4 月 1 日", kDay, 2021, 2021, "2021-04-01"),
      Row("SpaceBeforeFiscalSuffix", "平成28 年度", kFiscal, 2016, 2016, "2016"),
      // 西暦 before a Gregorian year.
      Row("Seireki", "西暦2020年4月1日", kDay, 2020, 2020, "2020-04-01"),
      Row("SeirekiSpaced", "西暦 2020年度", kFiscal, 2020, 2020, "2020"),
      Row("SeirekiKanji", "西暦二〇二〇年", kYear, 2020, std::nullopt, "2020"),
      // Compatibility forms fold by NFKC before parsing.
      Row("CompatibilityIdeographEra", "\uF9A8和2年度", kFiscal, 2020, 2020, "2020"),
      Row("KangxiRadicalMonthDay", "令和2年4\u2F491\u2F47", kDay, 2020, 2020, "2020-04-01"),
      Row("KangxiRadicalTen", "平成\u2F17年", kYear, 1998, std::nullopt, "1998"),
      // Two-digit years after an apostrophe, in the document's century.
      Row("ApostropheYear", "'21", kYear, 2021, std::nullopt, "2021"),
      Row("QuotationMarkYear", "\u201821年度", kFiscal, 2021, 2021, "2021"),
      Row("RightQuotationMarkYear", "\u201919年4月", kMonth, 2019, 2019, "2019-04"),
      WithEra(Row("ApostropheYearInHeiseiDocument", "'98年", kYear, 1998, std::nullopt, "1998"), Era::kHeisei),
      WithEra(Row("ApostropheYearHeiseiPast2000", "'05年度", kFiscal, 2005, 2005, "2005"), Era::kHeisei),
      WithEra(Row("ApostropheYearReiwa", "'21年度", kFiscal, 2021, 2021, "2021"), Era::kReiwa),
      WithEra(Row("ApostropheYearShowa", "'85年", kYear, 1985, std::nullopt, "1985"), Era::kShowa),
      NotADate("ThreeDigitsAfterApostrophe", "'202"),
      NotADate("SeirekiWithoutYear", "西暦"),
      // Bare years take the caller's era.
      WithEra(Row("BareFiscalHeisei", "28年度", kFiscal, 2016, 2016, "2016"), Era::kHeisei),
      WithEra(Row("BareFiscalReiwa", "2年度", kFiscal, 2020, 2020, "2020"), Era::kReiwa),
      WithEra(Row("BareEnd", "27年度末", kFyEnd, 2015, 2015, "2015", "2016-03-31"), Era::kHeisei),
      WithEra(Row("BareYear", "30年", kYear, 2018, std::nullopt, "2018"), Era::kHeisei),
      WithEra(Row("OwnEraBeatsDefault", "R2年度", kFiscal, 2020, 2020, "2020"), Era::kHeisei),
      Rejected("BareWithoutEra", "28年度"),
      // Impossible dates.
      Rejected("ReiwaZero", "令和0年"),
      Rejected("February30", "令和2年2月30日"),
      Rejected("Month13", "平成12年13月3日"),
      Rejected("February29NotLeap", "令和3年2月29日"),
      Rejected("April31", "R3.4.31"),
      Rejected("DayZero", "令和2年4月0日"),
      // Not dates.
      NotADate("Empty", ""),
      NotADate("Word", "実施"),
      NotADate("Figure", "920"),
      NotADate("BareWithoutSuffix", "28", Era::kHeisei),
      NotADate("SentenceAround", "平成28年度から実施する"),
      NotADate("BigWord", "大きな"),
      NotADate("PeaceWord", "平和"),
      NotADate("Percent", "72.2%"),
  });
}

void PrintTo(const DateRow& row, std::ostream* out) { *out << row.name << " [" << row.input << "]"; }

class ParseDateTable : public ::testing::TestWithParam<DateRow> {};

TEST_P(ParseDateTable, ReadsCell) {
  const DateRow& row = GetParam();
  const std::optional<DateValue> value = ParseDate(row.input, row.default_era);
  ASSERT_EQ(value.has_value(), row.found);
  if (!row.found) return;
  if (row.error) {
    EXPECT_FALSE(value->error.empty());
    return;
  }
  EXPECT_EQ(value->error, "");
  EXPECT_EQ(value->kind, row.kind);
  EXPECT_EQ(value->year, row.year);
  EXPECT_EQ(value->fy, row.fy);
  EXPECT_EQ(FormatDatePoint(value->start), row.start);
  EXPECT_EQ(FormatDatePoint(value->end), row.end);
}

INSTANTIATE_TEST_SUITE_P(Cells, ParseDateTable, ::testing::ValuesIn(ParseRows()),
                         [](const auto& info) { return info.param.name; });

struct FiscalYearRow {
  std::string name;
  std::string input;
  Era default_era;
  std::optional<int> fy;
  bool twin = true;
};

std::vector<FiscalYearRow> FiscalYearRows() {
  return WithFullWidthTwins(std::vector<FiscalYearRow>{
      {"BareWithEra", "28年度", Era::kHeisei, 2016},
      {"BareWithoutEra", "28年度", Era::kNone, std::nullopt},
      {"Reiwa", "令和2年度", Era::kNone, 2020},
      {"Heisei", "平成29年度", Era::kNone, 2017},
      {"EndOfHeisei", "H27末", Era::kNone, 2015},
      {"EndOfReiwa", "R3末", Era::kNone, 2021},
      {"EndInBrackets", "(R3末)", Era::kNone, 2021},
      {"TargetLabel", "目標 (R3末)", Era::kNone, 2021},
      {"BaselineLabel", "当初 (H27末)", Era::kNone, 2015},
      {"Gregorian", "2020年度", Era::kNone, 2020},
      {"BareEraYear", "H28", Era::kNone, 2016},
      {"FiguresWithYear", "1億円(R2年度)", Era::kNone, 2020},
      {"BaselineBracket", "【H25年度:72.2%】", Era::kNone, 2013},
      {"TargetYearLabel", "目標値(令和6年度)", Era::kNone, 2024},
      {"Word", "実施", Era::kNone, std::nullopt},
      {"Range", "R2~R6年度", Era::kNone, std::nullopt},
      {"Impossible", "令和0年度", Era::kNone, std::nullopt},
      {"Sentence", "平成28年度から令和2年度までの計画期間において実施した事業の数", Era::kNone,
       std::nullopt},
  });
}

class FiscalYearOfTable : public ::testing::TestWithParam<FiscalYearRow> {};

TEST_P(FiscalYearOfTable, ReadsHeader) {
  const FiscalYearRow& row = GetParam();
  EXPECT_EQ(FiscalYearOf(row.input, row.default_era), row.fy);
}

INSTANTIATE_TEST_SUITE_P(Headers, FiscalYearOfTable, ::testing::ValuesIn(FiscalYearRows()),
                         [](const auto& info) { return info.param.name; });

struct FindRow {
  std::string name;
  std::string input;
  Era default_era;
  std::string match;  // the consumed span; "" when none is found
  std::string start;
  bool twin = true;
};

std::vector<FindRow> FindRows() {
  return WithFullWidthTwins(std::vector<FindRow>{
      {"YearInBrackets", "1億円(R2年度)", Era::kNone, "R2年度", "2020"},
      {"RangeAfterFigure", "2,938人 (H26.6~29.2)", Era::kNone, "H26.6~29.2", "2014-06"},
      {"BaselineBracket", "【H25年度:72.2%】", Era::kNone, "H25年度", "2013"},
      {"InSentence", "計画期間は平成30年度から", Era::kNone, "平成30年度", "2018"},
      {"BareNeedsEra", "28年度の実績", Era::kNone, "", ""},
      {"BareWithEra", "28年度の実績", Era::kHeisei, "28年度", "2016"},
      {"DurationIsNotYear", "5年間で実施", Era::kHeisei, "", ""},
      {"FigureIsNotYear", "2938人", Era::kNone, "", ""},
      {"LetterInsideWord", "KPI3件", Era::kNone, "", ""},
      // Printed lower-case, an era letter is a unit; full-width or upper-case it is an era.
      {"LowerCaseIsUnit", "水量119千m3/年", Era::kNone, "", "", false},
      {"LowerCaseUnitThenYear", "5m3 (R2年度)", Era::kNone, "R2年度", "2020", false},
      {"FullWidthLowerCaseIsEra", "(ｈ２８年度)", Era::kNone, "ｈ２８年度", "2016", false},
      {"NoDate", "市民満足度", Era::kNone, "", ""},
  });
}

class FindDateTable : public ::testing::TestWithParam<FindRow> {};

TEST_P(FindDateTable, FindsFirstDate) {
  const FindRow& row = GetParam();
  size_t begin = 0, end = 0;
  const std::optional<DateValue> value = FindDate(row.input, row.default_era, &begin, &end);
  ASSERT_EQ(value.has_value(), !row.match.empty());
  if (!value) return;
  // The span is in the caller's bytes, so a twin's match is the twin of the match.
  const bool is_twin = row.name.ends_with("_FullWidth");
  const std::string expected_match = is_twin ? testing::ToFullWidth(row.match) : row.match;
  EXPECT_EQ(FormatDatePoint(value->start), row.start);
  EXPECT_EQ(row.input.substr(begin, end - begin), expected_match);
}

INSTANTIATE_TEST_SUITE_P(Prose, FindDateTable, ::testing::ValuesIn(FindRows()),
                         [](const auto& info) { return info.param.name; });

TEST(FindDate, ReportsSpanInCallersBytes) {
  const std::string text = "1億円(R2年度)";
  size_t begin = 0, end = 0;
  ASSERT_TRUE(FindDate(text, Era::kNone, &begin, &end).has_value());
  EXPECT_EQ(text.substr(begin, end - begin), "R2年度");
}

TEST(FindDate, ReportsSpanOfFullWidthText) {
  const std::string text = "目標（Ｒ３末）";
  size_t begin = 0, end = 0;
  ASSERT_TRUE(FindDate(text, Era::kNone, &begin, &end).has_value());
  EXPECT_EQ(text.substr(begin, end - begin), "Ｒ３末");
}

struct EraRow {
  std::string name;
  std::string input;
  Era era;
  bool twin = true;
};

std::vector<EraRow> EraRows() {
  return WithFullWidthTwins(std::vector<EraRow>{
      {"LetterH", "H", Era::kHeisei},        {"LetterR", "R", Era::kReiwa},
      {"LetterS", "S", Era::kShowa},         {"LetterT", "T", Era::kTaisho},
      {"LetterM", "M", Era::kMeiji},         {"LowerR", "r", Era::kReiwa},
      {"KanjiHei", "平", Era::kHeisei},      {"KanjiRei", "令", Era::kReiwa},
      {"Heisei", "平成", Era::kHeisei},      {"Reiwa", "令和", Era::kReiwa},
      {"Showa", "昭和", Era::kShowa},        {"Taisho", "大正", Era::kTaisho},
      {"Meiji", "明治", Era::kMeiji},        {"SquareHeisei", "㍻", Era::kHeisei},
      {"SquareReiwa", "㋿", Era::kReiwa},    {"Unknown", "X", Era::kNone},
      {"Empty", "", Era::kNone},             {"Spaced", " H ", Era::kHeisei},
  });
}

class EraFromNameTable : public ::testing::TestWithParam<EraRow> {};

TEST_P(EraFromNameTable, ReadsName) { EXPECT_EQ(EraFromName(GetParam().input), GetParam().era); }

INSTANTIATE_TEST_SUITE_P(Names, EraFromNameTable, ::testing::ValuesIn(EraRows()),
                         [](const auto& info) { return info.param.name; });

struct YearEraRow {
  std::string name;
  int fiscal_year;
  Era era;
};

class EraOfYearTable : public ::testing::TestWithParam<YearEraRow> {};

TEST_P(EraOfYearTable, NamesEraOfBareYears) { EXPECT_EQ(EraOfYear(GetParam().fiscal_year), GetParam().era); }

INSTANTIATE_TEST_SUITE_P(Years, EraOfYearTable,
                         ::testing::ValuesIn(std::vector<YearEraRow>{
                             {"ReiwaGannen", 2019, Era::kReiwa},
                             {"LastHeisei", 2018, Era::kHeisei},
                             {"HeiseiGannen", 1989, Era::kHeisei},
                             {"Showa", 1988, Era::kShowa},
                             {"Taisho", 1920, Era::kTaisho},
                             {"Meiji", 1900, Era::kMeiji},
                             {"BeforeMeiji", 1850, Era::kNone},
                         }),
                         [](const auto& info) { return info.param.name; });

struct TextEraRow {
  std::string name;
  std::string input;
  Era era;
  bool twin = true;
};

class EraPrintedTable : public ::testing::TestWithParam<TextEraRow> {};

TEST_P(EraPrintedTable, ReadsEraBeforeYear) { EXPECT_EQ(EraPrinted(GetParam().input), GetParam().era); }

INSTANTIATE_TEST_SUITE_P(Dates, EraPrintedTable,
                         ::testing::ValuesIn(WithFullWidthTwins(std::vector<TextEraRow>{
                             {"Name", "平成28年度", Era::kHeisei},
                             {"Letter", "R3末", Era::kReiwa},
                             {"Spaced", "令和 2年度", Era::kReiwa},
                             {"Gannen", "令和元年度", Era::kReiwa},
                             {"Range", "令和2年度～令和6年度", Era::kReiwa},
                             {"Gregorian", "2020年度", Era::kNone},
                             {"Bare", "28年度", Era::kNone},
                         })),
                         [](const auto& info) { return info.param.name; });

class FirstEraInTable : public ::testing::TestWithParam<TextEraRow> {};

TEST_P(FirstEraInTable, FindsFirstEraDate) { EXPECT_EQ(FirstEraIn(GetParam().input), GetParam().era); }

INSTANTIATE_TEST_SUITE_P(Prose, FirstEraInTable,
                         ::testing::ValuesIn(WithFullWidthTwins(std::vector<TextEraRow>{
                             {"Bracketed", "【H25年度:72.2%】", Era::kHeisei},
                             {"AfterGregorian", "2020年度及び令和6年度", Era::kReiwa},
                             {"Sentence", "計画期間は平成30年度から", Era::kHeisei},
                             {"GregorianOnly", "2020年度", Era::kNone},
                             {"None", "市民満足度", Era::kNone},
                             {"UnitIsNoEra", "119千m3/年", Era::kNone, false},
                         })),
                         [](const auto& info) { return info.param.name; });

TEST(EraWithin, KeepsEraWhoseYearFits) {
  EXPECT_EQ(EraWithin("実施(29年度)", Era::kHeisei, 2016, 2022), Era::kHeisei);
}

TEST(EraWithin, RetriesOtherEraForBareYear) {
  EXPECT_EQ(EraWithin("実施(2年度)", Era::kHeisei, 2016, 2022), Era::kReiwa);
  EXPECT_EQ(EraWithin("実施(30年度)", Era::kReiwa, 2016, 2022), Era::kHeisei);
}

TEST(EraWithin, KeepsEraWhenNoneFits) {
  EXPECT_EQ(EraWithin("実施(80年度)", Era::kReiwa, 2016, 2022), Era::kReiwa);
  EXPECT_EQ(EraWithin("実施", Era::kReiwa, 2016, 2022), Era::kReiwa);
}

TEST(FormatDatePoint, WritesOnlyWhatIsKnown) {
  EXPECT_EQ(FormatDatePoint(DatePoint{2020, std::nullopt, std::nullopt}), "2020");
  EXPECT_EQ(FormatDatePoint(DatePoint{2020, 4, std::nullopt}), "2020-04");
  EXPECT_EQ(FormatDatePoint(DatePoint{2020, 4, 1}), "2020-04-01");
  EXPECT_EQ(FormatDatePoint(DatePoint{}), "");
}

TEST(ParseDate, ExplainsImpossibleDate) {
  const std::optional<DateValue> value = ParseDate("令和0年");
  ASSERT_TRUE(value.has_value());
  EXPECT_NE(value->error.find("令和0年"), std::string::npos);
}

}  // namespace
}  // namespace keikaku::normalize
