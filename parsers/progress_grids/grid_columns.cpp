#include "progress_grids/grid_columns.h"

#include <re2/re2.h>

#include <set>

#include "progress_grids/normalized_rows.h"
#include "table/table_header.h"

namespace keikaku::layouts::progress {
namespace {

// How far below the main header the value sub-header may be printed.
constexpr size_t kSubHeaderReach = 2;

// The value sub-header ("項目 | 当初 (H27末) | 目標 (R3末)"), read by the table model's
// header reader: two or more role columns, a second baseline (現状値 after 当初) the
// progress report's current actual.
std::vector<ValueColumn> ReadValueColumns(const GridRow& row, normalize::Era era) {
  const std::optional<TableHeader> header = ReadTableHeader(ReadRowCells(row, era), row.line);
  if (!header || header->years_only) return {};
  std::vector<ValueColumn> columns;
  for (const HeaderColumn& value : header->values) {
    if (value.is_total) continue;
    const char* kind = value.role == ValueRole::kBaseline ? "baseline"
                       : value.role == ValueRole::kTarget ? "target"
                                                          : "actual";
    columns.push_back({static_cast<size_t>(value.column), kind, value.fy});
  }
  if (columns.size() < 2) return {};
  return columns;
}

void AssignColumn(std::string_view kind, size_t cell, const std::string& text,
                  GridColumns& columns) {
  if (kind == "ref") {
    columns.ref = cell;
  } else if (kind == "heading") {
    columns.path = cell;
  } else if (kind == "title") {
    columns.title = cell;
  } else if (kind == "department" && !columns.departments) {
    columns.departments = cell;
  } else if (kind == "related_department" && !columns.related) {
    columns.related = cell;
  } else if (kind == "description" && !columns.description) {
    columns.description = cell;
  } else if (kind == "indicator") {
    columns.indicators = cell;
  } else if (kind == "status") {
    columns.status = cell;
  } else {
    columns.texts.push_back({cell, HeaderLabel(text)});
  }
}

// Labels a two-row header prints in its second row ("進捗状況" under a merged cell) fill
// the columns the first row left open.
void AssignSplitLabels(const GridRow& row, GridColumns& columns) {
  for (size_t i = 0; i < row.cells.size(); ++i) {
    const std::string_view kind = HeaderKind(row.cells[i]);
    const bool open = (kind == "title" && !columns.title) ||
                      (kind == "status" && !columns.status) ||
                      (kind == "description" && !columns.description) ||
                      (kind == "department" && !columns.departments);
    if (open) AssignColumn(kind, i, row.cells[i], columns);
  }
}

}  // namespace

std::optional<size_t> FirstHeaderRow(const std::vector<GridRow>& rows) {
  for (size_t i = 0; i < rows.size(); ++i) {
    if (IsHeaderRow(rows[i])) return i;
  }
  return std::nullopt;
}

bool IsHeaderRow(const GridRow& row) {
  static const std::set<std::string_view> kKeyKinds = {
      "ref", "title", "department", "related_department", "description", "indicator", "status"};
  constexpr size_t kMinHeaderLabels = 4;
  if (FilledCount(row) < kMinHeaderLabels) return false;
  std::set<std::string_view> kinds;
  for (const std::string& cell : row.cells) {
    const std::string_view kind = HeaderKind(cell);
    if (kKeyKinds.count(kind)) kinds.insert(kind == "related_department" ? "department" : kind);
  }
  return kinds.size() >= kMinHeaderLabels && (kinds.count("ref") || kinds.count("title"));
}

GridColumns ReadHeader(const std::vector<GridRow>& rows, size_t index, normalize::Era era,
                       size_t* rows_used) {
  GridColumns columns;
  const GridRow& header = rows[index];
  for (size_t i = 0; i < header.cells.size(); ++i) {
    if (header.cells[i].empty()) continue;
    AssignColumn(HeaderKind(header.cells[i]), i, header.cells[i], columns);
  }
  // A progress table with one department column lists its owners there (SCHEMA.md).
  if (!columns.departments && columns.related) std::swap(columns.departments, columns.related);
  *rows_used = 1;
  for (size_t next = index + 1; next < rows.size() && next <= index + kSubHeaderReach; ++next) {
    std::vector<ValueColumn> values = ReadValueColumns(rows[next], era);
    if (values.empty()) continue;
    columns.values = std::move(values);
    AssignSplitLabels(rows[next], columns);
    // The indicator name is printed just left of the first value column (its 項目 cell).
    if (columns.values.front().cell > 0) columns.indicators = columns.values.front().cell - 1;
    *rows_used = next - index + 1;
    break;
  }
  return columns;
}

}  // namespace keikaku::layouts::progress
