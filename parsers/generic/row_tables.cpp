#include "generic/row_tables.h"

#include <re2/re2.h>

#include <algorithm>

#include "common/cells.h"
#include "common/labels.h"
#include "common/markdown.h"
#include "keikaku/normalize/text.h"

namespace keikaku::layouts {
namespace {

constexpr size_t kMaxRefBytes = 12;
constexpr size_t kMaxLabelBytes = 64;

// A header label without the bracket after it: "取組項目 (A)" -> "取組項目".
std::string LabelOfHeader(const GridRow& row, size_t index) {
  if (row.cells[index].size() > kMaxLabelBytes) return "";  // narrative, not a column label
  std::string text = CellText(row, index);
  const size_t bracket = text.find('(');
  if (bracket != std::string::npos) text.resize(bracket);
  return WithoutSpaces(text);
}

}  // namespace

std::optional<RowTable> ReadRowTableHeader(const GridRow& row) {
  if (row.cells.size() < 3) return std::nullopt;
  RowTable table;
  bool has_ref = false, has_title = false;
  for (size_t i = 0; i < row.cells.size(); ++i) {
    const std::string label = LabelOfHeader(row, i);
    if (label.empty()) continue;
    const std::string_view kind = LabelKind(label);
    for (std::string_view field : {"ref", "title", "department", "related_department", "description", "heading"}) {
      if (kind == field) table.last_cell = i;
    }
    if (kind == "ref" && !has_ref) {
      table.ref_cell = i;
      has_ref = true;
    } else if (kind == "title" && !has_title) {
      table.title_cell = i;
      has_title = true;
    } else if (kind == "department" && !table.department_cell) {
      table.department_cell = i;
    } else if (kind == "related_department" && !table.related_cell) {
      table.related_cell = i;
    } else if (kind == "description" && !table.description_cell) {
      table.description_cell = i;
    } else if (kind == "heading" && !table.heading_cell) {
      table.heading_cell = i;
    }
  }
  if (!has_ref || !has_title) return std::nullopt;
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
