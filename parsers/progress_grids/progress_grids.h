// Layout family: progress_grids. Internal to parsers/; registered in parse.cpp.
#ifndef KEIKAKU_PARSERS_PROGRESS_GRIDS_H_
#define KEIKAKU_PARSERS_PROGRESS_GRIDS_H_

#include "keikaku/parsers/grid.h"
#include "keikaku/parsers/parse.h"
#include "keikaku/parsers/records.h"

namespace keikaku::layouts {

// This family's detection signals measured on `grid` (detection.cpp). Never throws.
std::vector<Signal> DetectProgressGrids(const Grid& grid);

// Extracts measures, indicators, observations, budgets and plan fields from `grid`.
ParsedDocument ParseProgressGrids(const Grid& grid);

}  // namespace keikaku::layouts

#endif  // KEIKAKU_PARSERS_PROGRESS_GRIDS_H_
