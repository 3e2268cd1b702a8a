// Cells a converter ran together, read apart: several figures in one cell, a name glued to its
// figure, and "現状 → 目標" arrows. Internal to the table model (kpi_rows.cpp).
#ifndef KEIKAKU_PARSERS_TABLE_RUN_TOGETHER_H_
#define KEIKAKU_PARSERS_TABLE_RUN_TOGETHER_H_

#include <deque>
#include <optional>
#include <vector>

#include "table/kpi_rows.h"
#include "table/table_cell.h"

namespace keikaku::layouts {

using Cells = std::vector<const TableCell*>;

// A figure alone: "58.5%", "7,693人", "▲28.7%", "60%以上" (a unit or comparator, no words).
bool IsPlainFigure(const TableCell& cell);

// Splits cells that a converter ran together into one cell per figure, kept in `storage`:
// "58.5% 52.9% 65% (R7)", "現状値:R6 27.8% 45.0%" (the role goes to the first figure, a year
// before a figure to that figure), "こえのもりしずおか登録者 3,400人" (a name, then its figure).
// A year after the last figure goes to `stray_years`; a broken bracket ("5.4時点)") is
// dropped. Other cells pass unchanged; the result points into `cells` or `storage`.
Cells SplitRunTogether(const Cells& cells, std::deque<TableCell>& storage, std::vector<int>& stray_years);

// "高校の入学者数40人(2014年度)→年40人(2019年度)": a name with the value it starts from, an
// arrow, and the value it aims at. nullopt for any other cell.
std::optional<KpiRow> ReadArrowRow(const TableCell& cell);

}  // namespace keikaku::layouts

#endif  // KEIKAKU_PARSERS_TABLE_RUN_TOGETHER_H_
