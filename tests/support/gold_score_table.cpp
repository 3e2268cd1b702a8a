// The gold scorer's report as text, laid out as score.py prints it so the two can be compared.
#include <cstdio>
#include <string>

#include "support/gold_scorer.h"

namespace keikaku::testing {
namespace {

std::string Format(const char* format, auto... args) {
  char buffer[256];
  std::snprintf(buffer, sizeof buffer, format, args...);
  return buffer;
}

std::string CountsTable(const std::map<std::string, Counts>& counts) {
  std::string table;
  for (const char* kind : {"measures", "indicators", "observations", "budgets"}) {
    if (!counts.count(kind)) continue;
    const Counts& c = counts.at(kind);
    const Figures f = FiguresOf(c);
    table += Format("  %-13s P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)\n", kind, f.precision, f.recall, f.f1,
                    c.tp, c.fp, c.fn);
  }
  for (const char* kind : {"departments", "status", "units"}) {
    if (!counts.count(kind)) continue;
    const Counts& c = counts.at(kind);
    table += Format("  %-13s accuracy %.3f  (%d/%d)\n", kind, AccuracyOf(c), c.tp, c.tp + c.fn);
  }
  return table;
}

}  // namespace

std::string FormatScoreTable(const ScoreReport& report, bool verbose) {
  std::string text;
  for (const DocumentScore& document : report.documents) {
    text += "== " + document.name + "\n" + CountsTable(document.counts);
    if (!verbose) continue;
    for (const std::string& miss : document.misses) text += "   - " + miss + "\n";
  }
  text += "== overall\n" + CountsTable(report.overall);
  const auto observations = report.overall.find("observations");
  const double f1 = observations == report.overall.end() ? 0.0 : FiguresOf(observations->second).f1;
  return text + Format("observation F1 %.3f\n", f1);
}

}  // namespace keikaku::testing
