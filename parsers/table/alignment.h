// Rows that PDF conversion shifted against their header: a cell dropped, added or moved,
// so a value no longer sits under the column that names its year or role. One primitive
// places such a row's filled cells on the header's columns, for every layout family.
#ifndef KEIKAKU_PARSERS_TABLE_ALIGNMENT_H_
#define KEIKAKU_PARSERS_TABLE_ALIGNMENT_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "keikaku/parsers/records.h"

namespace keikaku::layouts {

struct RowAlignment {
  // One entry per filled cell, in the caller's order: the index (into the header's columns)
  // of the column the cell belongs under; nullopt when it belongs under none.
  std::vector<std::optional<size_t>> columns;
  int shift = 0;           // how far the placed cells sit right (+) or left (-) of their columns
  bool realigned = false;  // a cell was placed under a column other than the one it sits in
};

// Which columns a row with fewer values than columns fills.
enum class ShortRow { kEarliest, kLatest };

// Each cell of `filled` (ascending cell indexes) under the column `shift` cells to its left
// (cell - shift == columns[k]); `columns` are the header's cell indexes, ascending.
RowAlignment AlignByPosition(const std::vector<size_t>& filled, const std::vector<size_t>& columns,
                             int shift = 0);

// The cells of `filled` taken in order onto `columns`, whatever their printed place: fewer
// cells fill the earliest or the latest columns, cells beyond the last column go under none.
RowAlignment AlignInOrder(const std::vector<size_t>& filled, const std::vector<size_t>& columns,
                          ShortRow short_row = ShortRow::kEarliest);

// The diagnostic for a realigned row of source line `line`: `kind` ("realigned_row", or the
// family's documented key), the `shift` when not 0, and `how` the cells were placed.
Diagnostic RealignedRow(int line, int shift, std::string_view how, std::string kind = "realigned_row");

}  // namespace keikaku::layouts

#endif  // KEIKAKU_PARSERS_TABLE_ALIGNMENT_H_
