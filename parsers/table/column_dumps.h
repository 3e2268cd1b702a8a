// A table that a converter printed column by column on one line: the header's words, then
// every value pair in row order, then the enumerated names (①…⑩) — "値 目標値 (平成21年度)
// 53.5% 75% 2,100 人/年 4,000 人/年 … ②情報公開コーナーの利用者数 ③…".
#ifndef KEIKAKU_PARSERS_TABLE_COLUMN_DUMPS_H_
#define KEIKAKU_PARSERS_TABLE_COLUMN_DUMPS_H_

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "keikaku/normalize/date.h"
#include "keikaku/parsers/records.h"
#include "table/roles.h"

namespace keikaku::layouts {

struct DumpedIndicator {
  std::string name;
  Observation baseline;
  Observation target;
};

// Reads `raw` (one printed line, `line`) as a column dump: three or more names led by
// circled numbers, and a run of value pairs (現状値, 目標値) at least as long as two names.
// Pairs go to the circled names in order; a name led by "・" and followed by its own pair
// keeps it. The target's year is the one the line prints beside 目標値. Empty otherwise.
std::vector<DumpedIndicator> ReadColumnDump(std::string_view raw, int line, normalize::Era era);

}  // namespace keikaku::layouts

#endif  // KEIKAKU_PARSERS_TABLE_COLUMN_DUMPS_H_
