// Header rows of the table model: which column holds the name, the unit, and each value's
// role and year. A header printed once governs the rows below it until the next header.
#ifndef KEIKAKU_PARSERS_TABLE_TABLE_HEADER_H_
#define KEIKAKU_PARSERS_TABLE_TABLE_HEADER_H_

#include <optional>
#include <vector>

#include "table/table_cell.h"

namespace keikaku::layouts {

struct ValueColumn {
  int column = 0;
  ValueRole role = ValueRole::kTarget;
  std::optional<int> fy;  // the year the header prints for the column
  bool is_total = false;  // a total over years (累計 (H28~R2年度))
};

struct TableHeader {
  int line = 0;
  std::optional<int> name_column;  // 指標 / 指標名 / KPI / 項目
  std::optional<int> unit_column;  // 単位
  std::vector<ValueColumn> values;  // left to right
};

// Reads `cells` as a header row: two or more role labels (現状値, 基準値 (2022年度),
// R9 (目標値), 出発点, 実績 …) and no value. When two columns are baselines (出発点 … 現状値),
// the later one holds the current actual. nullopt otherwise.
std::optional<TableHeader> ReadTableHeader(const std::vector<TableCell>& cells, int line);

}  // namespace keikaku::layouts

#endif  // KEIKAKU_PARSERS_TABLE_TABLE_HEADER_H_
