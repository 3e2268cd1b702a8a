// Cells normalised once per document. A plan repeats its short cells hundreds of times
// ("100", "—", "実施", "計画", "28年度", "平成29年度"), so what the normaliser and the label
// lexicon say about each distinct text is worked out once.
#ifndef KEIKAKU_PARSERS_TABLE_NORMALIZED_CELLS_H_
#define KEIKAKU_PARSERS_TABLE_NORMALIZED_CELLS_H_

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "keikaku/normalize/date.h"
#include "keikaku/parsers/grid.h"
#include "keikaku/parsers/records.h"
#include "table/table_cell.h"

namespace keikaku::layouts {

// `row` with every cell passed through normalize::NormalizeText (line, kind and cell count
// kept), so later phases compare text without normalising it again.
GridRow NormalizeRow(const GridRow& row);

// Like NormalizeRow, but a cell longer than `max_bytes` becomes the placeholder "…":
// layout detection reads only short cells, and normalising narrative would cost most of its
// time.
GridRow NormalizeShortCells(const GridRow& row, size_t max_bytes);

// A per-document memo of the normaliser's answers about cell texts. One per document; not
// thread-safe. Views it returns point into the label lexicon and live for the program.
class CellMemo {
 public:
  // normalize::FiscalYearOf(text, era).
  std::optional<int> FiscalYear(std::string_view text, normalize::Era era);

  // LabelKind(text): the lexicon kind ("baseline", "department" …), "" when none.
  std::string_view LabelKind(std::string_view text);

  // MakeObservation(cell, fy, at, unit, era): a cell that names its own year keeps it, any
  // other takes `fy`.
  Observation Observe(std::string_view cell, std::optional<int> fy, SourcePlace at, std::string_view unit,
                      normalize::Era era);

  // ReadCell(text, column, era): a header printed on every page is read once.
  TableCell Cell(std::string_view text, int column, normalize::Era era);

 private:
  std::unordered_map<std::string, std::optional<int>> fiscal_years_;  // keyed by era and text
  std::unordered_map<std::string, std::string_view> label_kinds_;
  std::unordered_map<std::string, Observation> observations_;  // keyed by era, unit and cell; fy unset
  std::unordered_map<std::string, TableCell> cells_;  // keyed by era and text; column 0
};

}  // namespace keikaku::layouts

#endif  // KEIKAKU_PARSERS_TABLE_NORMALIZED_CELLS_H_
