#include "progress_grids/progress_grids.h"

namespace keikaku::layouts {

double ScoreProgressGrids(const Grid&) { return 0; }

ParsedDocument ParseProgressGrids(const Grid&) { return {}; }

}  // namespace keikaku::layouts
