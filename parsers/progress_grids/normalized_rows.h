// Progress grids: the few lookups every phase makes on rows normalised once (NormalizeRow,
// table/normalized_cells.h). Internal to keikaku_layout_progress_grids.
#ifndef KEIKAKU_PARSERS_PROGRESS_GRIDS_NORMALIZED_ROWS_H_
#define KEIKAKU_PARSERS_PROGRESS_GRIDS_NORMALIZED_ROWS_H_

#include <string>
#include <string_view>

#include "keikaku/parsers/grid.h"
#include "table/normalized_cells.h"

namespace keikaku::layouts::progress {

// Every progress:: function below takes rows normalised once by the table model.
using layouts::NormalizeRow;
using layouts::NormalizeShortCells;

// Cell `index` of a normalised row; "" when out of range.
const std::string& Cell(const GridRow& row, size_t index);

// Non-empty cells of a normalised row; the first filled index (row.cells.size() when none).
size_t FilledCount(const GridRow& row);
size_t FirstFilled(const GridRow& row);

// "取組項目 (A)" -> "取組項目": a normalised header cell without the column-letter marker
// some sheets print, and without spaces.
std::string HeaderLabel(std::string_view cell);

}  // namespace keikaku::layouts::progress

#endif  // KEIKAKU_PARSERS_PROGRESS_GRIDS_NORMALIZED_ROWS_H_
