#include "table/field_header.h"

#include <string>

#include "common/labels.h"

namespace keikaku::layouts {
namespace {

// A longer cell is narrative, never a column label.
constexpr size_t kMaxHeaderLabelBytes = 64;

struct FieldKind {
  std::string_view kind;
  Field field;
};

constexpr FieldKind kFieldKinds[] = {
    {"ref", Field::kRef},
    {"title", Field::kTitle},
    {"project_name", Field::kProjectName},
    {"heading", Field::kHeading},
    {"department", Field::kDepartment},
    {"related_department", Field::kRelated},
    {"description", Field::kDescription},
    {"indicator", Field::kIndicator},
    {"unit", Field::kUnit},
    {"status", Field::kStatus},
};
static_assert(std::size(kFieldKinds) == kFieldCount);

bool IsMeasureField(Field field) {
  switch (field) {
    case Field::kRef:
    case Field::kTitle:
    case Field::kHeading:
    case Field::kDepartment:
    case Field::kRelated:
    case Field::kDescription:
      return true;
    default:
      return false;
  }
}

void TakeLabel(std::string_view kind, int column, FieldHeader& header) {
  const std::optional<Field> field = FieldOfLabelKind(kind);
  if (!field) return;
  std::optional<int>& slot = header.columns[static_cast<size_t>(*field)];
  if (!slot) slot = column;
  if (IsMeasureField(*field)) header.last_measure_column = column;
}

}  // namespace

std::optional<Field> FieldOfLabelKind(std::string_view kind) {
  if (kind.empty()) return std::nullopt;
  for (const FieldKind& entry : kFieldKinds) {
    if (entry.kind == kind) return entry.field;
  }
  return std::nullopt;
}

std::string_view HeaderCellKind(std::string_view normalized_cell) {
  if (normalized_cell.empty() || normalized_cell.size() > kMaxHeaderLabelBytes) return {};
  // The lexicon holds no bracketed label: what a bracket adds is a column letter or a note.
  return NormalizedLabelKind(normalized_cell.substr(0, normalized_cell.find('(')));
}

std::optional<size_t> FieldHeader::Cell(Field field) const {
  const std::optional<int> column = (*this)[field];
  if (!column) return std::nullopt;
  return static_cast<size_t>(*column);
}

size_t FieldHeader::CountOf(std::initializer_list<Field> fields) const {
  size_t count = 0;
  for (Field field : fields) count += Has(field);
  return count;
}

FieldHeader ReadFieldHeader(const GridRow& normalized_row) {
  FieldHeader header;
  for (size_t i = 0; i < normalized_row.cells.size(); ++i) {
    TakeLabel(HeaderCellKind(normalized_row.cells[i]), static_cast<int>(i), header);
  }
  return header;
}

FieldHeader ReadFieldHeader(const std::vector<TableCell>& cells) {
  FieldHeader header;
  for (const TableCell& cell : cells) {
    if (cell.kind == CellKind::kLabel) TakeLabel(cell.label, cell.column, header);
  }
  return header;
}

}  // namespace keikaku::layouts
