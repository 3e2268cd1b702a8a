// Progress grids, phase 2: one item row (No. | 取組項目 | 関係課 | … | 進捗状況 | …) as a
// measure, aligned by its No. cell and its status cell rather than by absolute position.
// Internal to keikaku_layout_progress_grids.
#ifndef KEIKAKU_PARSERS_PROGRESS_GRIDS_ITEM_ROWS_H_
#define KEIKAKU_PARSERS_PROGRESS_GRIDS_ITEM_ROWS_H_

#include <optional>
#include <string>
#include <vector>

#include "keikaku/parsers/grid.h"
#include "keikaku/parsers/records.h"
#include "progress_grids/grid_columns.h"
#include "progress_grids/indicators.h"
#include "progress_grids/sheet_meta.h"

namespace keikaku::layouts::progress {

// The index of the No. cell when `row` starts an item under `columns`: a number printed
// within a few cells of the header's No. column, followed by a title, in a row with more
// filled cells than one indicator line. nullopt for any other row.
std::optional<size_t> FindItemRef(const GridRow& row, const GridColumns& columns);

// A group heading without its label: "(ア) 市民と行政との協働体制の確立" ->
// "市民と行政との協働体制の確立" (numbering as normalize::SplitHeading strips it, and
// bracketed kana or letter labels).
std::string GroupHeading(const std::string& text);

// Reads the item row whose No. is at `ref_cell`. Cells left of the 数値目標等 block are
// aligned by the No. cell's shift; the block ends at the status cell, and the columns right
// of the status are aligned by it. `path` carries the group heading (基本方針): a heading
// printed on this row replaces it. What cannot be placed goes to `diagnostics`.
Measure ReadItemRow(const GridRow& row, size_t ref_cell, const GridColumns& columns,
                    const BlockContext& context, const StatusLegend& legend,
                    std::vector<std::string>& path, std::vector<Diagnostic>& diagnostics);

}  // namespace keikaku::layouts::progress

#endif  // KEIKAKU_PARSERS_PROGRESS_GRIDS_ITEM_ROWS_H_
