// Results reports (成果説明書 / 事務事業評価): 施策 pages and 事務事業 pages under a 政策.
//
// Parsing is a list of steps: normalise every cell once; find the page boundaries (政策 /
// 施策 headings and 事務事業名 labels); read each 施策 page that opens with its 所管 row as
// a policy and each 事務事業 block as a project; derive the plan fields.
#include "results_reports/results_reports.h"

#include <algorithm>
#include <string_view>

#include "keikaku/normalize/date.h"
#include "results_reports/pages.h"
#include "results_reports/report_rows.h"

namespace keikaku::layouts {
namespace {

using results_reports::ReadReportRows;
using results_reports::ReadSectionHeading;
using results_reports::ReportRow;
using results_reports::ReportRows;
using results_reports::SectionHeading;

// Plan fields printed above the first page.
struct FrontMatter {
  std::string title;
  std::optional<std::string> as_of;      // "令和2年3月31日現在"
  std::optional<std::string> published;  // a line holding only a date ("令和2年9月")
};

// The `#` heading ("# 成果説明書"), else the first short line of its own above the pages;
// dates printed above the pages give as_of (with 現在) or published.
FrontMatter ReadFrontMatter(const ReportRows& rows, size_t first_page) {
  constexpr size_t kLongestTitle = 120;
  FrontMatter front;
  std::string first_line;
  for (size_t i = 0; i < rows.size(); ++i) {
    const ReportRow& row = rows[i];
    if (row.blank) continue;
    const size_t first = row.NextFilled(0);
    const std::string& cell = row.cells[first];
    if (front.title.empty() && cell.size() > 2 && cell[0] == '#' && cell[1] == ' ') front.title = cell.substr(2);
    if (i >= first_page) {
      if (!front.title.empty()) break;
      continue;
    }
    const bool own_line = row.NextFilled(first + 1) == row.cells.size();
    if (first_line.empty() && own_line && cell[0] != '#' && cell.size() <= kLongestTitle) first_line = cell;
    const auto date = normalize::FindDate(cell);
    if (!date || !date->error.empty() || !date->start.month) continue;
    if (cell.find("現在") != std::string::npos) {
      front.as_of = normalize::FormatDatePoint(date->start);
    } else if (own_line && normalize::ParseDate(cell)) {
      front.published = normalize::FormatDatePoint(date->start);
    }
  }
  if (front.title.empty()) front.title = first_line;
  return front;
}

// The year the report gives results for, named in front of its first 評価 label
// ("令和元年度 実績 ⇥ 評価 ⇥ 維持" -> 2019); nullopt when none is printed.
std::optional<int> ResultsYear(const ReportRows& rows) {
  for (const ReportRow& row : rows) {
    const size_t label = row.Find(results_reports::kStatus);
    if (label == std::string::npos) continue;
    for (size_t i = 0; i < label; ++i) {
      if (row.cells[i].empty()) continue;
      if (auto date = normalize::FindDate(row.cells[i]); date && date->error.empty() && date->fy) return date->fy;
    }
  }
  return std::nullopt;
}

// Page boundaries: 政策 / 施策 headings and 事務事業名 rows, read once per row.
struct Boundaries {
  std::vector<std::optional<SectionHeading>> headings;
  std::vector<bool> at;

  explicit Boundaries(const ReportRows& rows) : headings(rows.size()), at(rows.size()) {
    for (size_t i = 0; i < rows.size(); ++i) {
      if (!rows[i].Has(results_reports::kProjectName)) headings[i] = ReadSectionHeading(rows[i]);
      at[i] = headings[i].has_value() || rows[i].Has(results_reports::kProjectName);
    }
  }

  size_t Next(size_t from) const {
    while (from < at.size() && !at[from]) ++from;
    return from;
  }
};

// Enclosing headings of a page, outermost first, leaving out those not printed.
std::vector<std::string> PathOf(const std::string& area_title, const std::string& policy_title) {
  std::vector<std::string> path;
  for (const std::string* title : {&area_title, &policy_title}) {
    if (!title->empty()) path.push_back(*title);
  }
  return path;
}

}  // namespace

ParsedDocument ParseResultsReports(const Grid& grid) {
  ParsedDocument document;
  const ReportRows rows = ReadReportRows(grid);
  const Boundaries boundaries(rows);

  results_reports::YearSpan span;
  results_reports::PageContext context;
  CellMemo cells;
  context.cells = &cells;
  context.diagnostics = &document.diagnostics;
  context.span = &span;
  context.results_year = ResultsYear(rows);
  std::string area_title;                  // the 政策 heading's title
  std::optional<SectionHeading> policy;    // the 施策 heading above the current page
  bool policy_page_pending = false;        // a 施策 heading not yet followed by its page
  std::vector<std::string> policy_refs;
  for (size_t i = 0; i < rows.size(); ++i) {
    const ReportRow& row = rows[i];
    if (row.blank) continue;
    if (const auto& heading = boundaries.headings[i]) {
      if (heading->level == "政策") {
        area_title = heading->title;
        policy_page_pending = false;
      } else {
        policy = heading;
        policy_page_pending = true;
      }
      continue;
    }
    const size_t end = boundaries.Next(i + 1);
    if (row.Has(results_reports::kProjectName)) {
      context.path = PathOf(area_title, policy ? policy->title : std::string());
      document.measures.push_back(results_reports::ReadProjectPage(rows, i, end, context));
      i = end - 1;
    } else if (policy_page_pending &&
               (row.Has(results_reports::kDepartment) || results_reports::ReadSectionMark(row))) {
      policy_page_pending = false;
      if (std::find(policy_refs.begin(), policy_refs.end(), policy->ref) != policy_refs.end()) continue;
      policy_refs.push_back(policy->ref);
      context.path = PathOf(area_title, "");
      document.measures.push_back(results_reports::ReadPolicyPage(rows, i, end, *policy, context));
      i = end - 1;
    }
  }
  FrontMatter front = ReadFrontMatter(rows, boundaries.Next(0));
  document.plan.title = std::move(front.title);
  document.plan.kind = "results_report";
  document.plan.as_of = std::move(front.as_of);
  document.plan.published = std::move(front.published);
  if (span.first != 0) {
    document.plan.start_fy = span.first;
    document.plan.end_fy = span.last;
  }
  return document;
}

}  // namespace keikaku::layouts
