// The 年次計画 table at the foot of a sheet: its 年度 header and its 進捗状況 / 年度目標 /
// 数値 rows.
#ifndef KEIKAKU_PARSERS_IMPLEMENTATION_SHEETS_YEAR_TABLE_H_
#define KEIKAKU_PARSERS_IMPLEMENTATION_SHEETS_YEAR_TABLE_H_

#include <vector>

#include "implementation_sheets/sheet_model.h"

namespace keikaku::layouts::sheets {

// Index of the first row in [begin, end) that opens the 年次計画 table (its header, or for a
// table whose header was lost, its first labelled year row); `end` when there is none.
size_t FindYearTable(const LabelledGrid& grid, size_t begin, size_t end, normalize::Era era);

// Reads the table in rows [begin, end) into body.years and body.rows. A header whose years
// cannot be read falls back to context.plan_years; realigned and unlabelled rows are
// reported in `diagnostics`.
void ReadYearTable(const LabelledGrid& grid, size_t begin, size_t end, const DocumentContext& context,
                   SheetBody& body, std::vector<Diagnostic>& diagnostics);

}  // namespace keikaku::layouts::sheets

#endif  // KEIKAKU_PARSERS_IMPLEMENTATION_SHEETS_YEAR_TABLE_H_
