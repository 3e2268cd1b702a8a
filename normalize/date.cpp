// Public date functions: whole-cell parsing, searching prose, fiscal years of headers.
#include "keikaku/normalize/date.h"
#include "keikaku/normalize/timing.h"

#include <cstdio>

#include "date_scan.h"
#include "lexicons.h"
#include "numeral.h"
#include "utf8.h"

namespace keikaku::normalize {
namespace {

using internal::StartsWithAt;

// Column headers name one year in a few characters; longer cells are sentences.
constexpr size_t kMaxHeaderChars = 20;

bool IsAsciiAlnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

void SkipSpaces(std::string_view text, size_t& pos) {
  while (pos < text.size() && text[pos] == ' ') ++pos;
}

bool SkipAny(std::string_view text, size_t& pos, std::span<const std::string_view> words) {
  for (std::string_view word : words) {
    if (StartsWithAt(text, pos, word)) {
      pos += word.size();
      return true;
    }
  }
  return false;
}

// A half-width lower-case letter in prose is a unit ("119千m3/年"), never an era initial.
bool IsPrintedLowerCase(std::string_view text, size_t pos) {
  return pos < text.size() && text[pos] >= 'a' && text[pos] <= 'z';
}

// Where a date may begin inside prose: not in the middle of a figure or a word.
bool CanStartAt(std::string_view text, size_t pos) {
  if (pos == 0) return true;
  const char previous = text[pos - 1];
  if (previous == '.' || previous == ',' || previous == '/') return false;
  return !IsAsciiAlnum(previous) || !IsAsciiAlnum(text[pos]);
}

size_t CodePointCount(std::string_view text) {
  size_t count = 0;
  for (const char byte : text) count += (static_cast<unsigned char>(byte) & 0xC0) != 0x80;
  return count;
}

}  // namespace

Era EraFromName(std::string_view name) {
  const internal::FoldedText folded = internal::FoldForDates(name);
  size_t begin = 0, end = folded.text.size();
  while (begin < end && folded.text[begin] == ' ') ++begin;
  while (end > begin && folded.text[end - 1] == ' ') --end;
  const std::string_view trimmed = std::string_view(folded.text).substr(begin, end - begin);
  for (const internal::EraSpelling& spelling : internal::EraSpellings()) {
    if (trimmed == spelling.spelling) return spelling.era;
  }
  return Era::kNone;
}

std::optional<DateValue> ParseDate(std::string_view text, Era default_era) {
  const internal::ScopedTiming timing;
  const internal::FoldedText folded = internal::FoldForDates(text);
  const std::string_view cell = folded.text;
  size_t pos = 0;
  SkipSpaces(cell, pos);
  const bool bracketed = SkipAny(cell, pos, internal::OpeningBrackets());
  SkipSpaces(cell, pos);
  std::optional<internal::DateMatch> match =
      internal::ScanDateAt(cell, pos, default_era, internal::ScanMode::kWholeCell);
  if (!match) return std::nullopt;
  pos = match->end;
  SkipSpaces(cell, pos);
  SkipAny(cell, pos, internal::DateTrailers());
  SkipSpaces(cell, pos);
  if (bracketed) SkipAny(cell, pos, internal::ClosingBrackets());
  SkipSpaces(cell, pos);
  if (pos != cell.size()) return std::nullopt;
  return std::move(match->value);
}

std::optional<DateValue> FindDate(std::string_view text, Era default_era, size_t* consumed_begin,
                                  size_t* consumed_end) {
  const internal::FoldedText folded = internal::FoldForDates(text);
  const std::string_view prose = folded.text;
  size_t pos = 0;
  while (pos < prose.size()) {
    if (CanStartAt(prose, pos) && !IsPrintedLowerCase(text, folded.source_offset[pos])) {
      if (std::optional<internal::DateMatch> match =
              internal::ScanDateAt(prose, pos, default_era, internal::ScanMode::kSearch)) {
        if (consumed_begin != nullptr) *consumed_begin = folded.source_offset[match->begin];
        if (consumed_end != nullptr) *consumed_end = folded.source_offset[match->end];
        return std::move(match->value);
      }
    }
    internal::DecodeUtf8(prose, pos);
  }
  return std::nullopt;
}

std::optional<int> FiscalYearOf(std::string_view text, Era default_era) {
  const internal::ScopedTiming timing;
  if (CodePointCount(text) > kMaxHeaderChars) return std::nullopt;
  std::optional<DateValue> value = ParseDate(text, default_era);
  if (!value) value = FindDate(text, default_era);
  if (!value || !value->error.empty() || value->kind == DateKind::kRange) return std::nullopt;
  return value->fy ? value->fy : value->year;
}

Era EraOfYear(int fiscal_year) {
  for (Era era : {Era::kReiwa, Era::kHeisei, Era::kShowa, Era::kTaisho, Era::kMeiji}) {
    if (fiscal_year >= internal::InfoOf(era).first_year) return era;
  }
  return Era::kNone;
}

Era EraPrinted(std::string_view date_text) {
  const internal::FoldedText folded = internal::FoldForDates(date_text);
  const std::string_view text = folded.text;
  size_t year = 0;
  while (year < text.size() && !internal::IsAsciiDigit(static_cast<unsigned char>(text[year])) &&
         !StartsWithAt(text, year, "元")) {
    ++year;
  }
  return EraFromName(text.substr(0, year));
}

Era FirstEraIn(std::string_view text) {
  size_t offset = 0;
  size_t begin = 0, end = 0;
  while (offset < text.size()) {
    const std::string_view rest = text.substr(offset);
    const std::optional<DateValue> date = FindDate(rest, Era::kNone, &begin, &end);
    if (!date || end == 0) break;
    if (const Era era = EraPrinted(rest.substr(begin, end - begin));
        era != Era::kNone && date->error.empty()) {
      return era;
    }
    offset += end;
  }
  return Era::kNone;
}

Era EraWithin(std::string_view text, Era era, int first_fy, int last_fy) {
  const auto fits = [&](Era reading_era) {
    const std::optional<DateValue> date = FindDate(text, reading_era);
    if (!date || !date->error.empty() || date->kind == DateKind::kRange) return false;
    const std::optional<int> fy = date->fy ? date->fy : date->year;
    return fy && *fy >= first_fy && *fy <= last_fy;
  };
  if (fits(era)) return era;
  for (Era other : {Era::kHeisei, Era::kReiwa, Era::kShowa}) {
    if (other != era && fits(other)) return other;
  }
  return era;
}

std::string FormatDatePoint(const DatePoint& point) {
  if (!point.year) return "";
  char buffer[32];
  if (point.month && point.day) {
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", *point.year, *point.month, *point.day);
  } else if (point.month) {
    std::snprintf(buffer, sizeof buffer, "%04d-%02d", *point.year, *point.month);
  } else {
    std::snprintf(buffer, sizeof buffer, "%04d", *point.year);
  }
  return buffer;
}

}  // namespace keikaku::normalize
