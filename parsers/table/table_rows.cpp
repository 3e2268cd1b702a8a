#include <algorithm>

#include "table/table_cell.h"

namespace keikaku::layouts {
namespace {

constexpr size_t kMinFoldedRun = 6;  // a header and one record of two or more cells each

bool IsOneCellLine(const GridRow& row) {
  if (row.cells.size() != 1) return false;
  const std::string& text = row.cells.front();
  return text.size() > 2 && text.compare(text.size() - 2, 2, " |") == 0 &&
         text.find(" | ") == std::string::npos;
}

// Folds `run` (one cell each) into header and records; empty when no record fits.
std::vector<TableRow> FoldRun(std::vector<TableRow> run) {
  size_t first_value = 0;
  while (first_value < run.size() && run[first_value].cells[0].kind != CellKind::kValue) {
    ++first_value;
  }
  if (first_value < 3 || first_value == run.size()) return {};
  const size_t width = first_value - 1;  // the header: the cells before the first name
  std::vector<TableRow> rows;
  for (size_t at = 0; at + width <= run.size(); at += width) {
    TableRow row = run[at];
    row.grid_rows = width;
    row.cells.clear();
    for (size_t i = 0; i < width; ++i) {
      TableCell cell = run[at + i].cells[0];
      cell.column = static_cast<int>(i);
      row.cells.push_back(std::move(cell));
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace

std::vector<TableRow> ReadTableRows(const Grid& grid, normalize::Era era) {
  std::vector<TableRow> rows;
  std::vector<TableRow> run;
  const auto flush = [&] {
    std::vector<TableRow> folded = run.size() >= kMinFoldedRun ? FoldRun(run) : std::vector<TableRow>();
    if (folded.empty()) folded = std::move(run);
    for (TableRow& row : folded) rows.push_back(std::move(row));
    run.clear();
  };
  for (size_t i = 0; i < grid.rows.size(); ++i) {
    const GridRow& grid_row = grid.rows[i];
    TableRow row{grid_row.line, i, 1, ReadRowCells(grid_row, era)};
    if (IsOneCellLine(grid_row)) {
      run.push_back(std::move(row));
      continue;
    }
    flush();
    rows.push_back(std::move(row));
  }
  flush();
  return rows;
}

}  // namespace keikaku::layouts
