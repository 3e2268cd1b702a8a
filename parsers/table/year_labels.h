// A header or value cell split into its role word, its year and what follows: "目標値(R7)",
// "R2実績", "令和元年度末 現状値", "28年度 920", "実績 7". One splitter for every layout family.
#ifndef KEIKAKU_PARSERS_TABLE_YEAR_LABELS_H_
#define KEIKAKU_PARSERS_TABLE_YEAR_LABELS_H_

#include <optional>
#include <string>
#include <string_view>

#include "keikaku/normalize/date.h"
#include "table/normalized_cells.h"

namespace keikaku::layouts {

struct YearLabel {
  std::string label;       // the words besides the year, brackets and spaces dropped: "目標値", ""
  std::string year;        // the year as printed ("H27末", "28 年度"), "" when the cell has none
  std::optional<int> fy;   // normalize::FiscalYearOf(year, era); nullopt when unreadable or none
  std::string rest;        // a value after a leading year or label: "920" in "28年度 920"
};

enum class SplitAs {
  kHeader,  // the year may stand anywhere; words beside it are the label
  kValue,   // the year must lead the cell; all that follows is the value ("R2年度 実施"),
            // except a bracket that only qualifies the year ("32年度(目標)")
};

// Splits a normalised cell (normalize::NormalizeText). A header's year is looked for, in
// order, in a bracket closing the cell ("当初 (H27末)"), at its start ("R1実績", "28 年度 920":
// read by shape, so a bare year keeps `year` even when `era` cannot date it), then anywhere
// (normalize::FindDate). A leading year or lexicon label followed by a figure or dash gives
// that as `rest` ("28年度 920", "実績 7"). A cell with no year keeps its words as `label`.
// With `memo`, a leading year is dated through it: a plan prints the same few years hundreds
// of times.
YearLabel SplitYearLabel(std::string_view text, normalize::Era era, SplitAs as = SplitAs::kHeader,
                         CellMemo* memo = nullptr);

}  // namespace keikaku::layouts

#endif  // KEIKAKU_PARSERS_TABLE_YEAR_LABELS_H_
