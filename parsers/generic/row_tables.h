// Tables with one measure per row (a No. column and a 取組項目 column), read without knowing
// their layout: progress sheets and lists of items.
#ifndef KEIKAKU_PARSERS_GENERIC_ROW_TABLES_H_
#define KEIKAKU_PARSERS_GENERIC_ROW_TABLES_H_

#include <optional>
#include <string>
#include <string_view>

#include "keikaku/parsers/grid.h"
#include "keikaku/parsers/records.h"

namespace keikaku::layouts {

// Where a row table keeps each part of a measure.
struct RowTable {
  size_t ref_cell = 0;                     // No. / 番号
  size_t title_cell = 0;                   // 取組項目 / 実施項目
  std::optional<size_t> department_cell;   // 担当課 …
  std::optional<size_t> related_cell;      // 関係課 … (the owner when no 担当課 column)
  std::optional<size_t> description_cell;  // 取組内容 …
  std::optional<size_t> heading_cell;      // 基本方針 …, carried down its group
  size_t last_cell = 0;                    // the last column a measure field label heads
};

// Reads `row` as the header of a row table: labelled No. and 取組項目 columns (a bracketed
// column letter after a label is ignored: "取組項目 (A)"). nullopt otherwise.
std::optional<RowTable> ReadRowTableHeader(const GridRow& row);

// `table` with every column moved by `shift` cells; nullopt when a column would fall off the left.
std::optional<RowTable> ShiftedRowTable(const RowTable& table, int shift);

// The last cell a measure of `table` uses: the cells after it may hold the measure's indicator.
size_t LastMeasureCell(const RowTable& table);

// The measure a row under `table` describes, kind "action": nullopt when its No. cell is not
// a short number or its title cell is empty.
std::optional<Measure> ReadRowMeasureCells(const GridRow& row, const RowTable& table);

// The title of a heading cell without its numbering: "(ア) 市民と行政との協働" ->
// "市民と行政との協働".
std::string SplitHeadingTitle(std::string_view text);

}  // namespace keikaku::layouts

#endif  // KEIKAKU_PARSERS_GENERIC_ROW_TABLES_H_
