// The pieces an implementation sheet (実施計画 style) is read into, between the grid and the
// records. Internal to the implementation_sheets layout.
#ifndef KEIKAKU_PARSERS_IMPLEMENTATION_SHEETS_SHEET_MODEL_H_
#define KEIKAKU_PARSERS_IMPLEMENTATION_SHEETS_SHEET_MODEL_H_

#include <optional>
#include <string>
#include <vector>

#include "keikaku/normalize/date.h"
#include "keikaku/parsers/grid.h"
#include "keikaku/parsers/records.h"

namespace keikaku::layouts::sheets {

// A normalised cell value and where it was printed.
struct PlacedText {
  std::string text;
  SourcePlace at;
};

// A numbered heading line: "1 市民ニーズ…", "(1) …", "① …".
struct Heading {
  std::string style;   // the numbering's shape, digits folded: "9", "(9)", "①", "第9章", "ア"
  std::string number;  // as SplitHeading gives it: "1", "(1)", "①"
  std::string title;   // normalised
  size_t row = 0;      // index into Grid::rows
};

// One row of the 年次計画 table, its cells already assigned to the header's years.
struct YearRow {
  std::string label;                             // printed label, spaces removed ("進捗状況")
  std::string kind;                              // lexicon kind: status | target | quantity | actual
  std::vector<std::optional<PlacedText>> cells;  // one per year of the header; nullopt when blank
};

// Everything one sheet prints, before it becomes a Measure.
struct SheetBody {
  std::vector<std::string> departments;
  std::vector<std::string> related_departments;
  std::optional<std::string> description;
  Texts texts;                                   // narrative cells other than the description
  std::optional<PlacedText> baseline_box;        // the 現状の数値 value
  std::optional<PlacedText> target_box;          // the 目標の数値 value
  std::optional<int> baseline_box_fy;            // a year the box label names: 現状値(H30年度)
  std::optional<int> target_box_fy;
  std::vector<int> years;                        // fiscal years of the 年次計画 header
  std::vector<YearRow> rows;
};

// A grid with the lexicon kind of every short cell looked up once: LabelKind normalises its
// input, and every phase of the parser asks about the same cells.
class LabelledGrid {
 public:
  explicit LabelledGrid(const Grid& grid);

  // The lexicon kind of cell `cell` of row `row` ("department", "status" …); "" when the
  // cell is no label, a label of a kind this layout does not read, or out of range.
  std::string_view Kind(size_t row, size_t cell) const;

  // True when some cell of row `row` is a label of `kind`.
  bool RowHas(size_t row, std::string_view kind) const;

  const std::vector<GridRow>& rows;

 private:
  std::vector<std::vector<std::string_view>> kinds_;
};

// Settings read once per document and shared by every sheet.
struct DocumentContext {
  normalize::Era default_era = normalize::Era::kNone;
  std::vector<int> plan_years;                   // the plan period, used when a header is unreadable
  std::vector<std::string> narrative_order;      // narrative labels in the order sheets print them
};

}  // namespace keikaku::layouts::sheets

#endif  // KEIKAKU_PARSERS_IMPLEMENTATION_SHEETS_SHEET_MODEL_H_
