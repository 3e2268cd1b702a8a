// Action blocks: a 取組項目-N row and the labelled rows under it (取組内容, 目標値等, 担当課 …).
#ifndef KEIKAKU_PARSERS_ACTION_BLOCKS_BLOCKS_H_
#define KEIKAKU_PARSERS_ACTION_BLOCKS_BLOCKS_H_

#include <optional>
#include <string>
#include <vector>

#include "action_blocks/plan_fields.h"
#include "action_blocks/rows.h"
#include "keikaku/parsers/records.h"

namespace keikaku::layouts::action_blocks {

struct BlockStart {
  std::string ref;    // "1" for 取組項目-1
  std::string title;  // ※再掲 removed
  bool repost = false;
};

struct ActionLabel {
  std::string number;        // "12" for "取組項目-12"; "" when printed in the next cell
  std::string inline_title;  // "窓口の改善" for "取組項目-12 窓口の改善"; "" when in the next cell
};

// Reads an action-label cell (normalised): a label of the lexicon (kind "action_block":
// 取組項目 …), optionally bracketed (【取組項目1】), with its number and maybe the title.
// nullopt for any other cell, including another label that starts alike ("取組内容").
std::optional<ActionLabel> ReadActionLabel(const std::string& cell);

// A cheap test before ReadActionLabel's regex: `cell` starts with an action label, maybe
// after an opening bracket or spaces.
bool StartsWithActionLabel(std::string_view cell);

// True for a cell that is only an item number: "12", "3-2".
bool IsBareNumber(const std::string& cell);

// The block `row` starts, or nullopt: its first cell is an action label of the lexicon
// (kind "action_block": 取組項目 …) followed by a number, in the same cell ("取組項目-1")
// or the next; the title is the next filled cell.
std::optional<BlockStart> ReadBlockStart(const Row& row);

// Reads the block starting at rows[begin] into a measure with `path`; returns the index
// of the first row after the block (the next block, a heading, or a row of another kind).
size_t ReadBlock(const std::vector<Row>& rows, size_t begin, const BlockStart& start,
                 std::vector<std::string> path, CellReading& cache, Measure& measure,
                 std::vector<Diagnostic>& diagnostics);

}  // namespace keikaku::layouts::action_blocks

#endif  // KEIKAKU_PARSERS_ACTION_BLOCKS_BLOCKS_H_
