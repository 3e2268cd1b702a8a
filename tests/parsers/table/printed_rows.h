// Test helpers for the table model: a printed line read as cells, and an indicator row's
// values as one line of text to compare against.
#ifndef KEIKAKU_TESTS_PARSERS_TABLE_PRINTED_ROWS_H_
#define KEIKAKU_TESTS_PARSERS_TABLE_PRINTED_ROWS_H_

#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "table/kpi_rows.h"
#include "table/table_cell.h"

namespace keikaku::layouts::testing {

// The cells of one text line as ReadRowCells gives them: TAB separates grid cells, and
// ReadRowCells itself splits on " | ".
inline std::vector<TableCell> CellsOf(std::string_view line_text, int line = 9,
                                      normalize::Era era = normalize::Era::kNone) {
  GridRow row;
  row.line = line;
  row.kind = RowKind::kText;
  size_t start = 0;
  while (true) {
    const size_t tab = line_text.find('\t', start);
    row.cells.emplace_back(line_text.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return ReadRowCells(row, era);
}

inline std::string RoleName(ValueRole role) {
  switch (role) {
    case ValueRole::kBaseline: return "baseline";
    case ValueRole::kTarget: return "target";
    case ValueRole::kActual: return "actual";
  }
  return "?";
}

// "baseline 2023 25 @9,1; target - >=30 @9,2": role, fiscal year, comparator and value (the
// printed text for a word or dash), and the line and cell it came from.
inline std::string Describe(const std::vector<std::pair<ValueRole, Observation>>& values) {
  std::ostringstream out;
  for (size_t i = 0; i < values.size(); ++i) {
    const auto& [role, value] = values[i];
    out << (i ? "; " : "") << RoleName(role) << ' ';
    if (value.fy) out << *value.fy;
    else out << '-';
    out << ' ' << value.comparator;
    if (value.value) out << *value.value;
    else out << '"' << value.text << '"';
    out << " @" << value.at.line << ',' << value.at.cell;
  }
  return out.str();
}

}  // namespace keikaku::layouts::testing

#endif  // KEIKAKU_TESTS_PARSERS_TABLE_PRINTED_ROWS_H_
