#include <algorithm>
#include <optional>

#include "table/table_rows.h"

namespace keikaku::layouts {
namespace {

constexpr size_t kMinFoldedRun = 6;     // a header and one record of two or more cells each
constexpr size_t kMaxFoldedRun = 4096;  // a longer run is folded in parts

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

TableRowReader::TableRowReader(const Grid& grid, normalize::Era era) : grid_(grid), era_(era) {}

std::optional<TableRow> TableRowReader::Next() {
  if (pending_.empty()) Fill();
  if (pending_.empty()) return std::nullopt;
  TableRow row = std::move(pending_.front());
  pending_.pop_front();
  return row;
}

void TableRowReader::Fill() {
  if (next_ >= grid_.rows.size()) return;
  const GridRow& first = grid_.rows[next_];
  if (!IsOneCellLine(first)) {
    pending_.push_back(ReadRow(next_++));
    return;
  }
  std::vector<TableRow> run;  // one cell a line, up to its end or the longest run folded
  while (next_ < grid_.rows.size() && run.size() < kMaxFoldedRun && IsOneCellLine(grid_.rows[next_])) {
    run.push_back(ReadRow(next_++));
  }
  std::vector<TableRow> folded = run.size() >= kMinFoldedRun ? FoldRun(run) : std::vector<TableRow>();
  if (folded.empty()) folded = std::move(run);
  for (TableRow& row : folded) pending_.push_back(std::move(row));
}

TableRow TableRowReader::ReadRow(size_t index) const {
  const GridRow& row = grid_.rows[index];
  // A row wider than any table a person reads is prose or noise: its cells are not read.
  if (row.cells.size() > kMaxTableCells) return TableRow{row.line, index, 1, {}};
  return TableRow{row.line, index, 1, ReadRowCells(row, era_)};
}

std::vector<TableRow> ReadTableRows(const Grid& grid, normalize::Era era) {
  std::vector<TableRow> rows;
  TableRowReader reader(grid, era);
  while (std::optional<TableRow> row = reader.Next()) rows.push_back(std::move(*row));
  return rows;
}

}  // namespace keikaku::layouts
