#include "generic/year_tables.h"

#include <re2/re2.h>

#include <utility>

#include "common/cells.h"
#include "common/labels.h"
#include "common/markdown.h"
#include "keikaku/normalize/number.h"
#include "keikaku/normalize/text.h"
#include "table/alignment.h"
#include "table/table_header.h"

namespace keikaku::layouts {
namespace {

constexpr size_t kMaxNameBytes = 240;  // a longer cell is narrative, not an indicator name

std::string CleanCell(const GridRow& row, size_t index) {
  return index < row.cells.size() ? normalize::NormalizeText(StripMarkup(row.cells[index])) : "";
}

bool IsValueLike(const std::string& text) {
  const normalize::Quantity quantity = normalize::ParseNumber(text);
  return quantity.value.has_value() || quantity.is_dash;
}

Observation ValueAt(const GridRow& row, size_t cell, std::optional<int> fy,
                    const std::optional<std::string>& unit, normalize::Era era) {
  return MakeObservation(StripMarkup(row.cells[cell]), fy, {row.line, static_cast<int>(cell)},
                         unit.value_or(""), era);
}

// A 計画 / 実績 label in the 単位 column: the converter swapped them; the unit is the short
// cell just before.
void ReadUnitCell(const GridRow& row, size_t unit_cell, YearRow& result) {
  std::string unit = CleanCell(row, unit_cell);
  if (unit.empty()) return;
  if (auto role = RoleOfLabelKind(LabelKind(unit))) {
    result.role = role;
    unit = unit_cell > 0 ? CleanCell(row, unit_cell - 1) : "";
    if (unit.empty() || unit.size() > 9 || !LabelKind(unit).empty() || IsValueLike(unit)) return;
  }
  result.unit = unit;
}

}  // namespace

std::optional<YearTable> ReadYearHeader(const GridRow& row, const TableRow& table_row) {
  // The table model's cells are the grid's, column for column, only when the row printed no
  // pipes to split on and no fold of one-cell lines.
  if (table_row.grid_rows != 1 || table_row.cells.size() != row.cells.size()) return std::nullopt;
  const std::optional<TableHeader> header =
      ReadTableHeader(table_row.cells, row.line, {.years_after_labels = true});
  if (!header) return std::nullopt;
  YearTable table;
  for (const HeaderColumn& column : header->values) {
    const auto cell = static_cast<size_t>(column.column);
    if (!column.fy) {
      table.baseline_cell = cell;
      continue;
    }
    if (column.year_alone) table.role = column.role;
    const std::optional<ValueRole> role = column.year_alone ? std::nullopt : std::optional(column.role);
    table.years.push_back({cell, *column.fy, role});
  }
  table.first_year_cell = table.years.front().cell;
  if (header->unit_column) table.unit_cell = static_cast<size_t>(*header->unit_column);
  if (header->name_column) table.name = CleanCell(row, static_cast<size_t>(*header->name_column));
  return table;
}

// A 数値 row whose cells carry their indicator's name ("HPアクセス数 470,000件" under each
// year): the name once, the figures as the row's values.
std::optional<YearRow> ReadNamedFigureRow(const GridRow& row, size_t label, const YearTable& table,
                                          normalize::Era era) {
  static const RE2 named_figure(R"((.*?)\s*([-+▲△]?\d[\d,.]*\S*)$)");
  YearRow result;
  size_t year = 0;
  for (size_t i = label + 1; i < row.cells.size() && year < table.years.size(); ++i) {
    const std::string text = CleanCell(row, i);
    if (text.empty()) continue;
    std::string name, figure;
    if (!RE2::FullMatch(text, named_figure, &name, &figure) || name.empty()) return std::nullopt;
    if (result.name.empty()) result.name = name;
    if (name != result.name) return std::nullopt;
    const YearColumn& column = table.years[year++];
    Observation value = MakeObservation(figure, column.fy, {row.line, static_cast<int>(i)}, "", era);
    value.text = text;
    result.values.emplace_back(column.role, std::move(value));
  }
  if (result.values.empty()) return std::nullopt;
  return result;
}

namespace {

// The values printed after cell `label`, taken in order onto the table's years: where the
// conversion moved a row's cells, their order still holds. Returns how they were placed.
RowAlignment TakeValuesInOrder(const GridRow& row, size_t label, const YearTable& table, normalize::Era era,
                               YearRow& result) {
  std::vector<size_t> filled, columns;
  for (size_t i = label + 1; i < row.cells.size(); ++i) {
    if (!CleanCell(row, i).empty()) filled.push_back(i);
  }
  for (const YearColumn& column : table.years) columns.push_back(column.cell);
  const RowAlignment alignment = AlignInOrder(filled, columns);
  for (size_t k = 0; k < filled.size(); ++k) {
    if (!alignment.columns[k]) continue;
    const YearColumn& column = table.years[*alignment.columns[k]];
    result.values.emplace_back(column.role, ValueAt(row, filled[k], column.fy, result.unit, era));
  }
  return alignment;
}

}  // namespace

bool ContinuesYearTable(const GridRow& row) {
  if (IsBlankRow(row)) return false;
  int filled = 0;
  filled = static_cast<int>(FilledCellCount(row));
  if (row.kind == RowKind::kText && filled < 2) return false;
  const std::string& first = row.cells[FirstFilledCell(row)];
  if (normalize::FiscalYearOf(first)) return false;
  const std::string_view kind = LabelKind(first);
  return kind != "department" && kind != "related_department" && kind != "description";
}

std::optional<YearRow> ReadYearRow(const GridRow& row, const YearTable& table, normalize::Era era,
                                   std::vector<Diagnostic>& diagnostics) {
  const size_t first = FirstFilledCell(row);
  const std::string_view leading = LabelKind(row.cells[first]);
  const bool status = leading == "status";
  if (leading == "quantity") return ReadNamedFigureRow(row, first, table, era);
  if (!leading.empty() && !RoleOfLabelKind(leading) && leading != "indicator" && !status) {
    return std::nullopt;
  }
  YearRow result;
  // A row led by its label ("年度目標", "進捗状況") is a series named by it; one cell shorter
  // than the header, the conversion dropped a cell before the years: values follow the label.
  const size_t header_width = table.years.back().cell + 1;
  if ((status || RoleOfLabelKind(leading)) && first < table.first_year_cell && leading != "baseline") {
    result.label = CleanCell(row, first);
    if (RoleOfLabelKind(leading)) result.role = RoleOfLabelKind(leading);
    if (row.cells.size() < header_width) {
      const RowAlignment alignment = TakeValuesInOrder(row, first, table, era, result);
      diagnostics.push_back(RealignedRow(row.line, alignment.shift,
                                         "a labelled row short of its header; values taken after the label"));
      return result.values.empty() ? std::nullopt : std::optional<YearRow>(std::move(result));
    }
  }
  std::optional<size_t> shifted_label;  // a 計画 / 実績 label printed under a year column
  for (size_t i = 0; i < row.cells.size(); ++i) {
    if (table.unit_cell && i == *table.unit_cell) continue;
    const std::string text = CleanCell(row, i);
    if (text.empty()) continue;
    const std::string_view kind = LabelKind(text);
    if (auto role = RoleOfLabelKind(kind); role && role != ValueRole::kBaseline) {
      result.role = role;
      if (i >= table.first_year_cell) shifted_label = i;
      continue;
    }
    if (i >= table.first_year_cell) continue;
    if (table.baseline_cell && i == *table.baseline_cell) {
      result.baseline = ValueAt(row, i, std::nullopt, std::nullopt, era);
    } else if (result.name.empty() && result.label.empty() && kind.empty() &&
               text.size() <= kMaxNameBytes && !IsValueLike(text)) {
      result.name = CleanIndicatorName(text, row.line, era, &result.unit, &result.baseline);
    }
  }
  if (table.unit_cell) ReadUnitCell(row, *table.unit_cell, result);
  if (shifted_label) {
    const RowAlignment alignment = TakeValuesInOrder(row, *shifted_label, table, era, result);
    diagnostics.push_back(RealignedRow(
        row.line, alignment.shift, "計画/実績 label under a year column; values taken after it in year order"));
  } else {
    for (const YearColumn& column : table.years) {
      if (column.cell >= row.cells.size() || CleanCell(row, column.cell).empty()) continue;
      result.values.emplace_back(column.role,
                                 ValueAt(row, column.cell, column.fy, result.unit, era));
    }
  }
  if (result.values.empty() && !result.baseline) return std::nullopt;
  return result;
}

std::string CleanIndicatorName(std::string_view text, int line, normalize::Era era,
                               std::optional<std::string>* unit,
                               std::optional<Observation>* baseline) {
  static const RE2 bracket(R"(^(.*?)\s*【([^】]*)】\s*(.*)$)");
  static const RE2 unit_bracket(R"(^(.+?)\s*\(([^()0-9]{1,5})\)\s*$)");
  std::string name(text), before, content, after;
  if (RE2::FullMatch(name, bracket, &before, &content, &after)) {
    name = normalize::CollapseSpaces(before + " " + after);
    if (const size_t colon = content.find(':'); colon != std::string::npos && !*baseline) {
      std::optional<int> fy;
      if (auto date = normalize::FindDate(content.substr(0, colon), era);
          date && date->error.empty()) {
        fy = date->fy;
      }
      Observation observation = MakeObservation(
          normalize::CollapseSpaces(content.substr(colon + 1)), fy, {line, -1}, "", era);
      if (observation.value) *baseline = std::move(observation);
    }
  }
  std::string stem, printed_unit;
  if (RE2::FullMatch(name, unit_bracket, &stem, &printed_unit)) {
    name = stem;
    if (!*unit) *unit = normalize::CollapseSpaces(printed_unit);
  }
  return name;
}

}  // namespace keikaku::layouts
