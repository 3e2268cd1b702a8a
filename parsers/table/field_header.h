// The header of a table with one measure per row ("No. | 取組項目 | 担当課 | 取組内容 | …"):
// which column each field's label heads. Record sheets, progress grids and the generic
// reader's row tables all read their header here and keep only their own quirks.
#ifndef KEIKAKU_PARSERS_TABLE_FIELD_HEADER_H_
#define KEIKAKU_PARSERS_TABLE_FIELD_HEADER_H_

#include <array>
#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string_view>
#include <vector>

#include "keikaku/parsers/grid.h"
#include "table/table_cell.h"

namespace keikaku::layouts {

// The fields a row of measures keeps in columns of their own, each named by one lexicon kind.
enum class Field {
  kRef,          // "ref": No. / 番号
  kTitle,        // "title": 取組項目 / 実施項目
  kProjectName,  // "project_name": 事務事業名 / 事業名
  kHeading,      // "heading": 基本方針, a group heading carried down its rows
  kDepartment,   // "department": 担当課 / 所管課
  kRelated,      // "related_department": 関係課
  kDescription,  // "description": 取組内容 / 概要
  kIndicator,    // "indicator": 指標名 / 数値目標等
  kUnit,         // "unit": 単位
  kStatus,       // "status": 進捗状況 / 評価
};
inline constexpr size_t kFieldCount = 10;

// The field a lexicon kind names; nullopt for any other kind (a role, a narrative label, "").
std::optional<Field> FieldOfLabelKind(std::string_view kind);

// The lexicon kind of a normalised header cell (NormalizeText): its label, spaces ignored,
// read before any bracket it carries ("取組項目 (A)" -> "title", "担当課 (室)" ->
// "department"). "" when the cell is empty, longer than a label, or no label.
std::string_view HeaderCellKind(std::string_view normalized_cell);

// Which column the label of each field heads in one header row.
struct FieldHeader {
  // The first column labelled with each field, indexed by Field; a repeated label is left to
  // the family (a second 担当課 is a column of its own).
  std::array<std::optional<int>, kFieldCount> columns;
  // The last column labelled with a measure's own field (ref, title, heading, department,
  // related or description, repeats included): the cells after it may hold its indicator.
  std::optional<int> last_measure_column;

  std::optional<int> operator[](Field field) const { return columns[static_cast<size_t>(field)]; }
  bool Has(Field field) const { return columns[static_cast<size_t>(field)].has_value(); }
  // The column of `field` as an index into a grid row's cells.
  std::optional<size_t> Cell(Field field) const;
  // How many of `fields` the header labels.
  size_t CountOf(std::initializer_list<Field> fields) const;
};

// Reads the header labels of a grid row whose cells are normalised (NormalizeRow); a cell's
// column is its index in the row. Cells that name no field are skipped.
FieldHeader ReadFieldHeader(const GridRow& normalized_row);

// Reads the header labels of cells the table model read (the kLabel cells' lexicon kinds).
FieldHeader ReadFieldHeader(const std::vector<TableCell>& cells);

}  // namespace keikaku::layouts

#endif  // KEIKAKU_PARSERS_TABLE_FIELD_HEADER_H_
