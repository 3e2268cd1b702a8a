// The 目標値等 part of an action block: indicator rows with their year header, values
// under the header or inline ("28年度 920"), wrapped names and 【H25年度：72.2%】 baselines.
#ifndef KEIKAKU_PARSERS_ACTION_BLOCKS_INDICATORS_H_
#define KEIKAKU_PARSERS_ACTION_BLOCKS_INDICATORS_H_

#include <optional>
#include <string>
#include <vector>

#include "action_blocks/plan_fields.h"
#include "action_blocks/rows.h"
#include "keikaku/parsers/records.h"

namespace keikaku::layouts::action_blocks {

// One printed fragment of an indicator's name (names wrap onto the value row).
struct NamePart {
  std::string text;  // normalised
  int line = 0;
  int cell = -1;  // cell index in its row
};

// One printed target value, its year already known (or not).
struct ValueCell {
  std::string text;  // normalised, year label removed ("28年度 920" -> "920")
  std::optional<int> fy;
  SourcePlace at;
};

struct YearColumn {
  size_t cell = 0;
  int fy = 0;
};

// An indicator as read from the rows, before its name, unit and baseline are worked out.
struct IndicatorDraft {
  int line = 0;
  std::vector<NamePart> name_parts;
  std::vector<YearColumn> years;
  size_t header_width = 0;                // cells in the row that printed the years
  std::optional<size_t> baseline_column;  // a 現状値 column of the header, before the years
  std::optional<int> baseline_column_fy;  // the year that column names ("現状値(H26)")
  std::vector<ValueCell> values;
  std::vector<ValueCell> baseline_cells;  // from a labelled 現状値 row, when no 【…】 bracket gives one
  bool awaiting_values = true;            // false once a value row (or inline values) was read
};

// Reads the rows of one block's indicators, in order. Rows it cannot place go to
// `diagnostics`. REQUIRES: `cache` and `diagnostics` outlive the collector.
class IndicatorCollector {
 public:
  IndicatorCollector(CellReading& cache, std::vector<Diagnostic>& diagnostics)
      : cache_(cache), diagnostics_(diagnostics) {}

  // A row whose cell `label_cell` is an indicator label (目標値等): starts a new indicator.
  void AddLabelled(const Row& row, size_t label_cell);

  // A row whose cell `label_cell` is a baseline label (現状値 …): the open indicator's
  // baseline. Returns false when no indicator is open.
  bool AddBaseline(const Row& row, size_t label_cell);

  // A row of year labels that is no indicator itself (a table header above the 目標値等
  // rows); the next indicator without years of its own uses them. False when `row` names
  // fewer than two years.
  bool AddYearHeader(const Row& row);

  // A row with an empty first cell. Returns false when no indicator is open or the row
  // does not belong to one (the caller then treats it as something else).
  bool AddContinuation(const Row& row);

  // The indicators read so far (one draft may give two when a cell holds two quantities).
  std::vector<Indicator> Finish();

 private:
  void StartDraft(const Row& row, size_t name_from);
  void ReadValueRow(const Row& row, IndicatorDraft& draft);

  CellReading& cache_;
  std::vector<Diagnostic>& diagnostics_;
  std::vector<IndicatorDraft> drafts_;
  std::optional<IndicatorDraft> pending_header_;  // years from AddYearHeader, not yet used
};

// Turns a finished draft into indicators: 【…】 brackets become baselines, the unit bracket
// ("(%)", "(百万円)") becomes the unit, and a cell holding two labelled quantities
// ("主幹 50 主査 60") gives one indicator per label.
std::vector<Indicator> BuildIndicators(const IndicatorDraft& draft, CellReading& cache,
                                       std::vector<Diagnostic>& diagnostics);

}  // namespace keikaku::layouts::action_blocks

#endif  // KEIKAKU_PARSERS_ACTION_BLOCKS_INDICATORS_H_
