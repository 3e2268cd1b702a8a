#include "progress_grids/normalized_rows.h"

#include <re2/re2.h>

#include "keikaku/normalize/text.h"

namespace keikaku::layouts::progress {

const std::string& Cell(const GridRow& row, size_t index) {
  static const std::string kEmpty;
  return index < row.cells.size() ? row.cells[index] : kEmpty;
}

size_t FilledCount(const GridRow& row) {
  size_t count = 0;
  for (const std::string& cell : row.cells) count += !cell.empty();
  return count;
}

size_t FirstFilled(const GridRow& row) {
  for (size_t i = 0; i < row.cells.size(); ++i) {
    if (!row.cells[i].empty()) return i;
  }
  return row.cells.size();
}

std::string HeaderLabel(std::string_view cell) {
  static const RE2 kColumnMarker(R"(\s*\([A-Za-z]\)\s*$)");
  std::string label(cell);
  if (label.ends_with(")")) RE2::Replace(&label, kColumnMarker, "");
  return label.find(' ') == std::string::npos ? label : normalize::RemoveSpaces(label);
}

}  // namespace keikaku::layouts::progress
