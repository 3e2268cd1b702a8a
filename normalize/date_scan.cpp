// Reads one date point ("平成28年度", "R元.5.1", "2020(令和2)年度", "H27末") and ranges of two
// ("H26.6~29.2", "平成27~31年度"). Points are read first as printed (RawPoint) and only
// then checked and converted to Gregorian (date_value.cpp), so each error has one place.
#include "date_scan.h"

#include "date_internal.h"
#include "lexicons.h"
#include "numeral.h"
#include "utf8.h"

namespace keikaku::normalize::internal {
namespace {

constexpr std::string_view kGannen = "元";
constexpr std::string_view kSeireki = "西暦";

// Where the text goes on after spaces: parts of a date may be spaced ("令和三年 4月 1日").
size_t AfterSpaces(std::string_view text, size_t pos) {
  while (pos < text.size() && text[pos] == ' ') ++pos;
  return pos;
}

bool IsDigitAt(std::string_view text, size_t pos) {
  return pos < text.size() && text[pos] >= '0' && text[pos] <= '9';
}

bool IsAsciiAlnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Era spelled at `pos`; one-letter and one-kanji forms only right before a year.
std::optional<Era> ReadEra(std::string_view text, size_t& pos) {
  for (const EraSpelling& spelling : EraSpellings()) {
    if (!StartsWithAt(text, pos, spelling.spelling)) continue;
    const size_t after = pos + spelling.spelling.size();
    if (spelling.needs_number) {
      const bool is_letter = spelling.spelling.size() == 1;
      if (is_letter && pos > 0 && IsAsciiAlnum(text[pos - 1])) continue;
      if (!IsDigitAt(text, after) && !StartsWithAt(text, after, kGannen) &&
          (is_letter || !NumeralStartsAt(text, after))) {
        continue;
      }
    }
    pos = after;
    return spelling.era;
  }
  return std::nullopt;
}

// Up to four ASCII digits, or (when `allow_kanji`) a kanji numeral such as 二十八.
std::optional<int> ReadSmallNumber(std::string_view text, size_t& pos, bool allow_kanji, int* digits = nullptr) {
  size_t i = pos;
  int value = 0;
  while (IsDigitAt(text, i) && i - pos < 5) value = value * 10 + (text[i++] - '0');
  if (i > pos) {
    if (i - pos > 4 || IsDigitAt(text, i)) return std::nullopt;
    if (digits != nullptr) *digits = static_cast<int>(i - pos);
    pos = i;
    return value;
  }
  if (!allow_kanji || !NumeralStartsAt(text, pos)) return std::nullopt;
  const std::optional<Numeral> numeral = ReadNumeral(text, pos, false);
  if (!numeral || !numeral->value || *numeral->value > 9999 || *numeral->value < 0) return std::nullopt;
  if (digits != nullptr) *digits = 0;
  pos = numeral->end;
  return static_cast<int>(*numeral->value);
}

// The Gregorian year of "'21": the one of 19yy and 20yy nearest the default era's first 30
// years (the document's century), or 20yy without a default era.
int YearOfTwoDigits(int two_digits, Era default_era) {
  if (default_era == Era::kNone) return 2000 + two_digits;
  const int era_start = GregorianYear(default_era, 1);
  const auto distance = [&](int year) {
    return year < era_start ? era_start - year : (year > era_start + 30 ? year - era_start - 30 : 0);
  };
  return distance(1900 + two_digits) < distance(2000 + two_digits) ? 1900 + two_digits : 2000 + two_digits;
}

// "'21" (apostrophe or quotation mark folded to '): a two-digit Gregorian year.
bool ReadApostropheYear(std::string_view text, size_t& pos, const ScanContext& context, RawPoint& point) {
  if (!StartsWithAt(text, pos, "'") || !IsDigitAt(text, pos + 1) || !IsDigitAt(text, pos + 2) ||
      IsDigitAt(text, pos + 3)) {
    return false;
  }
  point.gregorian = true;
  point.number = YearOfTwoDigits((text[pos + 1] - '0') * 10 + (text[pos + 2] - '0'), context.default_era);
  pos += 3;
  return true;
}

// The year of a point: era (own, carried or default) and number, or 西暦 and a Gregorian year.
bool ReadYear(std::string_view text, size_t& pos, const ScanContext& context, RawPoint& point) {
  size_t i = pos;
  if (ReadApostropheYear(text, i, context, point)) {
    pos = i;
    return true;
  }
  const bool seireki = StartsWithAt(text, i, kSeireki);
  if (seireki) {
    i = AfterSpaces(text, i + kSeireki.size());
  } else if (const std::optional<Era> era = ReadEra(text, i)) {
    point.era = *era;
    point.era_printed = true;
    i = AfterSpaces(text, i);
  }
  int digits = 0;
  if (point.era_printed && StartsWithAt(text, i, kGannen)) {
    point.number = 1;
    i += kGannen.size();
  } else if (const std::optional<int> number = ReadSmallNumber(text, i, point.era_printed || seireki, &digits)) {
    point.number = *number;
  } else {
    return false;
  }
  if (seireki) {
    point.gregorian = true;
  } else if (!point.era_printed) {
    if (digits == 4) {
      point.gregorian = true;
    } else if (context.carried_era != Era::kNone) {
      point.era = context.carried_era;
    } else {
      point.era = context.default_era;
      point.bare = true;
    }
  }
  pos = i;
  return true;
}

// "(2020)" after an era year or "(令和2)" after a Gregorian one, optionally with 年/年度.
void ReadEquivalentYear(std::string_view text, size_t& pos, RawPoint& point) {
  size_t i = pos;
  if (!StartsWithAt(text, i, "(")) return;
  ++i;
  RawPoint inner;
  if (!ReadYear(text, i, ScanContext{}, inner)) return;
  if (inner.gregorian == point.gregorian || (!inner.gregorian && !inner.era_printed)) return;
  if (StartsWithAt(text, i, "年度")) i += std::string_view("年度").size();
  else if (StartsWithAt(text, i, "年")) i += std::string_view("年").size();
  if (!StartsWithAt(text, i, ")")) return;
  point.equivalent = EquivalentYear{inner.era, inner.gregorian, inner.number};
  pos = i + 1;
}

bool ReadDayWord(std::string_view text, size_t& pos, RawPoint& point, bool month_printed) {
  for (const DayWord& word : DayWords()) {
    if (!StartsWithAt(text, pos, word.word)) continue;
    if ((word.month == 0) != month_printed) continue;
    if (word.month != 0) point.month = word.month;
    if (word.day == 0) point.last_day = true;
    else point.day = word.day;
    pos += word.word.size();
    return true;
  }
  return false;
}

// After 年: month 月, then day 日 or a day word (元日, 朔日, 晦日, 末日); parts may be spaced.
void ReadMonthDay(std::string_view text, size_t& pos, RawPoint& point) {
  size_t i = AfterSpaces(text, pos);
  if (ReadDayWord(text, i, point, false)) {
    pos = i;
    return;
  }
  const std::optional<int> month = ReadSmallNumber(text, i, true);
  i = AfterSpaces(text, i);
  if (!month || !StartsWithAt(text, i, "月")) return;
  point.month = *month;
  pos = i + std::string_view("月").size();
  i = AfterSpaces(text, pos);
  if (ReadDayWord(text, i, point, true)) {
    pos = i;
    return;
  }
  if (StartsWithAt(text, i, "末")) {
    point.last_day = true;
    pos = i + std::string_view("末").size();
    return;
  }
  const std::optional<int> day = ReadSmallNumber(text, i, true);
  i = AfterSpaces(text, i);
  if (!day || !StartsWithAt(text, i, "日")) return;
  point.day = *day;
  pos = i + std::string_view("日").size();
}

// "H26.6", "R3.3.31", "H30/04/01", "2020-04-01": separator-joined month and day.
void ReadSeparatedMonthDay(std::string_view text, size_t& pos, RawPoint& point) {
  if (pos + 1 >= text.size()) return;
  const char separator = text[pos];
  if (separator != '.' && separator != '/' && !(separator == '-' && point.gregorian)) return;
  size_t i = pos + 1;
  int digits = 0;
  const std::optional<int> month = ReadSmallNumber(text, i, false, &digits);
  if (!month || digits > 2) return;
  point.month = *month;
  pos = i;
  if (StartsWithAt(text, i, "末")) {  // "H28.3末": the month's last day
    point.last_day = true;
    pos = i + std::string_view("末").size();
  } else if (i + 1 < text.size() && text[i] == separator) {
    size_t j = i + 1;
    const std::optional<int> day = ReadSmallNumber(text, j, false, &digits);
    if (day && digits <= 2) {
      point.day = *day;
      pos = j;
    }
  }
  point.suffix = Suffix::kSeparated;
}

void ReadSuffix(std::string_view text, size_t& pos, RawPoint& point) {
  const size_t word = AfterSpaces(text, pos);  // "令和 3 年", "2020 年度"
  if (StartsWithAt(text, word, "年度末")) {
    point.suffix = Suffix::kFiscalYearEnd;
    pos = word + std::string_view("年度末").size();
  } else if (StartsWithAt(text, word, "年度")) {
    point.suffix = Suffix::kFiscalYear;
    pos = word + std::string_view("年度").size();
  } else if (StartsWithAt(text, word, "年")) {
    point.suffix = Suffix::kYear;
    pos = word + std::string_view("年").size();
    ReadMonthDay(text, pos, point);
  } else if (StartsWithAt(text, pos, "末")) {
    point.suffix = Suffix::kFiscalYearEnd;  // "H27末" in a column header: end of 年度 H27
    pos += std::string_view("末").size();
  } else {
    ReadSeparatedMonthDay(text, pos, point);
  }
}

// "(月)", "(月曜日)", "月曜日" after a date.
void SkipWeekday(std::string_view text, size_t& pos) {
  size_t i = pos;
  while (i < text.size() && text[i] == ' ') ++i;
  const bool bracketed = StartsWithAt(text, i, "(");
  if (bracketed) ++i;
  bool found = false;
  for (std::string_view day : Weekdays()) {
    if (StartsWithAt(text, i, day)) {
      i += day.size();
      found = true;
      break;
    }
  }
  if (!found) return;
  if (StartsWithAt(text, i, "曜日")) i += std::string_view("曜日").size();
  else if (StartsWithAt(text, i, "曜")) i += std::string_view("曜").size();
  else if (!bracketed) return;
  if (bracketed) {
    if (!StartsWithAt(text, i, ")")) return;
    ++i;
  }
  pos = i;
}

}  // namespace

std::optional<RawPoint> ReadPoint(std::string_view text, size_t pos, const ScanContext& context) {
  RawPoint point;
  size_t i = pos;
  if (!ReadYear(text, i, context, point)) return std::nullopt;
  ReadEquivalentYear(text, i, point);
  ReadSuffix(text, i, point);
  if (point.suffix == Suffix::kFiscalYear || point.suffix == Suffix::kYear) {
    ReadEquivalentYear(text, i, point);
  }
  if (point.day || point.last_day) SkipWeekday(text, i);
  point.end = i;
  return point;
}

}  // namespace keikaku::normalize::internal
