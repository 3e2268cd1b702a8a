// The frame of an implementation-sheet document: its cover (plan fields), its 目次 and the
// numbered headings that open every sheet.
#ifndef KEIKAKU_PARSERS_IMPLEMENTATION_SHEETS_OUTLINE_H_
#define KEIKAKU_PARSERS_IMPLEMENTATION_SHEETS_OUTLINE_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "implementation_sheets/sheet_model.h"

namespace keikaku::layouts::sheets {

// The numbered heading row `row_index` prints ("1 …", "(1) …", "① …", a 目次 line with its page
// number in a second cell), or nullopt when the row is anything else.
std::optional<Heading> ReadHeading(const LabelledGrid& grid, size_t row_index);

struct Outline {
  std::optional<size_t> toc_row;   // row of the 目次 label, when printed
  std::vector<Heading> toc;        // headings listed in the 目次, in order
  std::vector<Heading> body;       // headings printed on the sheets, in order
};

// Splits the headings of `grid` into the 目次 entries and those of the sheets: the 目次 runs
// from its label to the first heading that repeats the 目次's first one. Headings above the
// 目次 (the cover) are neither.
Outline ReadOutline(const LabelledGrid& grid);

// The numbering style of the headings that open a sheet: the style most often printed right
// above a 担当課 row ("①"); when none is, the most frequent style; "" without headings.
std::string SheetStyle(const LabelledGrid& grid, const std::vector<Heading>& body);

// The styles of the headings that enclose sheets, outermost first ("9", "(9)"), in order of
// first appearance: every other style printed at least twice or stacked right above a sheet's
// title. A one-off heading elsewhere (a cover title such as "第3次 …") is none of them.
std::vector<std::string> EnclosingStyles(const LabelledGrid& grid, const std::vector<Heading>& body,
                                         const std::string& sheet_style);

// Plan fields from the cover rows [0, end_row): title (cover lines above the period, letter
// spacing closed up), start/end fiscal years, published and revised (a line with a revision
// mark such as 改訂). Sets `era` to the era the period is printed in. Fields it cannot find
// stay empty.
Plan ReadCover(const Grid& grid, size_t end_row, normalize::Era* era);

// "実 施 計 画" -> "実施計画": a line whose words are all single characters is closed up.
std::string CloseLetterSpacing(std::string_view normalized);

}  // namespace keikaku::layouts::sheets

#endif  // KEIKAKU_PARSERS_IMPLEMENTATION_SHEETS_OUTLINE_H_
