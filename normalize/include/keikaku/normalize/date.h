// Japanese era dates and fiscal years (年度 runs April to March).
#ifndef KEIKAKU_NORMALIZE_DATE_H_
#define KEIKAKU_NORMALIZE_DATE_H_

#include <optional>
#include <string>
#include <string_view>

namespace keikaku::normalize {

enum class Era { kNone, kMeiji, kTaisho, kShowa, kHeisei, kReiwa };

// Era from a letter or name: "H", "Ｈ", "平", "平成" -> kHeisei; kNone when unknown.
Era EraFromName(std::string_view name);

enum class DateKind { kYear, kFiscalYear, kMonth, kDate, kFiscalYearEnd, kRange };

// A point in time as printed. Fields that the text does not give are nullopt.
struct DatePoint {
  std::optional<int> year;   // Gregorian calendar year
  std::optional<int> month;  // 1..12
  std::optional<int> day;    // 1..31
};

struct DateValue {
  DateKind kind = DateKind::kYear;
  std::optional<int> year;       // Gregorian year printed (calendar year, or the 年度's start year)
  std::optional<int> fy;         // fiscal year: the Gregorian year in which the 年度 starts;
                                 // for a month or date, the fiscal year that contains it;
                                 // for a range, the fiscal year in which the range ends
  DatePoint start;               // the point itself, or a range's first end
  DatePoint end;                 // a range's second end; for kFiscalYearEnd the date 3/31
  std::string error;             // "" when valid; the reason when rejected ("令和0年 does not exist")
};

// Parses the date or fiscal-year expression that makes up `text` (any width): 平成28年度,
// H28, R3末, R元.5.1, 令和2（2020）年度, 2020（令和2）年度, H26年度末, H26.6~29.2,
// 平成27～31年度, bare "28年度" with `default_era`, parts spaced apart ("平成 二十七年 八月
// 朔日"), 西暦2020年, era names as compatibility forms (㋿2年, compatibility ideographs: parsed
// after NFKC), two-digit years after an apostrophe ('21, ‘21: the year of 19yy or 20yy nearest
// the first 30 years of `default_era`, else 20yy). Surrounding spaces and one pair of
// brackets are allowed, and a trailing 現在/時点/まで/から/以降/累計/合計/~ ("R5~8累計" is the
// range R5 to R8). "H27末" reads as the end of
// 年度 H27 (kFiscalYearEnd). Returns nullopt when `text` holds no date or more than one;
// a value with `error` set when it holds an impossible one (令和0年, 2月30日, a bracketed
// Gregorian year that disagrees, a range that ends before it starts) or a bare "28年度"
// with no `default_era`.
std::optional<DateValue> ParseDate(std::string_view text, Era default_era = Era::kNone);

// Finds the first date expression anywhere inside `text` ("1億円(R2年度)", "2,938人
// (H26.6~29.2)", "【H25年度：72.2%】") and returns it parsed; nullopt when none. Inside
// prose a bare year counts only with `default_era` and 年度 ("28年度", not "5年間"), and a
// Gregorian year only with 年/年度/./ ("2020年度", not "2938人").
// `consumed_begin`/`consumed_end`, when given, receive the byte span of the match in `text`.
std::optional<DateValue> FindDate(std::string_view text, Era default_era = Era::kNone,
                                  size_t* consumed_begin = nullptr, size_t* consumed_end = nullptr);

// Fiscal year of a column header or label that names one year: "28年度" (with
// `default_era`), "令和2年度", "H27末", "R3末", "2020年度", "H28", "目標 (R3末)" (a label with
// its year in brackets); for a month or date, the fiscal year containing it. nullopt for
// cells longer than 20 characters (sentences), ranges, impossible dates, and bare years
// without `default_era`.
std::optional<int> FiscalYearOf(std::string_view text, Era default_era = Era::kNone);

// The era a fiscal year's bare years ("2年度") are printed in: kReiwa from 2019 (令和元年度),
// kHeisei from 1989, kShowa from 1926, kTaisho from 1912, kMeiji from 1868, else kNone.
Era EraOfYear(int fiscal_year);

// The era a date expression is printed in: its era name or letter before the first digit
// ("平成28年度", "R3末", "令和2年度～令和6年度"); kNone for a Gregorian or bare year.
Era EraPrinted(std::string_view date_text);

// The era of the first era-dated expression FindDate finds in `text` ("【H25年度:72.2%】",
// "2020年度(令和2年度)" -> the era of the second); kNone when `text` prints none.
Era FirstEraIn(std::string_view text);

// The era to read `text`'s bare years with ("実施(2年度)") so that the fiscal year it prints
// lies in [first_fy, last_fy]: `era` when it does, else 平成, 令和 or 昭和 when one does (a
// plan spanning two eras prints bare years of both); `era` when none does or `text` prints
// no year.
Era EraWithin(std::string_view text, Era era, int first_fy, int last_fy);

// Writes a point as YYYY, YYYY-MM or YYYY-MM-DD ("" when it has no year).
std::string FormatDatePoint(const DatePoint& point);

}  // namespace keikaku::normalize

#endif  // KEIKAKU_NORMALIZE_DATE_H_
