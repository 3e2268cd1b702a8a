// Progress grids, phases 0 and 4: the title line, the status legend and the closing tally
// of statuses. Internal to keikaku_layout_progress_grids.
#ifndef KEIKAKU_PARSERS_PROGRESS_GRIDS_SHEET_META_H_
#define KEIKAKU_PARSERS_PROGRESS_GRIDS_SHEET_META_H_

#include <optional>
#include <string>
#include <vector>

#include "keikaku/normalize/date.h"
#include "keikaku/parsers/grid.h"
#include "keikaku/parsers/records.h"

namespace keikaku::layouts::progress {

// Plan fields from the title line and the era its bare years ("29年度") are read in.
struct SheetTitle {
  Plan plan;  // kind is always "progress_report"
  normalize::Era era = normalize::Era::kNone;
};

// Rows and cells below are normalised (NormalizeRow).

// Reads the title among rows [0, end): the first non-blank row that prints a period
// ("(平成29年度～令和3年度)") or an as-of date ("令和2年3月31日現在"), else the first
// non-blank row. start_fy/end_fy/as_of stay nullopt when not printed.
SheetTitle ReadTitle(const std::vector<GridRow>& rows, size_t end);

// The status codes a sheet uses, in legend order, with their words ("A" = "順調").
struct StatusLegend {
  std::vector<std::string> codes = {"A", "B", "C", "D"};
  std::vector<std::string> words;  // parallel to codes; empty when not printed
};

// The legend row "A 順調 B ほぼ順調 C やや遅れ D 停滞" ("A:順調 …"; one cell or several,
// three codes at least); nullopt
// when `row` is no legend.
std::optional<StatusLegend> ReadStatusLegend(const GridRow& row);

// The code `cell` prints ("B", or its legend word "ほぼ順調"); "" when it prints none.
std::string StatusCode(const std::string& cell, const StatusLegend& legend);

// The closing tally "本部会評価 8 10 5 1" (or "A 8 B 10 C 5 D 1", "評価 A:8件 …"): one
// count per legend code, in legend order.
struct StatusTally {
  int line = 0;
  std::string label;
  std::vector<int> counts;  // parallel to the legend's codes
};

// Reads `row` as a tally of `legend`'s codes; nullopt when it is none.
std::optional<StatusTally> ReadStatusTally(const GridRow& row, const StatusLegend& legend);

// A "status_tally_mismatch" diagnostic when the tally disagrees with the statuses of
// `measures`; nullopt when every count matches.
std::optional<Diagnostic> CheckStatusTally(const StatusTally& tally, const StatusLegend& legend,
                                           const std::vector<Measure>& measures);

}  // namespace keikaku::layouts::progress

#endif  // KEIKAKU_PARSERS_PROGRESS_GRIDS_SHEET_META_H_
