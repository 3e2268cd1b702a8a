#include "table/table_header.h"

#include <utility>

namespace keikaku::layouts {
namespace {

// A column whose header is a cumulative figure ("累計 (H28~R2年度)") holds an actual total.
bool IsTotalColumn(const TableCell& cell) {
  return cell.kind == CellKind::kText && cell.is_total && cell.text.size() <= 40;
}

}  // namespace

std::optional<TableHeader> ReadTableHeader(const std::vector<TableCell>& cells, int line) {
  TableHeader header;
  header.line = line;
  bool baseline_seen = false;
  for (const TableCell& cell : cells) {
    if (cell.kind == CellKind::kValue) return std::nullopt;
    if (cell.kind == CellKind::kLabel && cell.role) {
      ValueRole role = *cell.role;
      if (role == ValueRole::kBaseline && std::exchange(baseline_seen, true)) {
        role = ValueRole::kActual;
      }
      header.values.push_back({cell.column, role, cell.fy, false});
    } else if (cell.kind == CellKind::kLabel && cell.label == "indicator") {
      if (!header.name_column) header.name_column = cell.column;
    } else if (cell.kind == CellKind::kLabel && cell.label == "unit") {
      header.unit_column = cell.column;
    } else if (IsTotalColumn(cell) && !header.values.empty()) {
      header.values.push_back({cell.column, ValueRole::kActual, std::nullopt, true});
    }
  }
  // One role alone is a heading that names a target ("主要目標"), not a table's header.
  if (header.values.size() < 2) return std::nullopt;
  return header;
}

}  // namespace keikaku::layouts
