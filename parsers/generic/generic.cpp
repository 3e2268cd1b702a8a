#include "generic/generic.h"

namespace keikaku::layouts {

double ScoreGeneric(const Grid&) { return 0; }

ParsedDocument ParseGeneric(const Grid&) { return {}; }

}  // namespace keikaku::layouts
