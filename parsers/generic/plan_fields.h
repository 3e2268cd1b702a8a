// Plan metadata of a document of unknown layout: title, kind, period, publication, era.
#ifndef KEIKAKU_PARSERS_GENERIC_PLAN_FIELDS_H_
#define KEIKAKU_PARSERS_GENERIC_PLAN_FIELDS_H_

#include "keikaku/normalize/date.h"
#include "keikaku/parsers/grid.h"
#include "keikaku/parsers/records.h"

namespace keikaku::layouts {

// The era bare years ("28年度") of `grid` belong to: the first era printed with a year in its
// first rows (平成28年, H28, 令和2年度 …); kNone when none is printed.
normalize::Era DocumentEra(const Grid& grid);

// Title: the first short line of the first rows that names a plan, report or table
// (計画, プラン, 大綱, 説明書 …), else the first short line. Kind from the title's words.
// start/end_fy from the first printed period ("平成28年度～平成32年度"); published from a
// month printed near the title ("平成28年3月策定"). Fields not printed stay empty.
Plan ReadPlanFields(const Grid& grid, normalize::Era era);

}  // namespace keikaku::layouts

#endif  // KEIKAKU_PARSERS_GENERIC_PLAN_FIELDS_H_
