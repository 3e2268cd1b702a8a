// Rows that print one role's values for a run of years ("目標値 | 73.28 | 73.57 | … | 75.60",
// "実績値 31.2 | 32.3 | 31.9"), under a year axis the document prints once, anywhere.
#ifndef KEIKAKU_PARSERS_TABLE_SERIES_ROWS_H_
#define KEIKAKU_PARSERS_TABLE_SERIES_ROWS_H_

#include <deque>
#include <optional>
#include <string>
#include <vector>

#include "table/table_rows.h"

namespace keikaku::layouts {

// The document's year axis: the longest run of five or more consecutive fiscal years printed
// in one row ("No 指標の名称 R元 R2 R3 … R12", cells split on spaces too; long cells and rows
// too wide for a table are passed over). Empty when none.
std::vector<int> FindYearAxis(const Grid& grid, normalize::Era era);

struct SeriesRow {
  ValueRole role = ValueRole::kTarget;
  std::string name_part;                 // text printed before the role label (a wrapped name)
  std::vector<const TableCell*> values;  // two or more figures, left to right
};

// Reads `cells` as a series row: an optional name part, a role label (alone in its cell or
// leading its first value: "実績値 72.28"), then two or more figures. Cells split off a
// label are kept in `storage`. nullopt otherwise.
std::optional<SeriesRow> ReadSeriesRow(const std::vector<TableCell>& cells,
                                       std::deque<TableCell>& storage);

// The years of `count` values of `role` on `axis`: a plan's targets run to its last year,
// its actuals (and a baseline) from its first. Empty when the axis is shorter than `count`.
std::vector<int> SeriesYears(ValueRole role, size_t count, const std::vector<int>& axis);

}  // namespace keikaku::layouts

#endif  // KEIKAKU_PARSERS_TABLE_SERIES_ROWS_H_
