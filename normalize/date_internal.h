// Points as printed, between reading (date_scan.cpp) and checking (date_value.cpp).
#ifndef KEIKAKU_NORMALIZE_DATE_INTERNAL_H_
#define KEIKAKU_NORMALIZE_DATE_INTERNAL_H_

#include <cstddef>
#include <optional>
#include <string_view>

#include "keikaku/normalize/date.h"

namespace keikaku::normalize::internal {

enum class Suffix {
  kNone,           // "H28"
  kYear,           // 年 (maybe with 月 and 日)
  kFiscalYear,     // 年度
  kFiscalYearEnd,  // 年度末, or 末 right after the year
  kSeparated,      // "H26.6", "R3.3.31", "H30/04/01"
};

struct ScanContext {
  Era default_era = Era::kNone;  // for bare "28年度"
  Era carried_era = Era::kNone;  // a range's second end inherits the first end's era
};

// The bracketed other spelling of the same year.
struct EquivalentYear {
  Era era = Era::kNone;
  bool gregorian = false;
  int number = 0;
};

struct RawPoint {
  Era era = Era::kNone;
  bool era_printed = false;  // the era is in the text (not default, not carried)
  bool gregorian = false;    // a four-digit year without era
  bool bare = false;         // two-digit year that took the default era (maybe kNone)
  int number = 0;            // era year or Gregorian year as printed
  std::optional<int> month;
  std::optional<int> day;
  bool last_day = false;     // 晦日, 末日, 月末
  Suffix suffix = Suffix::kNone;
  std::optional<EquivalentYear> equivalent;  // "(2020)" after 令和2, "(令和2)" after 2020
  size_t end = 0;
};

// Reads one point at `pos` of width-folded `text`; nullopt when no year starts there.
std::optional<RawPoint> ReadPoint(std::string_view text, size_t pos, const ScanContext& context);

// Gregorian year of an era year (平成32 = 2020: years past an era's end are kept).
int GregorianYear(Era era, int era_year);

// Checks a point and converts it; `error` is set for impossible ones (令和0年, 2月30日).
DateValue ToDateValue(const RawPoint& point);

}  // namespace keikaku::normalize::internal

#endif  // KEIKAKU_NORMALIZE_DATE_INTERNAL_H_
