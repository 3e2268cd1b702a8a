#include "action_blocks/action_blocks.h"

namespace keikaku::layouts {

double ScoreActionBlocks(const Grid&) { return 0; }

ParsedDocument ParseActionBlocks(const Grid&) { return {}; }

}  // namespace keikaku::layouts
