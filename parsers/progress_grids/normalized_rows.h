// Progress grids: rows whose cells are normalised once, and the few lookups every phase
// makes on them. Internal to keikaku_layout_progress_grids.
#ifndef KEIKAKU_PARSERS_PROGRESS_GRIDS_NORMALIZED_ROWS_H_
#define KEIKAKU_PARSERS_PROGRESS_GRIDS_NORMALIZED_ROWS_H_

#include <string>
#include <string_view>

#include "keikaku/parsers/grid.h"

namespace keikaku::layouts::progress {

// `row` with every cell passed through normalize::NormalizeText once (line, kind and cell
// count kept), so later phases compare text without normalising it again. Every
// progress:: function below takes rows normalised this way.
GridRow NormalizeRow(const GridRow& row);

// Like NormalizeRow, but a cell longer than `max_bytes` becomes the placeholder "…"
// instead: detection only reads short cells (labels, numbers, status codes), and
// normalising the long narrative ones would cost most of its time.
GridRow NormalizeShortCells(const GridRow& row, size_t max_bytes);

// Cell `index` of a normalised row; "" when out of range.
const std::string& Cell(const GridRow& row, size_t index);

// Non-empty cells of a normalised row; the first filled index (row.cells.size() when none).
size_t FilledCount(const GridRow& row);
size_t FirstFilled(const GridRow& row);

// The label-lexicon kind of a normalised header cell, after dropping a column marker and
// spaces ("取組項目 (A)" -> "title", "当初" -> "baseline"); "" when it is no label.
std::string_view HeaderKind(std::string_view cell);

// "取組項目 (A)" -> "取組項目": a normalised header cell without the column-letter marker
// some sheets print, and without spaces.
std::string HeaderLabel(std::string_view cell);

}  // namespace keikaku::layouts::progress

#endif  // KEIKAKU_PARSERS_PROGRESS_GRIDS_NORMALIZED_ROWS_H_
