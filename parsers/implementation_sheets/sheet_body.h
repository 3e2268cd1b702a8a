// Reads the rows of one implementation sheet: the 担当課 / 関係課 row, the narrative rows
// (現状と課題, 取組内容, 目標の状態 …), the 現状の数値 / 目標の数値 boxes beside them and the
// 年次計画 table below.
#ifndef KEIKAKU_PARSERS_IMPLEMENTATION_SHEETS_SHEET_BODY_H_
#define KEIKAKU_PARSERS_IMPLEMENTATION_SHEETS_SHEET_BODY_H_

#include <string>
#include <vector>

#include "implementation_sheets/sheet_model.h"

namespace keikaku::layouts::sheets {

// The narrative labels (lexicon kinds description and narrative) that rows [begin, end) of
// `grid` print in their first filled cell, normalised with spaces removed, in printed order.
std::vector<std::string> NarrativeLabels(const LabelledGrid& grid, size_t begin, size_t end);

// Reads the sheet in rows [begin, end) of `grid`. Rows it cannot place (a 年次計画 row
// without a label, a text row before any narrative label) and rows it had to realign go to
// `diagnostics` with their line. Never throws; a sheet without some part leaves it empty.
SheetBody ReadSheetBody(const LabelledGrid& grid, size_t begin, size_t end, const DocumentContext& context,
                        std::vector<Diagnostic>& diagnostics);

}  // namespace keikaku::layouts::sheets

#endif  // KEIKAKU_PARSERS_IMPLEMENTATION_SHEETS_SHEET_BODY_H_
