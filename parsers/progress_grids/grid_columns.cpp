#include "progress_grids/grid_columns.h"

#include <set>

#include "progress_grids/normalized_rows.h"
#include "table/field_header.h"
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

// The columns the main header row labels; every other filled cell is a labelled text.
GridColumns MainColumns(const GridRow& row) {
  const FieldHeader fields = ReadFieldHeader(row);
  GridColumns columns;
  columns.ref = fields.Cell(Field::kRef).value_or(0);
  columns.path = fields.Cell(Field::kHeading);
  columns.title = fields.Cell(Field::kTitle);
  columns.departments = fields.Cell(Field::kDepartment);
  columns.related = fields.Cell(Field::kRelated);
  columns.description = fields.Cell(Field::kDescription);
  columns.indicators = fields.Cell(Field::kIndicator).value_or(0);
  columns.status = fields.Cell(Field::kStatus);
  std::set<int> fields_held;
  for (Field field : {Field::kRef, Field::kHeading, Field::kTitle, Field::kDepartment, Field::kRelated,
                      Field::kDescription, Field::kIndicator, Field::kStatus}) {
    if (fields[field]) fields_held.insert(*fields[field]);
  }
  for (size_t i = 0; i < row.cells.size(); ++i) {
    if (row.cells[i].empty() || fields_held.count(static_cast<int>(i))) continue;
    columns.texts.push_back({i, HeaderLabel(row.cells[i])});
  }
  return columns;
}

// Labels a two-row header prints in its second row ("進捗状況" under a merged cell) fill
// the columns the first row left open.
void AssignSplitLabels(const GridRow& row, GridColumns& columns) {
  const FieldHeader fields = ReadFieldHeader(row);
  if (!columns.title) columns.title = fields.Cell(Field::kTitle);
  if (!columns.status) columns.status = fields.Cell(Field::kStatus);
  if (!columns.description) columns.description = fields.Cell(Field::kDescription);
  if (!columns.departments) columns.departments = fields.Cell(Field::kDepartment);
}

}  // namespace

std::optional<size_t> FirstHeaderRow(const std::vector<GridRow>& rows) {
  for (size_t i = 0; i < rows.size(); ++i) {
    if (IsHeaderRow(rows[i])) return i;
  }
  return std::nullopt;
}

bool IsHeaderRow(const GridRow& row) {
  constexpr size_t kMinHeaderLabels = 4;
  if (FilledCount(row) < kMinHeaderLabels) return false;
  const FieldHeader fields = ReadFieldHeader(row);
  // 担当課 and 関係課 name one part of an item: its departments.
  const size_t parts =
      fields.CountOf({Field::kRef, Field::kTitle, Field::kDescription, Field::kIndicator, Field::kStatus}) +
      (fields.Has(Field::kDepartment) || fields.Has(Field::kRelated));
  return parts >= kMinHeaderLabels && (fields.Has(Field::kRef) || fields.Has(Field::kTitle));
}

GridColumns ReadHeader(const std::vector<GridRow>& rows, size_t index, normalize::Era era,
                       size_t* rows_used) {
  GridColumns columns = MainColumns(rows[index]);
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
