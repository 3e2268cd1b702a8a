#include "table/series_rows.h"

namespace keikaku::layouts {
namespace {

constexpr size_t kMinAxisYears = 5;

// The cells of `row` with each cell's space-separated words read as cells of their own.
std::vector<TableCell> Words(const TableRow& row, normalize::Era era) {
  std::vector<TableCell> words;
  for (const TableCell& cell : row.cells) {
    std::string_view rest = cell.text;
    while (!rest.empty()) {
      const size_t space = rest.find(' ');
      words.push_back(ReadCell(rest.substr(0, space), cell.column, era));
      rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
    }
  }
  return words;
}

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

std::vector<int> FindYearAxis(const std::vector<TableRow>& rows, normalize::Era era) {
  std::vector<int> best;
  for (const TableRow& row : rows) {
    std::vector<int> run;
    for (const TableCell& word : Words(row, era)) {
      if (word.kind == CellKind::kYear && word.fy && !run.empty() && *word.fy == run.back() + 1) {
        run.push_back(*word.fy);
      } else if (word.kind == CellKind::kYear && word.fy) {
        run.assign(1, *word.fy);
      } else {
        run.clear();
      }
      if (run.size() > best.size()) best = run;
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
