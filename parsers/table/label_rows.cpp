#include "table/label_rows.h"

#include <algorithm>

namespace keikaku::layouts {

bool IsLabelRow(const std::vector<TableCell>& cells) {
  int labels = 0;
  for (const TableCell& cell : cells) {
    if (cell.kind == CellKind::kEmpty) continue;
    if (cell.kind != CellKind::kLabel || cell.role) return false;
    ++labels;
  }
  return labels >= 2;
}

std::vector<LabelledValue> ValuesUnderLabels(const std::vector<TableCell>& labels,
                                             const std::vector<TableCell>& values) {
  std::vector<LabelledValue> found;
  const bool has_label = std::any_of(values.begin(), values.end(), [](const TableCell& cell) {
    return cell.kind == CellKind::kLabel;
  });
  if (has_label) return found;
  for (const TableCell& label : labels) {
    if (label.kind != CellKind::kLabel) continue;
    const auto under = std::find_if(values.begin(), values.end(), [&](const TableCell& cell) {
      return cell.column == label.column;
    });
    if (under != values.end() && under->kind != CellKind::kEmpty) {
      found.push_back({label.label, &*under});
    }
  }
  return found;
}

}  // namespace keikaku::layouts
