// AssignPages: line → page from the grid rows, applied after parsing so no parser changes.
#include "pages.h"

#include <unordered_map>
#include <utility>

namespace keikaku::ingest {

void AssignPages(const Grid& grid, ParsedDocument& parsed) {
  std::unordered_map<int, std::pair<int, int>> pages;
  for (const GridRow& row : grid.rows) {
    if (row.page > 0) pages.emplace(row.line, std::make_pair(row.page, row.printed_page));
  }
  if (pages.empty()) return;
  const auto place = [&](SourcePlace& at) {
    const auto found = pages.find(at.line);
    if (found == pages.end()) return;
    at.page = found->second.first;
    at.printed_page = found->second.second;
  };
  for (Measure& measure : parsed.measures) {
    for (Indicator& indicator : measure.indicators) {
      if (indicator.baseline) place(indicator.baseline->at);
      for (Observation& target : indicator.targets) place(target.at);
      for (Observation& actual : indicator.actuals) place(actual.at);
    }
    for (Budget& budget : measure.budgets) place(budget.at);
  }
}

}  // namespace keikaku::ingest
