#include "results_reports/results_reports.h"

namespace keikaku::layouts {

double ScoreResultsReports(const Grid&) { return 0; }

ParsedDocument ParseResultsReports(const Grid&) { return {}; }

}  // namespace keikaku::layouts
