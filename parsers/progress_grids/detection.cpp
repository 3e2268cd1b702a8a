// Detection of progress grids: the main header row, its 当初 / 目標 / 現状値 sub-header, and
// numbered item rows with a status code, in the first rows only.
#include <algorithm>
#include <string>
#include <vector>

#include "progress_grids/grid_columns.h"
#include "progress_grids/item_rows.h"
#include "progress_grids/normalized_rows.h"
#include "progress_grids/progress_grids.h"
#include "progress_grids/sheet_meta.h"

namespace keikaku::layouts {
namespace {

// A header row alone claims nothing: the sub-header and numbered rows with a status are what
// make a progress grid.
constexpr SignalSpec kSignals[] = {
    {"main header (No. / 取組項目 / 担当課 / 数値目標等 / 進捗状況)", 0.25, SignalGate::kRequired},
    {"当初 / 目標 / 現状値 sub-header", 0.35},
    {"numbered item rows (3 make certain)", 0.25},
    {"item rows with a status code (3 make certain)", 0.15},
};

// Detection looks at this many rows at most, and only at cells this short.
constexpr size_t kScoreRowLimit = 400;
constexpr size_t kScoreCellBytes = 120;

// A header or item row prints at least this many cells; detection normalises no other row.
constexpr size_t kMinTableCells = 4;

size_t RawFilledCount(const GridRow& row) {
  size_t count = 0;
  for (const std::string& cell : row.cells) count += !cell.empty();
  return count;
}

}  // namespace

std::vector<Signal> DetectProgressGrids(const Grid& grid) {
  // Only rows wide enough to be a header or an item row are normalised.
  std::vector<GridRow> rows;
  for (size_t i = 0; i < grid.rows.size() && i < kScoreRowLimit; ++i) {
    if (RawFilledCount(grid.rows[i]) >= kMinTableCells) {
      rows.push_back(progress::NormalizeShortCells(grid.rows[i], kScoreCellBytes));
    }
  }
  const auto header = progress::FirstHeaderRow(rows);
  if (!header) return {{&kSignals[0], 0}, {&kSignals[1], 0}, {&kSignals[2], 0}, {&kSignals[3], 0}};
  size_t used = 1;
  const progress::GridColumns columns = progress::ReadHeader(rows, *header, normalize::Era::kNone, &used);
  const progress::StatusLegend legend;
  size_t items = 0;
  size_t statuses = 0;
  for (size_t i = *header + used; i < rows.size(); ++i) {
    const auto ref = progress::FindItemRef(rows[i], columns);
    if (!ref) continue;
    ++items;
    for (size_t c = *ref + 1; c < rows[i].cells.size(); ++c) {
      if (!progress::StatusCode(rows[i].cells[c], legend).empty()) {
        ++statuses;
        break;
      }
    }
  }
  return {{&kSignals[0], 1},
          {&kSignals[1], columns.values.empty() ? 0.0 : 1.0},
          {&kSignals[2], std::min<size_t>(items, 3) / 3.0},
          {&kSignals[3], std::min<size_t>(statuses, 3) / 3.0}};
}


}  // namespace keikaku::layouts
