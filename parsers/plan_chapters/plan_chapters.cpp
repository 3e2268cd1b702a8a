#include "plan_chapters/plan_chapters.h"

namespace keikaku::layouts {

double ScorePlanChapters(const Grid&) { return 0; }

ParsedDocument ParsePlanChapters(const Grid&) { return {}; }

}  // namespace keikaku::layouts
