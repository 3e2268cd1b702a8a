#include "table/series_rows.h"

namespace keikaku::layouts {
namespace {

constexpr size_t kMinAxisYears = 5;

std::optional<ValueRole> LeadingRole(const TableCell& cell, std::string& rest) {
  if (cell.kind == CellKind::kLabel) {
    rest.clear();
    return cell.role;
  }
  const size_t space = cell.text.find(' ');
  if (space == std::string::npos) return std::nullopt;
  const TableCell word = ReadCell(cell.text.substr(0, space), cell.column, normalize::Era::kNone);
  if (word.kind != CellKind::kLabel || !word.role) return std::nullopt;
  rest = cell.text.substr(space + 1);
  return word.role;
}

}  // namespace

std::vector<int> FindYearAxis(const Grid& grid, normalize::Era era) {
  constexpr size_t kMaxAxisCellBytes = 400, kMaxYearWordBytes = 24;
  std::vector<int> best;
  for (const GridRow& row : grid.rows) {
    if (row.cells.size() > TableRowReader::kMaxTableCells) continue;
    std::vector<int> run;
    for (const std::string& cell : row.cells) {
      if (cell.size() > kMaxAxisCellBytes) {
        run.clear();
        continue;
      }
      for (std::string_view rest = cell; !rest.empty();) {
        const size_t space = rest.find(' ');
        const std::string_view word = rest.substr(0, space);
        rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
        if (word.empty() || word == "|") continue;
        const TableCell year = word.size() <= kMaxYearWordBytes ? ReadCell(word, 0, era) : TableCell();
        if (year.kind != CellKind::kYear || !year.fy) {
          run.clear();
        } else if (!run.empty() && *year.fy == run.back() + 1) {
          run.push_back(*year.fy);
        } else {
          run.assign(1, *year.fy);
        }
        if (run.size() > best.size()) best = run;
      }
    }
  }
  if (best.size() < kMinAxisYears) best.clear();
  return best;
}

std::optional<SeriesRow> ReadSeriesRow(const std::vector<TableCell>& cells,
                                       std::deque<TableCell>& storage) {
  SeriesRow series;
  size_t i = 0;
  for (; i < cells.size(); ++i) {
    const TableCell& cell = cells[i];
    if (cell.kind == CellKind::kEmpty) continue;
    std::string rest;
    if (const std::optional<ValueRole> role = LeadingRole(cell, rest)) {
      series.role = *role;
      if (!rest.empty()) {
        storage.push_back(ReadCell(rest, cell.column, normalize::Era::kNone));
        storage.back().line = cell.line;
        if (storage.back().kind != CellKind::kValue) return std::nullopt;
        series.values.push_back(&storage.back());
      }
      break;
    }
    if (cell.kind != CellKind::kText) return std::nullopt;
    series.name_part += (series.name_part.empty() ? "" : " ") + cell.text;
  }
  if (i == cells.size()) return std::nullopt;
  for (++i; i < cells.size(); ++i) {
    const TableCell& cell = cells[i];
    if (cell.kind != CellKind::kValue || cell.quantity.is_dash || cell.fy) break;
    series.values.push_back(&cell);
  }
  if (series.values.size() < 2) return std::nullopt;
  return series;
}

std::vector<int> SeriesYears(ValueRole role, size_t count, const std::vector<int>& axis) {
  if (count > axis.size()) return {};
  const size_t first = role == ValueRole::kTarget ? axis.size() - count : 0;
  return std::vector<int>(axis.begin() + first, axis.begin() + first + count);
}

}  // namespace keikaku::layouts
