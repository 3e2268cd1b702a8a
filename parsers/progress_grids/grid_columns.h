// Progress grids, phase 1: the header rows that say which column holds what.
// Internal to keikaku_layout_progress_grids.
#ifndef KEIKAKU_PARSERS_PROGRESS_GRIDS_GRID_COLUMNS_H_
#define KEIKAKU_PARSERS_PROGRESS_GRIDS_GRID_COLUMNS_H_

#include <optional>
#include <string>
#include <vector>

#include "keikaku/normalize/date.h"
#include "keikaku/parsers/grid.h"

namespace keikaku::layouts::progress {

// One value column of the 数値目標等 block: "当初 (H27末)" is a baseline of fiscal 2015.
struct ValueColumn {
  size_t cell = 0;
  std::string kind;       // "baseline", "target" or "actual"
  std::optional<int> fy;  // the year the column label names; nullopt when it names none
};

// A narrative column kept as a labelled text ("本部会意見").
struct TextColumn {
  size_t cell = 0;
  std::string label;  // printed label, NFKC, "(D)"-style markers and spaces removed
};

// Where each part of an item row sits, as printed in the header rows.
struct GridColumns {
  size_t ref = 0;                     // No.
  std::optional<size_t> path;         // 基本方針, carried down its group
  std::optional<size_t> title;        // 取組項目
  std::optional<size_t> departments;  // 担当課; a lone 関係課 when the sheet has no 担当課
  std::optional<size_t> related;      // 関係課 beside a 担当課
  std::optional<size_t> description;  // 取組の方針と内容
  size_t indicators = 0;              // first cell of the 数値目標等 block (its 項目 column)
  std::optional<size_t> status;       // 進捗状況
  std::vector<TextColumn> texts;      // every other labelled column, left to right
  std::vector<ValueColumn> values;    // from the sub-header; empty when none was found
};

// Rows are normalised (NormalizeRow).

// True when `row` is a main header row: it names at least four of No. / 取組項目 /
// 担当課・関係課 / 取組の方針と内容 / 数値目標等 / 進捗状況 (the table model's ReadFieldHeader
// decides).
bool IsHeaderRow(const GridRow& row);

// The index of the first main header row in `rows`; nullopt when none.
std::optional<size_t> FirstHeaderRow(const std::vector<GridRow>& rows);

// Reads the header at rows[index] (IsHeaderRow must hold) and the value sub-header printed
// within the next two rows ("項目 | 当初 (H27末) | 目標 (R3末) | 現状値 (R1末)"). Bare years in
// labels are read in `era`. `*rows_used` receives how many rows the header spans (1 or more).
GridColumns ReadHeader(const std::vector<GridRow>& rows, size_t index, normalize::Era era,
                       size_t* rows_used);

}  // namespace keikaku::layouts::progress

#endif  // KEIKAKU_PARSERS_PROGRESS_GRIDS_GRID_COLUMNS_H_
