// Data rows of the table model: one indicator a row, its name in one cell and its values in
// others, placed by the header above or, without one, by the order plans print them in.
#ifndef KEIKAKU_PARSERS_TABLE_KPI_ROWS_H_
#define KEIKAKU_PARSERS_TABLE_KPI_ROWS_H_

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "keikaku/parsers/records.h"
#include "table/table_cell.h"
#include "table/table_header.h"

namespace keikaku::layouts {

// A name printed on a row of its own, waiting for the value row below it; it may print the
// years of those values ("温室効果ガス総排出量 | 万t | 2013年度 | 2020年度 | 2030年度").
struct PendingName {
  int line = 0;
  std::string name;
  std::optional<std::string> unit;
  std::vector<std::optional<int>> years;
  // The name row printed figures between its base year and target year and read them itself
  // ("子どもの貧困率 | % | 2018年度 | ー | 6.7 | 2027年度 | 29%"): `years` are those two, and the
  // value row below gives only its first figure (baseline) and last (target).
  bool values_at_ends = false;
};

struct KpiRow {
  int line = 0;
  std::string ref;                   // a leading row number ("21"); "" when none
  std::string group;                 // a text cell between the number and the name (施策)
  std::string name;
  std::optional<std::string> unit;   // from a unit cell beside the name
  std::vector<std::pair<ValueRole, Observation>> values;
  bool completes_name_row = false;   // the baseline and target of the name row above, which
                                     // read its own figures (PendingName::values_at_ends)
  bool roles_by_position = false;    // no header placed them: 2 values are baseline and target,
                                     // 3 baseline, actual and target
};

// What one row gives: an indicator row, a name waiting for its values, or values that no
// rule places (a diagnostic for the caller).
struct RowReading {
  std::optional<KpiRow> row;
  std::optional<PendingName> pending;
  std::string unplaced;              // why a row with figures gave nothing; "" otherwise
};

// The second row of an indicator row under a header whose series prints its actuals below its
// targets (TableHeader::actuals_below): the name cell's wrapped end, if any (a unit "㎥", a
// bracket "（首都圏の店舗）（店舗）"), then figures, the actuals of the series years from the first.
struct ActualsBelow {
  std::string name_part;  // "" when the row prints only figures
  std::vector<Observation> actuals;
};

// Reads `cells` as such a row; nullopt when the header has no such series, a cell names an
// indicator of its own, or the figures outnumber the series years.
std::optional<ActualsBelow> ReadActualsBelow(const std::vector<TableCell>& cells,
                                             const TableHeader& header);

// Reads `cells` (of source line `line`) under `header` (nullptr when none is open); a row
// without a name of its own takes `pending`'s. Never throws.
RowReading ReadKpiRow(const std::vector<TableCell>& cells, const TableHeader* header,
                      const PendingName* pending, int line);

}  // namespace keikaku::layouts

#endif  // KEIKAKU_PARSERS_TABLE_KPI_ROWS_H_
