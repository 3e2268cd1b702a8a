// Small helpers every layout family uses to read cells into records.
#ifndef KEIKAKU_PARSERS_COMMON_CELLS_H_
#define KEIKAKU_PARSERS_COMMON_CELLS_H_

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "keikaku/normalize/date.h"
#include "keikaku/parsers/grid.h"
#include "keikaku/parsers/records.h"

namespace keikaku::layouts {

// Cell `index` of `row`, normalised (normalize::NormalizeText); "" when out of range.
std::string CellText(const GridRow& row, size_t index);

// True when every cell of `row` is empty or white space.
bool IsBlankRow(const GridRow& row);

// Index of the first non-blank cell of `row`, or row.cells.size() when none.
size_t FirstFilledCell(const GridRow& row);

// Splits a department cell on 、 ・ , and white space, dropping empty parts:
// "企画課、財政課" -> {"企画課", "財政課"}.
std::vector<std::string> SplitDepartments(std::string_view text);

// The cells of `row` that name one fiscal year each ("28年度", "令和2年度", "H27末"),
// as (cell index, fiscal year), left to right.
std::vector<std::pair<size_t, int>> YearColumns(const GridRow& row, normalize::Era default_era);

// One printed value as an observation: text normalised, value and comparator from
// normalize::ParseNumber, unit kept only when it differs from `indicator_unit`. A cell
// that names its own year ("1億円(R2年度)") overrides `fy`.
Observation MakeObservation(std::string_view cell, std::optional<int> fy, SourcePlace at,
                            std::string_view indicator_unit, normalize::Era default_era);

}  // namespace keikaku::layouts

#endif  // KEIKAKU_PARSERS_COMMON_CELLS_H_
