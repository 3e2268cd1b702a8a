// Detection of results reports: words only this family prints near its top — 事務事業 page
// fields, the budget breakdown and the indicator tables — compared on raw bytes, so
// detection stays cheap. Six of the ten make it certain.
#include <algorithm>
#include <array>
#include <string>

#include "results_reports/results_reports.h"

namespace keikaku::layouts {
namespace {

constexpr double kWordWeight = 1.0 / 6;
constexpr std::array<SignalSpec, 10> kSignals = {{
    {"事務事業名", kWordWeight}, {"年度別事業費", kWordWeight}, {"特定財源", kWordWeight},
    {"一般財源", kWordWeight},   {"活動指標", kWordWeight},     {"計画策定時", kWordWeight},
    {"投入指標", kWordWeight},   {"国・県支出金", kWordWeight}, {"成果指標", kWordWeight},
    {"所管課", kWordWeight},
}};
constexpr size_t kScanRows = 400;

}  // namespace

std::vector<Signal> DetectResultsReports(const Grid& grid) {
  std::array<bool, kSignals.size()> seen{};
  const size_t rows = std::min(grid.rows.size(), kScanRows);
  for (size_t r = 0; r < rows; ++r) {
    for (const std::string& cell : grid.rows[r].cells) {
      for (size_t s = 0; s < kSignals.size(); ++s) {
        if (!seen[s] && cell.find(kSignals[s].name) != std::string::npos) seen[s] = true;
      }
    }
  }
  std::vector<Signal> signals;
  for (size_t s = 0; s < kSignals.size(); ++s) signals.push_back({&kSignals[s], seen[s] ? 1.0 : 0.0});
  return signals;
}

}  // namespace keikaku::layouts
