#include "action_blocks/rows.h"

#include "keikaku/normalize/text.h"

namespace keikaku::layouts::action_blocks {

const std::string& Row::Cell(size_t index) const {
  static const std::string kEmpty;
  return index < cells.size() ? cells[index] : kEmpty;
}

std::string Row::JoinFrom(size_t from) const {
  std::string joined;
  for (size_t i = from; i < cells.size(); ++i) {
    if (cells[i].empty()) continue;
    if (!joined.empty()) joined += ' ';
    joined += cells[i];
  }
  return joined;
}

std::vector<Row> NormalizeRows(const Grid& grid) {
  std::vector<Row> rows;
  rows.reserve(grid.rows.size());
  for (const GridRow& grid_row : grid.rows) {
    Row row;
    row.line = grid_row.line;
    row.raw = &grid_row;
    row.cells.reserve(grid_row.cells.size());
    for (const std::string& cell : grid_row.cells) {
      row.cells.push_back(cell.empty() ? std::string() : normalize::NormalizeText(cell));
    }
    row.first_filled = row.cells.size();
    for (size_t i = 0; i < row.cells.size(); ++i) {
      if (row.cells[i].empty()) continue;
      if (row.first_filled == row.cells.size()) row.first_filled = i;
      ++row.filled_count;
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

size_t CodePoints(const std::string& text) {
  size_t count = 0;
  for (unsigned char c : text) count += (c & 0xC0) != 0x80;
  return count;
}

}  // namespace keikaku::layouts::action_blocks
