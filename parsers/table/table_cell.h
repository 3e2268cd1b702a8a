// One cell of the table model: printed text normalised once, with what it is and what it
// says (a value and its own year, a header label, a year, a name), and where it was printed.
#ifndef KEIKAKU_PARSERS_TABLE_TABLE_CELL_H_
#define KEIKAKU_PARSERS_TABLE_TABLE_CELL_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "keikaku/normalize/date.h"
#include "keikaku/normalize/number.h"
#include "keikaku/parsers/grid.h"
#include "keikaku/parsers/records.h"
#include "table/roles.h"

namespace keikaku::layouts {

enum class CellKind {
  kEmpty,
  kValue,  // a figure, or a dash for "no value": "52.7%(H26)", "(2016) 51.0", "―"
  kYear,   // only a year: "R4年", "2013年度", "H27末"
  kLabel,  // a lexicon label, possibly with its year: "基準値 (2022年度)", "R9 (目標値)"
  kText,   // anything else: a name, a word value ("延伸"), prose
};

struct TableCell {
  std::string text;                  // NormalizeText of the printed cell
  CellKind kind = CellKind::kEmpty;
  std::string label;                 // kLabel: the lexicon kind ("baseline", "indicator" …)
  std::optional<ValueRole> role;     // kLabel: the role its label names, if any; kValue: the
                                     // role printed before the value ("現状値:R6 14,838件")
  std::optional<int> fy;             // the fiscal year the cell prints (kValue, kYear, kLabel)
  bool is_total = false;             // a total or range over years: 累計, R5～8, 2018～2022年
  normalize::Quantity quantity;      // kValue: the figure with the cell's year taken out
  int line = 0;                      // 1-based source line the cell was printed on
  int column = 0;                    // 0-based place of the cell in its row (after pipe splits)
};

// Reads one printed cell. `era` resolves bare years ("28年度"). Never throws.
TableCell ReadCell(std::string_view printed, int column, normalize::Era era);

// The cells of `row` with their kinds. A text row is split on " | " and " / " as well as on
// tabs (converters that join cells with a spaced pipe), and a trailing lone "|" is dropped.
std::vector<TableCell> ReadRowCells(const GridRow& row, normalize::Era era);


// The characters (code points) of `utf8`.
size_t CharCount(std::string_view utf8);

// True when `text` is only a unit, as a unit column or bracket prints it: "%", "人", "千円",
// "人/年", "万t-CO2", "人 (床)". A word that ends a name ("医師数", "健康寿命") is none.
bool IsUnitText(std::string_view text);

// True when `cell` is a unit cell beside a name ("%", "人 (床)").
bool IsUnitCell(const TableCell& cell);

// True when `cell` can name an indicator: text of a sensible length, no unit, with two or
// more letters outside its brackets ("※ (2019年)" is a note).
bool IsNameCell(const TableCell& cell);

// The observation `cell` prints: its text, figure, comparator and unit; its own year, else
// `column_fy` unless the cell or its column is a total over years. Placed at the cell.
Observation ObservationOf(const TableCell& cell, std::optional<int> column_fy, bool column_total);

// A value cell that reads as a word ("延伸", "前年度を上回る", "ゼロ"): short text without
// sentence punctuation. Used only where a column's role places it.
bool IsWordValue(const TableCell& cell);

}  // namespace keikaku::layouts

#endif  // KEIKAKU_PARSERS_TABLE_TABLE_CELL_H_
