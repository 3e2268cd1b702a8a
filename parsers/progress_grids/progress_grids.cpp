// Progress grids (進行管理表 / 進行管理集計表): one row per 取組項目 under a two-row header,
// repeated page by page. Steps: title → header → item rows with their continuation rows
// → status tally check. Only cells matter, never the row kind, so a sheet saved as CSV or
// XLSX parses like its text conversion.
#include "progress_grids/progress_grids.h"

#include <algorithm>

#include "keikaku/normalize/text.h"
#include "progress_grids/grid_columns.h"
#include "progress_grids/indicators.h"
#include "progress_grids/item_rows.h"
#include "progress_grids/normalized_rows.h"
#include "progress_grids/sheet_meta.h"

namespace keikaku::layouts {
namespace {

using progress::BlockContext;
using progress::GridColumns;
using progress::StatusLegend;
using progress::StatusTally;
using progress::FilledCount;

// The rows of one sheet as the parser walks them.
struct WalkState {
  std::optional<GridColumns> columns;
  BlockContext context;
  StatusLegend legend;
  std::vector<std::string> path;
  std::optional<size_t> open_measure;  // index of the measure continuation rows extend
  std::optional<StatusTally> tally;
};

// A group heading printed on a row of its own (a merged 基本方針 cell) right above an
// item row that prints none.
bool IsHeadingRow(const std::vector<GridRow>& rows, size_t index, const GridColumns& columns) {
  const GridRow& row = rows[index];
  if (!columns.path || index + 1 >= rows.size() || FilledCount(row) != 1) return false;
  if (progress::FirstFilled(row) > *columns.path + 1) return false;
  const auto ref = progress::FindItemRef(rows[index + 1], columns);
  return ref && progress::FirstFilled(rows[index + 1]) == *ref;
}

// A row below an item row: more indicators of that item, wherever the conversion put them.
void ReadContinuationRow(const GridRow& row, WalkState& state, ParsedDocument& document) {
  Measure& measure = document.measures[*state.open_measure];
  std::vector<Indicator> more = progress::ReadIndicatorBlock(
      row, progress::FirstFilled(row), row.cells.size(), state.context, document.diagnostics);
  if (more.empty()) {
    document.diagnostics.push_back(
        {row.line, "unaligned_row", "row below item " + measure.ref + " holds no indicator"});
  }
  for (Indicator& indicator : more) measure.indicators.push_back(std::move(indicator));
}

// A (repeated) page header: the columns of the rows below it. Returns the rows it spans.
size_t ReadHeaderRows(const std::vector<GridRow>& rows, size_t index, WalkState& state,
                      ParsedDocument& document) {
  size_t used = 1;
  state.columns = progress::ReadHeader(rows, index, state.context.era, &used);
  if (state.columns->values.empty()) {
    document.diagnostics.push_back({rows[index].line, "missing_value_header",
                                    "no 当初 / 目標 / 現状値 sub-header below the header"});
  }
  state.context.values = state.columns->values;
  state.open_measure.reset();
  return used;
}

void WalkRow(const std::vector<GridRow>& rows, size_t& index, WalkState& state,
             ParsedDocument& document) {
  const GridRow& row = rows[index];
  if (FilledCount(row) == 0) {
    state.open_measure.reset();
    return;
  }
  if (progress::IsHeaderRow(row)) {
    index += ReadHeaderRows(rows, index, state, document) - 1;
    return;
  }
  if (auto legend = progress::ReadStatusLegend(row)) {
    state.legend = std::move(*legend);
    state.open_measure.reset();
    return;
  }
  if (!state.columns) return;  // title and notes above the first header
  if (IsHeadingRow(rows, index, *state.columns)) {
    state.path = {progress::GroupHeading(progress::Cell(row, progress::FirstFilled(row)))};
    state.open_measure.reset();
    return;
  }
  if (auto ref = progress::FindItemRef(row, *state.columns)) {
    document.measures.push_back(progress::ReadItemRow(
        row, *ref, *state.columns, state.context, state.legend, state.path, document.diagnostics));
    state.open_measure = document.measures.size() - 1;
    return;
  }
  const bool could_be_indicator =
      state.open_measure && state.legend.codes.size() == state.context.values.size();
  if (auto tally = progress::ReadStatusTally(row, state.legend); tally && !could_be_indicator) {
    state.tally = std::move(tally);
    state.open_measure.reset();
    return;
  }
  if (state.open_measure) {
    ReadContinuationRow(row, state, document);
  } else if (FilledCount(row) > 1) {
    document.diagnostics.push_back({row.line, "unplaced_row", "row outside any item is not read"});
  }
}

// A report that prints no period spans the years of its value columns (SCHEMA.md).
void FillPeriodFromColumns(const BlockContext& context, Plan& plan) {
  if (plan.start_fy || context.values.empty()) return;
  for (const progress::ValueColumn& column : context.values) {
    if (!column.fy) continue;
    plan.start_fy = plan.start_fy ? std::min(*plan.start_fy, *column.fy) : *column.fy;
    plan.end_fy = plan.end_fy ? std::max(*plan.end_fy, *column.fy) : *column.fy;
  }
}

}  // namespace

ParsedDocument ParseProgressGrids(const Grid& grid) {
  ParsedDocument document;
  std::vector<GridRow> rows;
  rows.reserve(grid.rows.size());
  for (const GridRow& row : grid.rows) rows.push_back(progress::NormalizeRow(row));
  const size_t title_end = progress::FirstHeaderRow(rows).value_or(rows.size());
  progress::SheetTitle title = progress::ReadTitle(rows, title_end);
  document.plan = std::move(title.plan);
  if (document.plan.title.empty() && !grid.sheet_names.empty()) {
    // A workbook without a title line is named by its (first) sheet.
    document.plan.title =
        normalize::NormalizeText(grid.sheet_names.substr(0, grid.sheet_names.find('\n')));
  }
  WalkState state;
  state.context.era = title.era;
  state.context.start_fy = document.plan.start_fy;
  state.context.end_fy = document.plan.end_fy;
  for (size_t index = 0; index < rows.size(); ++index) {
    WalkRow(rows, index, state, document);
  }
  if (state.tally) {
    if (auto mismatch = progress::CheckStatusTally(*state.tally, state.legend, document.measures)) {
      document.diagnostics.push_back(std::move(*mismatch));
    }
  }
  FillPeriodFromColumns(state.context, document.plan);
  return document;
}

}  // namespace keikaku::layouts
