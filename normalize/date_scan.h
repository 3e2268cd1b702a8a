// The date scanner behind ParseDate, FindDate and FiscalYearOf. It reads width-folded text
// (FoldedText) so that byte spans can be mapped back to the caller's string.
#ifndef KEIKAKU_NORMALIZE_DATE_SCAN_H_
#define KEIKAKU_NORMALIZE_DATE_SCAN_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "keikaku/normalize/date.h"

namespace keikaku::normalize::internal {

// `original` with full-width ASCII, ideographic space, wave dashes, minus-like dashes and
// quotation marks before a year (‘21) folded to ASCII, and CJK compatibility forms (㋿, ㍻,
// compatibility ideographs, Kangxi radicals) folded by NFKC. `source_offset[i]` is the byte in `original` where folded byte i came
// from (one past the end for i == text.size()).
struct FoldedText {
  std::string text;
  std::vector<uint32_t> source_offset;
};

FoldedText FoldForDates(std::string_view original);

enum class ScanMode {
  kWholeCell,  // the text is one date: bare years ("28年度", "2020") are dates
  kSearch,     // looking inside prose: bare years need 年度 and a default era
};

struct DateMatch {
  DateValue value;
  size_t begin = 0;  // byte span in the folded text
  size_t end = 0;
};

// Reads a date or range starting exactly at `pos` of folded `text`; nullopt when none does.
std::optional<DateMatch> ScanDateAt(std::string_view text, size_t pos, Era default_era, ScanMode mode);

}  // namespace keikaku::normalize::internal

#endif  // KEIKAKU_NORMALIZE_DATE_SCAN_H_
