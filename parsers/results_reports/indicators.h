// Indicator tables of a results report: 成果指標 blocks on 施策 pages (指標名 row, 単位 /
// 算式 rows, a year header with 計画策定時, 計画 and 実績 rows) and 活動指標 tables on
// 事務事業 pages (one header with 指標名 / 単位 / years, then 計画 / 実績 row pairs).
#ifndef KEIKAKU_PARSERS_RESULTS_REPORTS_INDICATORS_H_
#define KEIKAKU_PARSERS_RESULTS_REPORTS_INDICATORS_H_

#include <optional>
#include <string_view>
#include <vector>

#include "keikaku/parsers/records.h"
#include "results_reports/report_rows.h"
#include "table/alignment.h"
#include "table/normalized_cells.h"

namespace keikaku::layouts::results_reports {

struct IndicatorTableOptions {
  std::string_view kind;  // "outcome" or "activity"
  // Which years a value row shorter than its year header fills when its cells do not sit
  // under the year columns: outcome tables run into future years, so their values are the
  // earliest years; activity tables cover past years only, so theirs are the latest.
  ShortRow alignment = ShortRow::kLatest;
  // The year the report gives results for ("令和元年度実績" -> 2019): an 実績 row that has
  // to be realigned is placed on years up to it, never on later (planned) years.
  std::optional<int> results_year;
};

// The years seen in the year headers a parser read, for the plan period.
struct YearSpan {
  int first = 0;  // 0 when none seen yet
  int last = 0;
  void Add(int year);
};

// Reads the indicators printed in rows [begin, end). Blocks with neither a name nor any
// value are skipped; a row it cannot place (values with no year header, an 実績 row with
// no indicator above it, more values than years) goes to `diagnostics`. `memo` is the
// document's, so a year header printed on every page is read once.
std::vector<Indicator> ReadIndicatorTable(const ReportRows& rows, size_t begin, size_t end,
                                          const IndicatorTableOptions& options,
                                          std::vector<Diagnostic>& diagnostics, YearSpan& span,
                                          CellMemo& memo);

// True when `row` is a value row of an indicator table: a 計画 / 実績 label in a cell of
// its own or in front of a value ("計画 7"), and no 評価 label.
bool IsIndicatorValueRow(const ReportRow& row);

}  // namespace keikaku::layouts::results_reports

#endif  // KEIKAKU_PARSERS_RESULTS_REPORTS_INDICATORS_H_
