// From printed points to checked DateValues, and ranges of two points.
#include <string>

#include "date_internal.h"
#include "date_scan.h"
#include "lexicons.h"
#include "numeral.h"
#include "text_internal.h"
#include "utf8.h"

namespace keikaku::normalize::internal {
namespace {

bool IsLeap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int DaysIn(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && IsLeap(year) ? 29 : kDays[month - 1];
}

int FiscalYearOfMonth(int year, int month) { return month >= 4 ? year : year - 1; }

std::string EraYearText(Era era, int number) {
  return std::string(InfoOf(era).name) + std::to_string(number) + "年";
}

// The year the point prints, or an error when it has none or cannot exist.
std::optional<int> YearOf(const RawPoint& point, std::string& error) {
  if (point.gregorian) return point.number;
  if (point.era == Era::kNone) {
    error = "year " + std::to_string(point.number) + " has no era (pass the document's era)";
    return std::nullopt;
  }
  if (point.number < 1) {
    error = EraYearText(point.era, point.number) + " does not exist";
    return std::nullopt;
  }
  return GregorianYear(point.era, point.number);
}

void CheckEquivalent(const RawPoint& point, int year, std::string& error) {
  if (!point.equivalent) return;
  const EquivalentYear& other = *point.equivalent;
  const int other_year = other.gregorian ? other.number : GregorianYear(other.era, other.number);
  if (other_year != year) {
    error = "bracketed year " + std::to_string(other_year) + " disagrees with " + std::to_string(year);
  }
}

// Fills month and day (checked) into `value`; returns false with `error` set when impossible.
bool SetMonthDay(const RawPoint& point, int year, DateValue& value) {
  if (!point.month) return true;
  const int month = *point.month;
  if (month < 1 || month > 12) {
    value.error = "month " + std::to_string(month) + " does not exist";
    return false;
  }
  value.start.month = month;
  value.kind = DateKind::kMonth;
  value.fy = FiscalYearOfMonth(year, month);
  if (!point.day && !point.last_day) return true;
  const int day = point.last_day ? DaysIn(year, month) : *point.day;
  if (day < 1 || day > DaysIn(year, month)) {
    value.error = std::to_string(year) + "-" + std::to_string(month) + "-" + std::to_string(day) +
                  " does not exist";
    return false;
  }
  value.start.day = day;
  value.kind = DateKind::kDate;
  return true;
}

int Compare(const DatePoint& a, const DatePoint& b) {
  const int parts_a[] = {a.year.value_or(0), a.month.value_or(0), a.day.value_or(0)};
  const int parts_b[] = {b.year.value_or(0), b.month.value_or(0), b.day.value_or(0)};
  for (int i = 0; i < 3; ++i) {
    if (parts_a[i] != parts_b[i]) return parts_a[i] < parts_b[i] ? -1 : 1;
  }
  return 0;
}

// Whether a point read while searching prose is a date, not a figure: bare years need a
// default era and 年度 ("28年度"); Gregorian years need a suffix ("2020年", "2020.4").
bool AcceptableInSearch(const RawPoint& point) {
  if (point.era_printed) return true;
  if (point.gregorian) return point.suffix != Suffix::kNone || point.equivalent.has_value();
  if (point.bare) {
    return point.era != Era::kNone &&
           (point.suffix == Suffix::kFiscalYear || point.suffix == Suffix::kFiscalYearEnd);
  }
  return true;  // a range's second end with the era carried
}

bool AcceptableInCell(const RawPoint& point) {
  if (point.era_printed) return true;
  if (point.gregorian) {
    return point.suffix != Suffix::kNone || point.equivalent.has_value() ||
           (point.number >= 1868 && point.number <= 2200);
  }
  if (point.bare) {
    if (point.era == Era::kNone) {
      return point.suffix == Suffix::kFiscalYear || point.suffix == Suffix::kFiscalYearEnd ||
             point.suffix == Suffix::kYear;
    }
    return point.suffix != Suffix::kNone;
  }
  return true;
}

DateValue MakeRange(const DateValue& first, const DateValue& second) {
  DateValue range;
  range.kind = DateKind::kRange;
  range.year = first.year;
  range.start = first.start;
  range.end = second.kind == DateKind::kFiscalYearEnd ? second.end : second.start;
  range.fy = second.fy;
  range.error = !first.error.empty() ? first.error : second.error;
  if (range.error.empty() && Compare(range.end, range.start) < 0) {
    range.error = "range ends before it starts";
  }
  return range;
}

// A range's ends share what only one prints: "平成27~31年度" (年度), "H26.6~29.2" (era).
void ShareSuffix(RawPoint& first, RawPoint& second) {
  if (first.suffix == Suffix::kNone && second.suffix != Suffix::kSeparated) first.suffix = second.suffix;
  if (second.suffix == Suffix::kNone && first.suffix != Suffix::kSeparated) second.suffix = first.suffix;
}

// The separator and second end of a range after `first`, if there is one.
std::optional<RawPoint> ReadRangeEnd(std::string_view text, const RawPoint& first, Era default_era,
                                     size_t& end) {
  size_t i = first.end;
  while (i < text.size() && text[i] == ' ') ++i;
  bool separated = false;
  for (std::string_view separator : RangeSeparators()) {
    if (StartsWithAt(text, i, separator)) {
      i += separator.size();
      separated = true;
      break;
    }
  }
  if (!separated) return std::nullopt;
  while (i < text.size() && text[i] == ' ') ++i;
  ScanContext context{default_era, first.gregorian ? Era::kNone : first.era};
  std::optional<RawPoint> second = ReadPoint(text, i, context);
  if (!second) return std::nullopt;
  end = second->end;
  if (StartsWithAt(text, end, "まで")) end += std::string_view("まで").size();
  return second;
}

}  // namespace

int GregorianYear(Era era, int era_year) { return InfoOf(era).first_year + era_year - 1; }

DateValue ToDateValue(const RawPoint& point) {
  DateValue value;
  const std::optional<int> year = YearOf(point, value.error);
  if (!year) return value;
  value.year = *year;
  value.start.year = *year;
  CheckEquivalent(point, *year, value.error);
  switch (point.suffix) {
    case Suffix::kFiscalYear:
      value.kind = DateKind::kFiscalYear;
      value.fy = *year;
      return value;
    case Suffix::kFiscalYearEnd:
      value.kind = DateKind::kFiscalYearEnd;
      value.fy = *year;
      value.end = DatePoint{*year + 1, 3, 31};
      return value;
    default:
      value.kind = DateKind::kYear;
      SetMonthDay(point, *year, value);
      return value;
  }
}

std::optional<DateMatch> ScanDateAt(std::string_view text, size_t pos, Era default_era, ScanMode mode) {
  std::optional<RawPoint> first = ReadPoint(text, pos, ScanContext{default_era, Era::kNone});
  if (!first) return std::nullopt;
  const auto acceptable = mode == ScanMode::kSearch ? AcceptableInSearch : AcceptableInCell;
  size_t range_end = 0;
  std::optional<RawPoint> second = ReadRangeEnd(text, *first, default_era, range_end);
  if (second) {
    ShareSuffix(*first, *second);
    if (acceptable(*first) && acceptable(*second)) {
      return DateMatch{MakeRange(ToDateValue(*first), ToDateValue(*second)), pos, range_end};
    }
  }
  if (!acceptable(*first)) return std::nullopt;
  return DateMatch{ToDateValue(*first), pos, first->end};
}

namespace {

// CJK radicals, enclosed and square forms (㋿ ㍻), compatibility ideographs: NFKC folds them
// to the ideographs dates are read in.
bool IsCjkCompatibilityForm(char32_t c) {
  return (c >= 0x2E80 && c <= 0x2FDF) || (c >= 0x3200 && c <= 0x33FF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0x2F800 && c <= 0x2FA1F);
}

}  // namespace

FoldedText FoldForDates(std::string_view original) {
  FoldedText folded;
  folded.text.reserve(original.size());
  folded.source_offset.reserve(original.size() + 1);
  size_t pos = 0;
  while (pos < original.size()) {
    const size_t begin = pos;
    char32_t c = FoldWidth(DecodeUtf8(original, pos));
    if (c == 0x301C || c == 0x223C) c = U'~';  // 〜 and ∼ are range marks like ～
    if ((c >= 0x2010 && c <= 0x2015) || c == 0x2212) c = U'-';
    if (IsUnicodeSpace(c)) c = U' ';
    if (c == 0x2018 || c == 0x2019 || c == 0x2032) c = U'\'';  // ‘21 ’21 ′21
    const size_t before = folded.text.size();
    if (IsCjkCompatibilityForm(c)) {
      std::string form;
      AppendUtf8(form, c);
      folded.text += Nfkc(form);
    } else {
      AppendUtf8(folded.text, c);
    }
    folded.source_offset.insert(folded.source_offset.end(), folded.text.size() - before,
                                static_cast<uint32_t>(begin));
  }
  folded.source_offset.push_back(static_cast<uint32_t>(original.size()));
  return folded;
}

}  // namespace keikaku::normalize::internal
