// How well a text sample parses into a table with one delimiter. Internal to ingest/ (sniff.cpp).
#ifndef KEIKAKU_INGEST_SNIFF_TABLE_H_
#define KEIKAKU_INGEST_SNIFF_TABLE_H_

#include <string_view>
#include <vector>

namespace keikaku::ingest {

// How a sample fits a table, from best to worst:
//  - kStrict: a table whose body holds the delimiter on every non-blank line; lines without it
//    (titles) only above the body. A sheet export as Excel pads it.
//  - kLoose: a table body (rows of two or more cells, one width shared by at least a quarter of
//    them) making at least half the non-blank lines from its first row to its last; titles,
//    notes, section lines and blank rows ("") may sit around and inside it. A ragged export.
//  - kWeak: quotes balance and some row has two or more cells, but no table as above.
//  - kNone: quotes do not balance, or no row has two cells.
enum class TableFit { kNone, kWeak, kLoose, kStrict };

// The lines of `text` without their LF or CRLF; a last line without LF counts.
std::vector<std::string_view> SplitLines(std::string_view text);

// Measures `sample` (UTF-8; `truncated` when it is a prefix of the file, so a quoted cell may be
// open at its end) split by `delimiter`: ',' as RFC 4180 CSV, '\t' by tabs only, as the TSV
// reader splits. A comma row whose every comma sits inside a digit group ("1,300件") counts as
// text, not as a table row.
TableFit FitTable(std::string_view sample, char delimiter, bool truncated);

}  // namespace keikaku::ingest

#endif  // KEIKAKU_INGEST_SNIFF_TABLE_H_
