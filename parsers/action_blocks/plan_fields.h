// Plan-level fields of an action-block plan: title, period, publication date, and the era
// in which the document's bare years ("28年度") are counted.
#ifndef KEIKAKU_PARSERS_ACTION_BLOCKS_PLAN_FIELDS_H_
#define KEIKAKU_PARSERS_ACTION_BLOCKS_PLAN_FIELDS_H_

#include <optional>
#include <string_view>
#include <vector>

#include "action_blocks/rows.h"
#include "keikaku/normalize/date.h"
#include "keikaku/parsers/records.h"
#include "table/normalized_cells.h"

namespace keikaku::layouts::action_blocks {

// Turns a printed year ("28年度", "H26年度末", "令和2年度") into a fiscal year. Bare years
// take the document's era; when the plan period is known, a bare year that would fall far
// outside it is tried in the other eras (a plan that runs from 平成31年度 into 令和).
struct YearResolver {
  normalize::Era era = normalize::Era::kNone;
  std::optional<int> start_fy;
  std::optional<int> end_fy;

  // The fiscal year `text` names, or nullopt when it names none; read through `memo`.
  std::optional<int> Resolve(std::string_view text, CellMemo& memo) const;
};

// How every block reads its cells: in the document's years, through one per-document memo.
// REQUIRES: `years` outlives it.
struct CellReading {
  const YearResolver& years;
  CellMemo memo;

  std::optional<int> FiscalYear(std::string_view text) { return years.Resolve(text, memo); }
  Observation Observe(std::string_view cell, std::optional<int> fy, SourcePlace at, std::string_view unit) {
    return memo.Observe(cell, fy, at, unit, years.era);
  }
};

struct PlanFields {
  Plan plan;           // title, kind "plan", start_fy/end_fy, published, revised
  YearResolver years;  // era and period for the rest of the document
};

// Reads the plan fields: the title is the first non-blank line; the period comes from the
// text after 計画期間 ("平成28年度から平成32年度まで" -> 2016..2020); published / revised from
// a dated line near the title ("平成28年3月策定" -> "2016-03"). The era of bare years is
// the period's, else the front page date's, else the first era-dated text's. Fields not
// printed stay empty; never fails.
PlanFields ReadPlanFields(const std::vector<Row>& rows);

}  // namespace keikaku::layouts::action_blocks

#endif  // KEIKAKU_PARSERS_ACTION_BLOCKS_PLAN_FIELDS_H_
