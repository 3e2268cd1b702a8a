// Layout family: action_blocks. Internal to parsers/; registered in parse.cpp.
#ifndef KEIKAKU_PARSERS_ACTION_BLOCKS_H_
#define KEIKAKU_PARSERS_ACTION_BLOCKS_H_

#include "keikaku/parsers/grid.h"
#include "keikaku/parsers/records.h"

namespace keikaku::layouts {

// How well `grid` fits this family: 0 (not at all) .. 1 (certainly).
double ScoreActionBlocks(const Grid& grid);

// Extracts measures, indicators, observations, budgets and plan fields from `grid`.
ParsedDocument ParseActionBlocks(const Grid& grid);

}  // namespace keikaku::layouts

#endif  // KEIKAKU_PARSERS_ACTION_BLOCKS_H_
