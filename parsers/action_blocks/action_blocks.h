// Layout family: action_blocks. Internal to parsers/; registered in parse.cpp.
#ifndef KEIKAKU_PARSERS_ACTION_BLOCKS_H_
#define KEIKAKU_PARSERS_ACTION_BLOCKS_H_

#include "keikaku/parsers/grid.h"
#include "keikaku/parsers/parse.h"
#include "keikaku/parsers/records.h"

namespace keikaku::layouts {

// This family's detection signals measured on `grid` (detection.cpp): in the first few
// thousand rows only, numbered 取組項目 rows and the 取組内容 / 担当課 / 目標値等 labels that
// follow them (labels from parsers/data/labels.tsv). Never throws.
std::vector<Signal> DetectActionBlocks(const Grid& grid);

// Extracts one measure (kind "action") per 取組項目 block with its path of headings, its
// indicators (year header, values under it or inline, 【…】 baselines) and departments; the
// 用語解説 glossary; and plan title, period, published. The municipality is left empty for
// the registry. What cannot be placed becomes a diagnostic ("bracket_without_value",
// "shifted_row", "unaligned_cell", "unaligned_row", "unplaced_row", "value_without_year",
// "indicator_without_values", "extra_baseline", "missing_department"). Never throws.
ParsedDocument ParseActionBlocks(const Grid& grid);

}  // namespace keikaku::layouts

#endif  // KEIKAKU_PARSERS_ACTION_BLOCKS_H_
