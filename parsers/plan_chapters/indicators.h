// 成果指標と目標値 tables and 【…満足度：…】 lines of a comprehensive-plan chapter.
#ifndef KEIKAKU_PARSERS_PLAN_CHAPTERS_INDICATORS_H_
#define KEIKAKU_PARSERS_PLAN_CHAPTERS_INDICATORS_H_

#include <optional>
#include <string_view>
#include <vector>

#include "keikaku/parsers/grid.h"
#include "keikaku/parsers/records.h"
#include "table/table_header.h"

namespace keikaku::layouts {

// True when `row` is a row of a table: a markdown or sheet row, or a text row with two or
// more filled tab-separated cells.
bool IsTableRow(const GridRow& row);

// Reads `row` as the header of an indicator table through the table model's ReadTableHeader:
// one or more cells labelled baseline / target / actual (現状値, 目標値, 実績 …, a bracketed
// year after the label is the column's year), markup taken out. nullopt when the row has no
// such cell or prints a value. `memo` is the document's.
std::optional<TableHeader> ReadIndicatorHeader(const GridRow& row, CellMemo& memo);

// One indicator from a data row under `header`. The name is the 指標 column's cell (the first
// cell when the header names none) without the bracketed explanation lines after a <br>; the
// unit is the 単位 cell, else the first value's unit. Cells shifted against the header are realigned when the filled cells match it
// one for one (with a diagnostic). nullopt, with a diagnostic, for a row without a name.
std::optional<Indicator> ReadIndicatorRow(const GridRow& row, const TableHeader& header,
                                          std::vector<Diagnostic>& diagnostics);

// Reads a normalised line holding "【<label>…満足度：「…」26.2%】" as an indicator named by the
// label with the figure as its baseline (provenance cell -1). nullopt when the line holds no
// satisfaction bracket; a bracket without a figure gives a diagnostic and nullopt.
std::optional<Indicator> ReadSatisfactionLine(std::string_view text, int line,
                                              std::vector<Diagnostic>& diagnostics);

}  // namespace keikaku::layouts

#endif  // KEIKAKU_PARSERS_PLAN_CHAPTERS_INDICATORS_H_
