// The cell grid every input format becomes, so layout parsers never care where it came from.
#ifndef KEIKAKU_PARSERS_GRID_H_
#define KEIKAKU_PARSERS_GRID_H_

#include <string>
#include <string_view>
#include <vector>

namespace keikaku {

enum class RowKind {
  kText,           // a line of running text or tab-separated cells
  kMarkdownTable,  // a "| a | b |" row (its separator row "|---|" is not kept)
  kSheet,          // a row of a CSV/TSV/XLSX sheet or an HTML table
};

struct GridRow {
  int line = 0;                    // 1-based source line, or sheet row
  RowKind kind = RowKind::kText;
  std::vector<std::string> cells;  // raw UTF-8 cell text, not normalised; never empty
  int page = 0;                    // 1-based PDF page the row was printed on; 0 = not paged
  int printed_page = 0;            // the page number printed on that page; 0 = none read
  bool operator==(const GridRow&) const = default;
};

// A decoded document as rows of cells. Blank lines are kept as rows with one empty cell,
// so line numbers stay meaningful and parsers can see paragraph breaks.
struct Grid {
  std::vector<GridRow> rows;
  std::string sheet_names;         // for workbooks: sheet names joined with "\n"; else ""
  std::string title, author;       // for PDFs: the document information's Title and Author
  bool operator==(const Grid&) const = default;
};

// Reads PDF-converted text (UTF-8, LF or CRLF) into a grid: each line is a row, cells are
// split on TAB (empty cells kept, so shifted tables keep their shape); markdown pipe-table
// rows are split on unescaped '|' with the outer pipes dropped and cells trimmed, and their
// separator rows skipped.
Grid ReadTextGrid(std::string_view utf8);

}  // namespace keikaku

#endif  // KEIKAKU_PARSERS_GRID_H_
