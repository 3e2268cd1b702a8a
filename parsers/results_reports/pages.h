// The two page kinds of a results report: 施策 pages (policies) and 事務事業 pages
// (projects, including the budget-only blocks that print just name, 所管課 and 投入指標).
#ifndef KEIKAKU_PARSERS_RESULTS_REPORTS_PAGES_H_
#define KEIKAKU_PARSERS_RESULTS_REPORTS_PAGES_H_

#include <optional>
#include <string>
#include <vector>

#include "keikaku/parsers/records.h"
#include "results_reports/indicators.h"
#include "results_reports/report_rows.h"

namespace keikaku::layouts::results_reports {

// What a page reader needs besides its rows, and what it leaves for the next page.
struct PageContext {
  std::vector<std::string> path;     // enclosing headings, outermost first
  std::string results_key;           // label of the last 実績 text ("令和元年度実績")
  std::optional<int> results_year;   // the year that label names (2019)
  std::vector<Diagnostic>* diagnostics = nullptr;
  YearSpan* span = nullptr;
  CellMemo* cells = nullptr;  // header cells read once per document
};

// Reads the 施策 page in rows [begin, end); rows[begin] is its 所管 row. `heading` gives
// ref and title. Sections are the ◆ headings: 成果指標 becomes outcome indicators, the
// 目的 of 方針 the description, the 評価 of the 実績 row the status, side lists (個別計画)
// are skipped and every other section a text keyed by its label.
Measure ReadPolicyPage(const ReportRows& rows, size_t begin, size_t end, const SectionHeading& heading,
                       PageContext& context);

// Reads the 事務事業 page in rows [begin, end); rows[begin] holds the 事務事業名 label.
Measure ReadProjectPage(const ReportRows& rows, size_t begin, size_t end, PageContext& context);

}  // namespace keikaku::layouts::results_reports

#endif  // KEIKAKU_PARSERS_RESULTS_REPORTS_PAGES_H_
