#include "table/record_rows.h"

#include <algorithm>

#include "common/cells.h"
#include "common/markdown.h"
#include "table/field_header.h"
#include "table/kpi_rows.h"
#include "table/units.h"

namespace keikaku::layouts {
namespace {

const TableCell* CellAt(const std::vector<TableCell>& cells, std::optional<int> column) {
  if (!column) return nullptr;
  const auto it = std::find_if(cells.begin(), cells.end(),
                               [&](const TableCell& cell) { return cell.column == *column; });
  return it == cells.end() || it->kind == CellKind::kEmpty ? nullptr : &*it;
}

std::string TextAt(const std::vector<TableCell>& cells, std::optional<int> column) {
  const TableCell* cell = CellAt(cells, column);
  return cell ? RemoveWrapSpaces(cell->text) : std::string();
}

}  // namespace

std::optional<RecordHeader> ReadRecordHeader(const std::vector<TableCell>& cells, int line) {
  const FieldHeader fields = ReadFieldHeader(cells);
  const std::optional<int> title = fields[Field::kTitle];
  const std::optional<int> project = fields[Field::kProjectName];
  if (!title && !project) return std::nullopt;
  if (fields.CountOf({Field::kRef, Field::kDepartment, Field::kRelated, Field::kDescription,
                      Field::kStatus, Field::kIndicator}) == 0) {
    return std::nullopt;
  }
  RecordHeader header;
  header.line = line;
  const bool project_first = project && (!title || *project < *title);
  header.title_label = project_first ? "project_name" : "title";
  header.title_column = project_first ? *project : *title;
  header.ref_column = fields[Field::kRef];
  header.department_column = fields[Field::kDepartment];
  header.related_column = fields[Field::kRelated];
  header.description_column = fields[Field::kDescription];
  header.status_column = fields[Field::kStatus];
  header.indicator_column = fields[Field::kIndicator];
  header.unit_column = fields[Field::kUnit];
  for (const TableCell& cell : cells) {
    if (cell.kind == CellKind::kLabel && cell.role && !FieldOfLabelKind(cell.label)) {
      header.values.push_back({cell.column, *cell.role, cell.fy, cell.is_total});
    }
  }
  return header;
}

std::optional<RecordRow> ReadRecordRow(const std::vector<TableCell>& cells,
                                       const RecordHeader& header) {
  RecordRow row;
  const std::string title = TextAt(cells, header.title_column);
  if (!title.empty()) {
    Measure measure;
    measure.ref = TextAt(cells, header.ref_column);
    measure.kind = header.title_label == "project_name" ? "project" : "action";
    measure.title = title;
    measure.line = CellAt(cells, header.title_column)->line;
    if (std::string owner = TextAt(cells, header.department_column); !owner.empty()) {
      measure.departments = SplitDepartments(owner);
    }
    if (std::string related = TextAt(cells, header.related_column); !related.empty()) {
      measure.related_departments = SplitDepartments(related);
    }
    if (std::string description = TextAt(cells, header.description_column); !description.empty()) {
      measure.description = description;
    }
    if (std::string status = TextAt(cells, header.status_column); !status.empty()) {
      measure.status = status;
    }
    row.measure = std::move(measure);
  }
  const std::string name = TextAt(cells, header.indicator_column);
  if (!name.empty()) {
    Indicator indicator;
    indicator.name = name;
    if (std::string unit = TextAt(cells, header.unit_column); !unit.empty()) indicator.unit = unit;
    if (!indicator.unit) indicator.unit = UnitInName(name);
    for (const HeaderColumn& column : header.values) {
      const TableCell* cell = CellAt(cells, column.column);
      if (!cell || !IsWordValue(*cell)) continue;
      AddObservation(indicator, column.role, ObservationOf(*cell, column.fy, column.is_total));
    }
    row.indicator = std::move(indicator);
  }
  if (!row.measure && !row.indicator) return std::nullopt;
  return row;
}

}  // namespace keikaku::layouts
