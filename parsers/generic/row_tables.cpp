#include "generic/row_tables.h"

#include <re2/re2.h>

#include <algorithm>

#include "common/cells.h"
#include "common/markdown.h"
#include "keikaku/normalize/text.h"
#include "table/field_header.h"
#include "table/normalized_cells.h"

namespace keikaku::layouts {
namespace {

constexpr size_t kMaxRefBytes = 12;
constexpr size_t kMaxLabelBytes = 64;  // a longer printed cell is narrative, not a column label

}  // namespace

std::optional<RowTable> ReadRowTableHeader(const GridRow& row) {
  if (row.cells.size() < 3) return std::nullopt;
  const FieldHeader fields = ReadFieldHeader(NormalizeShortCells(row, kMaxLabelBytes));
  if (!fields.Has(Field::kRef) || !fields.Has(Field::kTitle)) return std::nullopt;
  RowTable table;
  table.ref_cell = *fields[Field::kRef];
  table.title_cell = *fields[Field::kTitle];
  table.department_cell = fields.Cell(Field::kDepartment);
  table.related_cell = fields.Cell(Field::kRelated);
  table.description_cell = fields.Cell(Field::kDescription);
  table.heading_cell = fields.Cell(Field::kHeading);
  table.last_cell = *fields.last_measure_column;
  return table;
}

std::optional<RowTable> ShiftedRowTable(const RowTable& table, int shift) {
  const auto moved = [shift](size_t cell) { return static_cast<long>(cell) + shift; };
  if (moved(std::min(table.ref_cell, table.title_cell)) < 0) return std::nullopt;
  for (const std::optional<size_t>& cell :
       {table.department_cell, table.related_cell, table.description_cell, table.heading_cell}) {
    if (cell && moved(*cell) < 0) return std::nullopt;
  }
  RowTable shifted = table;
  shifted.ref_cell = moved(table.ref_cell);
  shifted.title_cell = moved(table.title_cell);
  shifted.last_cell = moved(table.last_cell);
  for (std::optional<size_t>* cell : {&shifted.department_cell, &shifted.related_cell,
                                      &shifted.description_cell, &shifted.heading_cell}) {
    if (*cell) *cell = moved(**cell);
  }
  return shifted;
}

size_t LastMeasureCell(const RowTable& table) {
  size_t last = std::max({table.ref_cell, table.title_cell, table.last_cell});
  for (const std::optional<size_t>& cell :
       {table.department_cell, table.related_cell, table.description_cell, table.heading_cell}) {
    if (cell) last = std::max(last, *cell);
  }
  return last;
}

std::optional<Measure> ReadRowMeasureCells(const GridRow& row, const RowTable& table) {
  static const RE2 digit(R"(\d)");
  const std::string ref = CellText(row, table.ref_cell);
  const std::string title = RemoveWrapSpaces(CellText(row, table.title_cell));
  if (ref.empty() || ref.size() > kMaxRefBytes || !RE2::PartialMatch(ref, digit) || title.empty()) {
    return std::nullopt;
  }
  Measure measure;
  measure.ref = ref;
  measure.kind = "action";
  measure.title = title;
  measure.line = row.line;
  if (const auto owner = table.department_cell ? table.department_cell : table.related_cell) {
    measure.departments = SplitDepartments(CellText(row, *owner));
  }
  if (table.department_cell && table.related_cell) {
    measure.related_departments = SplitDepartments(CellText(row, *table.related_cell));
  }
  if (table.description_cell) {
    if (std::string description = CellText(row, *table.description_cell); !description.empty()) {
      measure.description = std::move(description);
    }
  }
  return measure;
}

std::string SplitHeadingTitle(std::string_view text) {
  normalize::Heading heading = normalize::SplitHeading(text);
  return heading.title.empty() ? std::string(text) : heading.title;
}

}  // namespace keikaku::layouts
