// Header rows of the table model: which column holds the name, the unit, and each value's
// role and year. A header printed once governs the rows below it until the next header.
#ifndef KEIKAKU_PARSERS_TABLE_TABLE_HEADER_H_
#define KEIKAKU_PARSERS_TABLE_TABLE_HEADER_H_

#include <optional>
#include <vector>

#include "keikaku/parsers/grid.h"
#include "table/normalized_cells.h"
#include "table/table_cell.h"

namespace keikaku::layouts {

struct HeaderColumn {
  int column = 0;
  ValueRole role = ValueRole::kTarget;
  std::optional<int> fy;  // the year the header prints for the column
  bool is_total = false;  // a total over years (累計 (H28~R2年度))
  bool year_alone = false;  // the header prints the year and no role ("令和2年度"): the role
                            // is the one its rows print (計画 / 実績), else `role`
};

struct TableHeader {
  int line = 0;
  int width = 0;                    // cells the header prints, filled or not
  std::optional<int> name_column;  // 指標 / 指標名 / KPI / 項目
  std::optional<int> unit_column;  // 単位
  std::vector<HeaderColumn> values;  // left to right
  // A column over a yearly series ("年次目標（上段）・年次実績（下段）"): it spans as many cells as
  // a row prints beyond the header's width; its years may come from a second header row.
  std::optional<int> series_column;
  std::vector<int> series_years;
  bool actuals_below = false;       // the series prints its actuals on the row below (年次実績（下段）)
  bool years_only = false;          // a row of years alone, no role label ("R7 | R8 | R9")
};

// What a layout's header rows may be besides the common shape.
struct HeaderOptions {
  // Role columns a header needs. One suffices where the layout's tables are announced by
  // their own heading (成果指標 tables of a plan chapter); elsewhere one role alone is a
  // heading that names a target ("主要目標").
  size_t min_value_columns = 2;
  // A row of two or more year columns, each a year alone, a year with its role ("令和2年度",
  // "令和元年度 実績", "当初 (H27末)"), or a year leading the first row's value ("28年度 920"),
  // is a header whatever cells come before its first year: the name (the first word), 単位,
  // a baseline column (現状値, 計画策定時) without a year of its own, and a role that the years
  // printed alone take (実績). Other cells do not count against it, values included, and
  // `min_value_columns` is not consulted.
  bool years_after_labels = false;
};

// Reads `cells` as a header row: `options.min_value_columns` or more role labels (現状値,
// 基準値 (2022年度), R9 (目標値), 出発点, 実績 …) and no value. When two columns are baselines
// (出発点 … 現状値), the later one holds the current actual. nullopt otherwise. With
// `options.years_after_labels`, reads a row of years instead (see HeaderOptions): a lone
// "2020" is a value, not a year, and a second baseline year (当初 … 現状値) holds actuals.
std::optional<TableHeader> ReadTableHeader(const std::vector<TableCell>& cells, int line,
                                           const HeaderOptions& options = {});

// Reads `row` as a header row under `options` (ReadTableHeader), its cells one per grid cell
// (no splitting on printed pipes) with markup that is no content taken out (StripMarkup:
// <sup> notes, <b>, asterisks). A cell longer than `longest_label` bytes is a name or
// narrative: read as empty, which spares it the look-ups. Reading stops at the first value
// where a value makes the row no header, so a data row costs a cell or two. `memo` is the
// document's: a header printed over every table is read once.
std::optional<TableHeader> ReadHeaderRow(const GridRow& row, normalize::Era era, size_t longest_label,
                                         const HeaderOptions& options, CellMemo& memo);

// Reads `cells` as the second row of `header`: only years ("2019 | 2020 | 2021 | 2022"), as
// many as fit under its series column. False, and `header` unchanged, otherwise.
bool ReadSeriesYears(const std::vector<TableCell>& cells, TableHeader& header);

// A header printed again (a later page) without its row of years takes the years of the
// same header printed before: same width and series column, and each value column as before.
// False, and `header` unchanged, when it has years of its own or `earlier` is another header.
bool TakeSeriesYearsOf(const TableHeader& earlier, TableHeader& header);

}  // namespace keikaku::layouts

#endif  // KEIKAKU_PARSERS_TABLE_TABLE_HEADER_H_
