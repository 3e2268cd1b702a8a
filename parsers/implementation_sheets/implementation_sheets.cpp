#include "implementation_sheets/implementation_sheets.h"

namespace keikaku::layouts {

double ScoreImplementationSheets(const Grid&) { return 0; }

ParsedDocument ParseImplementationSheets(const Grid&) { return {}; }

}  // namespace keikaku::layouts
