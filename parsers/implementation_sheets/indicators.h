// Turns what one sheet prints into indicators: one per quantity named in the 現状の数値 /
// 目標の数値 boxes and the 数値 row, and one per word or text row (進捗状況, 年度目標).
#ifndef KEIKAKU_PARSERS_IMPLEMENTATION_SHEETS_INDICATORS_H_
#define KEIKAKU_PARSERS_IMPLEMENTATION_SHEETS_INDICATORS_H_

#include <vector>

#include "implementation_sheets/sheet_model.h"

namespace keikaku::layouts::sheets {

// Indicators of `body`, quantities first, then the text rows in printed order:
//  - each quantity of 現状の数値 is an indicator with that baseline; its fiscal year is the
//    one a bracket names, else one the sheet's narrative states for the same figure, else none;
//  - 数値 cells give per-year targets, matched to an indicator by name (one name may extend
//    the other), else by unit; a cell without a named quantity is read for a figure in the
//    unit of the sheet's one indicator that has it;
//  - 目標の数値 adds a target for the final year unless that year already holds the value;
//  - a quantity printed without a name is named by the sheet's term for its count ("登録団体数").
// Values that fit nowhere go to `diagnostics` at `line`.
std::vector<Indicator> BuildIndicators(const SheetBody& body, const DocumentContext& context,
                                       int line, std::vector<Diagnostic>& diagnostics);

}  // namespace keikaku::layouts::sheets

#endif  // KEIKAKU_PARSERS_IMPLEMENTATION_SHEETS_INDICATORS_H_
