// Where a row's values go, for the rows of kpi_rows.cpp: under the header's columns, in printed
// order, at a name row's ends, or in the order plans print them when no header names them.
// Internal to keikaku_parsers_table.
#ifndef KEIKAKU_PARSERS_TABLE_PLACEMENT_H_
#define KEIKAKU_PARSERS_TABLE_PLACEMENT_H_

#include <vector>

#include "table/kpi_rows.h"
#include "table/run_together.h"
#include "table/table_cell.h"
#include "table/table_header.h"

namespace keikaku::layouts {

// A value with the column it is read under.
struct PlacedValue {
  const TableCell* cell = nullptr;
  HeaderColumn column;
};

bool IsDash(const TableCell& cell);

// True when one of `cells` is a figure (a dash is none).
bool HasFigure(const Cells& cells);

// A bracketed percentage beside the figures ("(29%)"): an achievement rate, no value.
bool IsAchievementRate(const TableCell& cell);

// The row's cells placed under the header, cell for cell, each moved by `shift` columns: a
// row as wide as the header keeps its columns, and a wider one has its surplus under the
// series column. Empty when the row does not fit or no figure sits under a value column;
// with `words_only`, when fewer than two words do.
std::vector<PlacedValue> PlaceUnderHeader(const std::vector<TableCell>& row, const TableHeader& header,
                                          int shift, bool words_only = false);

// The values in the order printed, when the conversion dropped or shifted cells: as many as
// the header has value columns, from the first cell after the name.
std::vector<PlacedValue> PlaceInOrder(const Cells& after, const TableHeader& header);

// The value row under a name row that left its ends below (EndsLeftBelow): the first figure
// is the baseline, the last the target. Empty unless both ends are figures.
std::vector<PlacedValue> PlaceAtEnds(const Cells& after, const PendingName& pending);

// Without a header: (year, value) pairs, a run of values, or a series between two years, with
// the roles plans print them in; `by_position` tells whether the roles are guessed from the
// count alone. Empty when no rule places them.
std::vector<PlacedValue> PlaceWithoutHeader(const Cells& after, const PendingName* pending,
                                            bool& by_position);

}  // namespace keikaku::layouts

#endif  // KEIKAKU_PARSERS_TABLE_PLACEMENT_H_
