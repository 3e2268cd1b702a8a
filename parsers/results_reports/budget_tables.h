// 投入指標 tables of a 事務事業 page: 年度別事業費 (the total) and its breakdown
// 国・県支出金 / 地方債 / その他 / 一般財源 per fiscal year, printed in 千円.
//
// The PDF conversion often loses the total's value row, moving every later row up one
// label; then the 国・県支出金 label holds the total, 地方債 holds 国・県支出金 and so on,
// and the table may also lose its last line. Such tables are realigned, and a value that
// is missing is worked out as total = 国・県支出金 + 地方債 + その他 + 一般財源.
#ifndef KEIKAKU_PARSERS_RESULTS_REPORTS_BUDGET_TABLES_H_
#define KEIKAKU_PARSERS_RESULTS_REPORTS_BUDGET_TABLES_H_

#include <vector>

#include "keikaku/parsers/records.h"
#include "results_reports/indicators.h"
#include "results_reports/report_rows.h"

namespace keikaku::layouts::results_reports {

// True when `row` opens or continues a budget table (a budget label of parsers/data/labels.tsv).
bool IsBudgetRow(const ReportRow& row);

struct BudgetTable {
  std::vector<Budget> budgets;  // per year: total, national_prefectural, bonds, other, general
  size_t end = 0;               // index of the first row after the table
};

// Reads the budget table that starts at rows[begin] (its 投入指標 or first budget row),
// stopping before `limit`. Realigned tables, values worked out by arithmetic (marked
// derived) and sums that do not hold are reported in `diagnostics`.
BudgetTable ReadBudgetTable(const ReportRows& rows, size_t begin, size_t limit,
                            std::vector<Diagnostic>& diagnostics, YearSpan& span);

}  // namespace keikaku::layouts::results_reports

#endif  // KEIKAKU_PARSERS_RESULTS_REPORTS_BUDGET_TABLES_H_
