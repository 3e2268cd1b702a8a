#include "table/table_header.h"

#include <re2/re2.h>

#include <algorithm>
#include <utility>

#include "common/markdown.h"
#include "table/year_labels.h"

namespace keikaku::layouts {
namespace {

// A column over a yearly series: "年次目標（上段）・年次実績（下段）", "各年度の目標", "年度別目標".
bool IsSeriesColumn(const TableCell& cell) {
  static const RE2 series(R"(年次|各年度|年度別|年度ごと|上段)");
  return cell.kind == CellKind::kText && cell.text.size() <= 80 &&
         cell.text.find("目標") != std::string::npos && RE2::PartialMatch(cell.text, series);
}

std::optional<int> BareYear(const TableCell& cell) {
  if (cell.kind == CellKind::kYear) return cell.fy;
  const auto& value = cell.quantity.value;
  if (cell.kind == CellKind::kValue && value && cell.quantity.unit.empty() &&
      cell.text.size() == 4 && *value >= 1950 && *value <= 2100) {
    return static_cast<int>(*value);
  }
  return std::nullopt;
}

// A column whose header is a cumulative figure ("累計 (H28~R2年度)") holds an actual total.
bool IsTotalColumn(const TableCell& cell) {
  return cell.kind == CellKind::kText && cell.is_total && cell.text.size() <= 40;
}

// A year column of a row of years: a year alone ("令和2年度"), with its role ("令和元年度
// 実績", "当初 (H27末)"), or leading the first row's value ("28年度 660"). A lone "2020" is a
// value, "R1年度取組内容" a column of text.
std::optional<HeaderColumn> YearColumnOf(const TableCell& cell) {
  if (!cell.fy) return std::nullopt;
  const auto year_alone = [&] { return HeaderColumn{cell.column, ValueRole::kTarget, cell.fy, false, true}; };
  if (cell.kind == CellKind::kYear) return year_alone();
  if (cell.kind == CellKind::kValue && cell.text.find_first_not_of("0123456789,. ") != std::string::npos) {
    const YearLabel split = SplitYearLabel(cell.text, normalize::Era::kNone);
    if (!split.year.empty() && split.label.empty()) return year_alone();
    return std::nullopt;
  }
  if (cell.kind == CellKind::kLabel && cell.role) return HeaderColumn{cell.column, *cell.role, cell.fy};
  return std::nullopt;
}

// HeaderOptions::years_after_labels: the years, then what the cells before the first one say.
std::optional<TableHeader> ReadYearsAfterLabels(const std::vector<TableCell>& cells, int line) {
  // Most rows are no header: two cells with a year come before any look-up.
  const auto dated = [](const TableCell& cell) { return cell.fy.has_value(); };
  if (std::count_if(cells.begin(), cells.end(), dated) < 2) return std::nullopt;
  std::vector<HeaderColumn> years;
  bool baseline_seen = false;
  for (const TableCell& cell : cells) {
    std::optional<HeaderColumn> year = YearColumnOf(cell);
    if (!year) continue;
    if (year->role == ValueRole::kBaseline && std::exchange(baseline_seen, true)) {
      year->role = ValueRole::kActual;
    }
    years.push_back(*year);
  }
  if (years.size() < 2) return std::nullopt;
  TableHeader header;
  header.line = line;
  header.width = static_cast<int>(cells.size());
  const int first_year = years.front().column;
  std::optional<int> baseline_column;
  ValueRole role_of_years = ValueRole::kTarget;  // 実績 before the years: they are actuals
  for (const TableCell& cell : cells) {
    const bool unit = cell.kind == CellKind::kLabel && cell.label == "unit";
    if (cell.column >= first_year) {
      if (unit && !header.unit_column) header.unit_column = cell.column;
    } else if (unit) {
      header.unit_column = cell.column;
    } else if (cell.kind == CellKind::kLabel && cell.role == ValueRole::kBaseline) {
      baseline_column = cell.column;
    } else if (cell.kind == CellKind::kLabel && cell.role) {
      role_of_years = *cell.role;
    } else if (cell.kind == CellKind::kText && !header.name_column) {
      header.name_column = cell.column;
    }
  }
  if (baseline_column) header.values.push_back({*baseline_column, ValueRole::kBaseline, std::nullopt});
  for (HeaderColumn& year : years) {
    if (year.year_alone) year.role = role_of_years;
    header.values.push_back(year);
  }
  return header;
}

}  // namespace

std::optional<TableHeader> ReadTableHeader(const std::vector<TableCell>& cells, int line,
                                           const HeaderOptions& options) {
  if (options.years_after_labels) return ReadYearsAfterLabels(cells, line);
  TableHeader header;
  header.line = line;
  header.width = static_cast<int>(cells.size());
  bool baseline_seen = false;
  for (const TableCell& cell : cells) {
    if (cell.kind == CellKind::kValue) return std::nullopt;
    if (cell.kind == CellKind::kLabel && cell.role) {
      ValueRole role = *cell.role;
      // 出発点 … 現状値: the current value after the starting point is an actual.
      if (role == ValueRole::kBaseline && std::exchange(baseline_seen, true) &&
          cell.text.find("現状") != std::string::npos) {
        role = ValueRole::kActual;
      }
      header.values.push_back({cell.column, role, cell.fy, false});
    } else if (cell.kind == CellKind::kLabel && cell.label == "indicator") {
      if (!header.name_column) header.name_column = cell.column;
    } else if (cell.kind == CellKind::kLabel && cell.label == "unit") {
      header.unit_column = cell.column;
    } else if (IsSeriesColumn(cell) && !header.series_column) {
      header.series_column = cell.column;
      header.actuals_below = cell.text.find("実績") != std::string::npos &&
                             cell.text.find("下段") != std::string::npos;
    } else if (IsTotalColumn(cell) && !header.values.empty()) {
      header.values.push_back({cell.column, ValueRole::kActual, std::nullopt, true});
    }
  }
  // A first column labelled with a role ("目標 | 策定時 | 基準 | …") names the row's objective:
  // it is the name column when no 指標 label says otherwise.
  if (!header.name_column && header.values.size() >= 3 && header.values.front().column == 0 &&
      cells.front().kind == CellKind::kLabel) {
    header.name_column = 0;
    header.values.erase(header.values.begin());
  }
  // Without a 指標 label, a word right before the first value column heads the names
  // ("項目 | 当初 (H27末) | 目標 (R3末)").
  if (!header.name_column && !header.values.empty()) {
    const int first = header.values.front().column;
    for (const TableCell& cell : cells) {
      if (cell.column == first - 1 && cell.kind == CellKind::kText && CharCount(cell.text) <= 8) {
        header.name_column = cell.column;
      }
    }
  }
  // A row of years alone ("R7 | R8 | R9 | R10") heads the yearly targets below it.
  if (header.values.empty() && !header.name_column) {
    for (const TableCell& cell : cells) {
      if (cell.kind == CellKind::kEmpty) continue;
      if (cell.kind != CellKind::kYear || !cell.fy) return std::nullopt;
      header.values.push_back({cell.column, ValueRole::kTarget, cell.fy, false});
    }
    header.years_only = true;
  }
  // One role alone is a heading that names a target ("主要目標"), not a table's header.
  if (header.values.size() < options.min_value_columns) return std::nullopt;
  return header;
}

std::optional<TableHeader> ReadHeaderRow(const GridRow& row, normalize::Era era, size_t longest_label,
                                         const HeaderOptions& options, CellMemo& memo) {
  std::vector<TableCell> cells;
  cells.reserve(row.cells.size());
  for (const std::string& printed : row.cells) {
    const int column = static_cast<int>(cells.size());
    TableCell cell = printed.size() > longest_label ? TableCell{} : memo.Cell(StripMarkup(printed), column, era);
    cell.column = column;
    cell.line = row.line;
    const bool value = cell.kind == CellKind::kValue;
    cells.push_back(std::move(cell));
    if (value && !options.years_after_labels) return std::nullopt;
  }
  return ReadTableHeader(cells, row.line, options);
}

bool ReadSeriesYears(const std::vector<TableCell>& cells, TableHeader& header) {
  if (!header.series_column || !header.series_years.empty()) return false;
  std::vector<int> years;
  for (const TableCell& cell : cells) {
    if (cell.kind == CellKind::kEmpty) continue;
    const std::optional<int> year = BareYear(cell);
    if (!year) return false;
    years.push_back(*year);
  }
  if (years.size() < 2) return false;
  header.series_years = std::move(years);
  return true;
}

bool TakeSeriesYearsOf(const TableHeader& earlier, TableHeader& header) {
  if (!header.series_column || !header.series_years.empty() || earlier.series_years.empty()) {
    return false;
  }
  const auto same_column = [](const HeaderColumn& a, const HeaderColumn& b) {
    return a.column == b.column && a.role == b.role && a.fy == b.fy && a.is_total == b.is_total;
  };
  // Each of its value columns as before; a label the reprint misspells ("規準") reads as none.
  const bool same_shape =
      earlier.width == header.width && earlier.series_column == header.series_column &&
      earlier.name_column == header.name_column && earlier.unit_column == header.unit_column &&
      !header.values.empty() &&
      std::all_of(header.values.begin(), header.values.end(), [&](const HeaderColumn& column) {
        return std::any_of(earlier.values.begin(), earlier.values.end(),
                           [&](const HeaderColumn& before) { return same_column(before, column); });
      });
  if (!same_shape) return false;
  header.series_years = earlier.series_years;
  return true;
}

}  // namespace keikaku::layouts
