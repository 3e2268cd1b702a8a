// Progress grids, phase 3: the 数値目標等 block of a row as indicators with observations.
// Internal to keikaku_layout_progress_grids.
#ifndef KEIKAKU_PARSERS_PROGRESS_GRIDS_INDICATORS_H_
#define KEIKAKU_PARSERS_PROGRESS_GRIDS_INDICATORS_H_

#include <optional>
#include <string>
#include <vector>

#include "keikaku/normalize/date.h"
#include "keikaku/parsers/grid.h"
#include "keikaku/parsers/records.h"
#include "progress_grids/grid_columns.h"

namespace keikaku::layouts::progress {

// What the block reader needs to know about the sheet around it.
struct BlockContext {
  std::vector<ValueColumn> values;             // the sub-header's value columns, left to right
  normalize::Era era = normalize::Era::kNone;  // era of bare years ("実施(29年度)")
  std::optional<int> start_fy;  // plan period, to catch a bare year read in the wrong era
  std::optional<int> end_fy;
};

// Reads cells [begin, end) of `row` (normalised, see NormalizeRow) as indicators. Each indicator is
// either spread over cells (name, then one cell per value column) or packed into one cell as
// space-separated "name base target actual" tokens; several packed indicators may share a cell, and
// blocks may mix both forms. The block is read by structure (count of value tokens, value-looking
// cells), never by absolute position. Cells it cannot place go to `diagnostics`.
// Returns an empty vector when the sheet has no value columns.
std::vector<Indicator> ReadIndicatorBlock(const GridRow& row, size_t begin, size_t end,
                                          const BlockContext& context,
                                          std::vector<Diagnostic>& diagnostics);

// Splits normalised cell text into value groups: tokens separated by spaces, where a
// bracketed token joins the one before it ("2,938人 (H26.6~29.2)" is one group).
std::vector<std::string> ValueGroups(const std::string& text);

// True when `group` reads as one printed value: a number ("5,839人", "約50%", "▲3"), a
// dash, or a short word ("検討", "実施(29年度)", "現状以下").
bool LooksLikeValue(const std::string& group);

}  // namespace keikaku::layouts::progress

#endif  // KEIKAKU_PARSERS_PROGRESS_GRIDS_INDICATORS_H_
