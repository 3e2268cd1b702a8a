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

// The header row of an indicator table, read through the label lexicon.
struct IndicatorHeader {
  size_t width = 0;                 // cells in the header row
  size_t name_cell = 0;             // the 成果指標 column, else the first one
  std::optional<size_t> unit_cell;  // a 単位 column when printed
  std::vector<HeaderColumn> values;  // the table model's value columns; never empty
};

// True when `row` is a row of a table: a markdown or sheet row, or a text row with two or
// more filled tab-separated cells.
bool IsTableRow(const GridRow& row);

// Reads `row` as the header of an indicator table: one cell labelled baseline / target /
// actual (現状値, 目標値, 実績 …, a bracketed year after the label is the column's year).
// nullopt when the row has no such cell.
std::optional<IndicatorHeader> ReadIndicatorHeader(const GridRow& row);

// One indicator from a data row under `header`. The name is the first cell without the
// bracketed explanation lines after a <br>; the unit is the 単位 cell, else the first value's
// unit. Cells shifted against the header are realigned when the filled cells match it
// one for one (with a diagnostic). nullopt, with a diagnostic, for a row without a name.
std::optional<Indicator> ReadIndicatorRow(const GridRow& row, const IndicatorHeader& header,
                                          std::vector<Diagnostic>& diagnostics);

// Reads a normalised line holding "【<label>…満足度：「…」26.2%】" as an indicator named by the
// label with the figure as its baseline (provenance cell -1). nullopt when the line holds no
// satisfaction bracket; a bracket without a figure gives a diagnostic and nullopt.
std::optional<Indicator> ReadSatisfactionLine(std::string_view text, int line,
                                              std::vector<Diagnostic>& diagnostics);

}  // namespace keikaku::layouts

#endif  // KEIKAKU_PARSERS_PLAN_CHAPTERS_INDICATORS_H_
