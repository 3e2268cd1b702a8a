// Layout family: plan_chapters. Internal to parsers/; registered in parse.cpp.
#ifndef KEIKAKU_PARSERS_PLAN_CHAPTERS_H_
#define KEIKAKU_PARSERS_PLAN_CHAPTERS_H_

#include "keikaku/parsers/grid.h"
#include "keikaku/parsers/parse.h"
#include "keikaku/parsers/records.h"

namespace keikaku::layouts {

// This family's detection signals measured on `grid` (detection.cpp). Never throws.
std::vector<Signal> DetectPlanChapters(const Grid& grid);

// Extracts measures, indicators, observations, budgets and plan fields from `grid`.
ParsedDocument ParsePlanChapters(const Grid& grid);

}  // namespace keikaku::layouts

#endif  // KEIKAKU_PARSERS_PLAN_CHAPTERS_H_
