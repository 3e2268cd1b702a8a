// Tables whose header names two or more fiscal years, read without knowing their layout.
#ifndef KEIKAKU_PARSERS_GENERIC_YEAR_TABLES_H_
#define KEIKAKU_PARSERS_GENERIC_YEAR_TABLES_H_

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "keikaku/normalize/date.h"
#include "keikaku/parsers/grid.h"
#include "keikaku/parsers/records.h"
#include "table/roles.h"
#include "table/table_rows.h"

namespace keikaku::layouts {


// A header cell naming one fiscal year, with the role its label gives ("目標 (R3末)").
struct YearColumn {
  size_t cell = 0;
  int fy = 0;
  std::optional<ValueRole> role;  // nullopt when the cell prints only the year
};

// The header row of a year table.
struct YearTable {
  size_t first_year_cell = 0;
  std::vector<YearColumn> years;        // two or more, left to right
  std::optional<size_t> unit_cell;      // a 単位 column
  std::optional<size_t> baseline_cell;  // a 現状値 / 計画策定時 column before the years
  ValueRole role = ValueRole::kTarget;  // of the years printed alone: 実績 before them makes actuals
  std::string name;                     // a header cell before the years that is no label
};

// What one data row under a year table gives.
struct YearRow {
  std::string name;  // "" when the row prints none (a 実績 row under its 計画 row)
  std::optional<std::string> unit;  // from the 単位 cell or the name's bracket ("満足度 (%)")
  std::optional<Observation> baseline;
  std::vector<std::pair<std::optional<ValueRole>, Observation>>
      values;                     // per filled year
                                  // cell, with its column's role
  std::optional<ValueRole> role;  // from a 計画 / 実績 label in the row
  std::string label;  // the leading label ("進捗状況", "年度目標"): the name of the series when
                      // it does not continue the indicator above
};

// Reads `row`, whose table-model cells are `table_row`, as a year-table header through the
// table model's ReadTableHeader (HeaderOptions::years_after_labels): two or more cells naming
// one fiscal year each, alone or with a value label ("令和2年度", "当初 (H27末)", "令和元年度
// 実績"; not "R1年度取組内容"), the name, 単位 and baseline cells before them. A second baseline
// column (当初 … 現状値) holds actuals. nullopt otherwise, and when `table_row` split the grid
// row's cells on printed pipes or folded several grid rows.
std::optional<YearTable> ReadYearHeader(const GridRow& row, const TableRow& table_row);

// True when `row` can be a data row of a table: not blank, a table row or two filled
// cells, and not led by a year ("令和元年度 実績") or by a label that opens a measure's
// narrative (担当課, 関係課, 取組内容 …).
bool ContinuesYearTable(const GridRow& row);

// One data row under `table`; nullopt for a row led by a label of another kind than
// 計画 / 実績 / 現状値 / 指標 (進捗状況 …), and for a row that holds no value. A row whose
// 計画 / 実績 label sits under a year column (the converter shifted it) has its values
// realigned after the label, with a diagnostic.
std::optional<YearRow> ReadYearRow(const GridRow& row, const YearTable& table, normalize::Era era,
                                   std::vector<Diagnostic>& diagnostics);

// Splits an indicator name from its unit bracket and baseline bracket:
// "満足度の割合 (%) 【H25年度:72.2%】" -> "満足度の割合", unit "%", baseline fy 2013 "72.2%".
std::string CleanIndicatorName(std::string_view text, int line, normalize::Era era,
                               std::optional<std::string>* unit,
                               std::optional<Observation>* baseline);

}  // namespace keikaku::layouts

#endif  // KEIKAKU_PARSERS_GENERIC_YEAR_TABLES_H_
