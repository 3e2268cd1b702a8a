// How the cells of one 年次計画 row are assigned to the header's years. PDF conversion writes
// these rows with a label and one cell per year, but shifts them: a row may carry one cell
// more than there are years (a padding cell in front, an empty or copied cell behind, or the
// last year's text split in two), one cell fewer, or a single cell spanning every year.
// Blanks count here, so cells keep their order by construction: what needs rules is the
// surplus and the shortfall, which table/alignment.h (placing filled cells) does not model.
#ifndef KEIKAKU_PARSERS_IMPLEMENTATION_SHEETS_YEAR_CELLS_H_
#define KEIKAKU_PARSERS_IMPLEMENTATION_SHEETS_YEAR_CELLS_H_

#include <optional>
#include <string>
#include <vector>

#include "implementation_sheets/sheet_model.h"

namespace keikaku::layouts::sheets {

struct YearAlignment {
  std::vector<std::optional<PlacedText>> cells;  // exactly `year_count` entries; nullopt = blank
  std::string note;                              // "" when the row fit; else what was rebuilt
};

// Assigns `values` (the normalised cells right of a row's label, blanks included, left to
// right) to `year_count` years:
//  1. blank cells beyond `year_count` are dropped from the end;
//  2. still one too many and the first is blank: the first is padding and dropped;
//  3. still one too many: the last is a copy of the one before it (dropped), or the last
//     year's text split in two (joined with a space);
//  4. only the first cell is filled: it spans every year;
//  5. too few cells: the last printed cell also covers the missing years.
// Anything beyond is cut and reported in `note`. REQUIRES: year_count > 0.
YearAlignment AlignYearCells(std::vector<PlacedText> values, size_t year_count);

}  // namespace keikaku::layouts::sheets

#endif  // KEIKAKU_PARSERS_IMPLEMENTATION_SHEETS_YEAR_CELLS_H_
