// The grid of an action-block plan with every cell normalised once, so the phases below
// never normalise the same cell twice.
#ifndef KEIKAKU_PARSERS_ACTION_BLOCKS_ROWS_H_
#define KEIKAKU_PARSERS_ACTION_BLOCKS_ROWS_H_

#include <string>
#include <vector>

#include "keikaku/parsers/grid.h"

namespace keikaku::layouts::action_blocks {

struct Row {
  int line = 0;
  const GridRow* raw = nullptr;    // the source row; outlives the Row (owned by the Grid)
  std::vector<std::string> cells;  // normalize::NormalizeText of each raw cell
  size_t first_filled = 0;         // index of the first non-empty cell, cells.size() when none
  size_t filled_count = 0;         // number of non-empty cells

  bool IsBlank() const { return filled_count == 0; }
  // Cell `index` normalised, "" when out of range.
  const std::string& Cell(size_t index) const;
  // The non-empty cells from `from` on, joined with one space.
  std::string JoinFrom(size_t from) const;
};

// Normalises every cell of `grid`. REQUIRES: `grid` outlives the result.
std::vector<Row> NormalizeRows(const Grid& grid);

// Number of Unicode code points in UTF-8 `text`.
size_t CodePoints(const std::string& text);

}  // namespace keikaku::layouts::action_blocks

#endif  // KEIKAKU_PARSERS_ACTION_BLOCKS_ROWS_H_
