#include <algorithm>

#include "common/labels.h"
#include "implementation_sheets/sheet_model.h"

namespace keikaku::layouts::sheets {
namespace {

// Labels are short; longer cells are narrative and never looked up.
constexpr size_t kMaxLabelBytes = 64;

bool MayBeLabel(const std::string& cell) {
  return !cell.empty() && cell.size() <= kMaxLabelBytes && cell.find_first_not_of(" \t\r") != std::string::npos;
}

}  // namespace

LabelledGrid::LabelledGrid(const Grid& grid) : rows(grid.rows) {
  kinds_.reserve(rows.size());
  for (const GridRow& row : rows) {
    std::vector<std::string_view> kinds(row.cells.size());
    for (size_t i = 0; i < row.cells.size(); ++i) {
      if (MayBeLabel(row.cells[i])) kinds[i] = LabelKind(row.cells[i]);
    }
    kinds_.push_back(std::move(kinds));
  }
}

std::string_view LabelledGrid::Kind(size_t row, size_t cell) const {
  if (row >= kinds_.size() || cell >= kinds_[row].size()) return {};
  return kinds_[row][cell];
}

bool LabelledGrid::RowHas(size_t row, std::string_view kind) const {
  if (row >= kinds_.size()) return false;
  return std::find(kinds_[row].begin(), kinds_[row].end(), kind) != kinds_[row].end();
}

}  // namespace keikaku::layouts::sheets
