// Rows of the table model, read from a grid one at a time so that a document's cells are
// never all held at once.
#ifndef KEIKAKU_PARSERS_TABLE_TABLE_ROWS_H_
#define KEIKAKU_PARSERS_TABLE_TABLE_ROWS_H_

#include <deque>
#include <optional>
#include <vector>

#include "keikaku/parsers/grid.h"
#include "table/table_cell.h"

namespace keikaku::layouts {

// A row of the table model: the cells of one printed line, or of a record that a converter
// printed one cell per line (each cell keeps its own line).
struct TableRow {
  int line = 0;                 // line of the first cell
  size_t grid_row = 0;          // index of the first grid row it was read from
  size_t grid_rows = 1;         // how many grid rows it covers
  std::vector<TableCell> cells;
};

// Reads the rows of `grid` in order (see ReadTableRows); `grid` must outlive the reader.
// A row of more than kMaxTableCells cells is returned without cells.
class TableRowReader {
 public:
  static constexpr size_t kMaxTableCells = 512;

  TableRowReader(const Grid& grid, normalize::Era era);

  // The next row; nullopt after the last.
  std::optional<TableRow> Next();

 private:
  void Fill();
  TableRow ReadRow(size_t index) const;

  const Grid& grid_;
  normalize::Era era_;
  size_t next_ = 0;
  std::deque<TableRow> pending_;
};

// The rows of `grid` in the table model, all at once (for tests and small grids). A run of pipe-terminated lines of one cell each
// ("項目 |", "目標値 |", …, "削減効果額 |", "3,297百万円 |", …) is folded back into its
// header and records: the header is the cells before the first record's name, and each
// record has as many cells as the header.
std::vector<TableRow> ReadTableRows(const Grid& grid, normalize::Era era);

}  // namespace keikaku::layouts

#endif  // KEIKAKU_PARSERS_TABLE_TABLE_ROWS_H_
