// The generic reader: for documents no specific layout claims, and the table model with no
// family spec. Numbered headings become measures (owner from a nearby 担当課-like label), year
// tables and the table model's rows (table_reading.cpp) become indicators.
#include "generic/generic.h"

#include <algorithm>
#include <map>
#include <string>
#include <utility>

#include "common/cells.h"
#include "common/labels.h"
#include "common/markdown.h"
#include "generic/plan_fields.h"
#include "generic/read_state.h"
#include "keikaku/normalize/text.h"
#include "table/label_rows.h"
#include "table/alignment.h"
#include "table/series_rows.h"
#include "table/units.h"

namespace keikaku::layouts {
namespace {

using namespace generic;

// Below every specific layout's claim threshold: the generic reader is only the fallback.
constexpr double kGenericScore = 0.1;
constexpr size_t kMaxCaptionBytes = 240;


std::string KindOf(const NumberedHeading& heading) {
  for (std::string_view word : {"施策", "政策"}) {
    if (heading.label.find(word) != std::string::npos) return "policy";
  }
  if (heading.label.find("事業") != std::string::npos) return "project";
  return "action";
}

void StartMeasure(const NumberedHeading& heading, int line, ReadState& state) {
  if (state.outline.IsOpen(heading)) {  // repeated on each page: closes what was below it
    state.outline.Enter(heading);
    return;
  }
  // A title printed first without its number ("# 市政情報の…") and then numbered ("6-1 市政情報の…")
  // is one measure: it takes the number.
  for (auto it = state.document.measures.rbegin(); it != state.document.measures.rend(); ++it) {
    if (!heading.number.empty() && it->ref.empty() && it->title == heading.title) {
      it->ref = heading.number;
      state.outline.Enter(heading);
      return;
    }
  }
  Measure measure;
  measure.ref = heading.number;
  measure.kind = KindOf(heading);
  measure.title = heading.title;
  measure.path = state.outline.Enter(heading);
  measure.line = line;
  PushMeasure(std::move(measure), state);
  state.row_table.reset();
}

// A row under a row table with a number and a title is a measure of its own; a row the
// conversion shifted by one cell (its number beside the No. column) is realigned. Returns the
// last cell the measure uses, nullopt when the row is no measure.
std::optional<size_t> ReadRowMeasure(const GridRow& row, ReadState& state) {
  const RowTable& header = *state.row_table;
  std::optional<RowTable> table = header;
  std::optional<Measure> measure = ReadRowMeasureCells(row, header);
  for (const int shift : {1, -1}) {
    if (measure) break;
    table = ShiftedRowTable(header, shift);
    const bool opened_by_blank = shift < 0 || CellText(row, header.ref_cell).empty();
    if (!table || !opened_by_blank) continue;
    measure = ReadRowMeasureCells(row, *table);
    if (measure) {
      state.document.diagnostics.push_back(
          RealignedRow(row.line, shift, "the measure's cells read one column over"));
    }
  }
  if (!measure) return std::nullopt;
  if (table->heading_cell) {
    if (std::string heading = CellText(row, *table->heading_cell); !heading.empty()) {
      state.row_heading = RemoveWrapSpaces(SplitHeadingTitle(heading));
    }
  }
  if (!state.row_heading.empty()) measure->path = {state.row_heading};
  PushMeasure(std::move(*measure), state);
  return LastMeasureCell(*table);
}

// A heading with nothing of its own (no indicator, owner, description or budget) is an entry
// of the outline, not a measure, when the next measure sits under it (kept in its children's
// paths); printed more than once (a table of contents, a running header repeated on every
// sheet), only its last print is kept.
void DropOutlineEntries(std::vector<Measure>& measures) {
  const auto holds_nothing = [](const Measure& m) {
    return m.indicators.empty() && m.departments.empty() && m.related_departments.empty() &&
           !m.description && m.budgets.empty();
  };
  std::map<std::pair<std::string, std::string>, int> printed;
  for (const Measure& measure : measures) ++printed[{measure.ref, measure.title}];
  std::vector<Measure> kept;
  for (size_t i = 0; i < measures.size(); ++i) {
    const Measure& entry = measures[i];
    const bool parent = i + 1 < measures.size() &&
                        measures[i + 1].path.size() > entry.path.size() &&
                        measures[i + 1].path[entry.path.size()] == entry.title;
    const bool repeated = --printed[{entry.ref, entry.title}] > 0;
    if (!((parent || repeated) && holds_nothing(entry))) kept.push_back(std::move(measures[i]));
  }
  measures = std::move(kept);
}

// The cells of `row` after cell `last`.
TableRow CellsAfter(const TableRow& row, size_t last) {
  TableRow rest = row;
  rest.cells.erase(rest.cells.begin(), rest.cells.begin() + std::min(rest.cells.size(), last + 1));
  return rest;
}

void StartTable(const YearTable& table, int line, ReadState& state) {
  CurrentMeasure(line, state);
  state.table = table;
  state.table_indicator = -1;
  state.table_unit.reset();
  state.table_baseline.reset();
  state.table_name = table.name.empty()
                         ? std::string()
                         : CleanIndicatorName(table.name, line, state.era, &state.table_unit,
                                              &state.table_baseline);
}

// True when `indicator` already holds a value of `role` for `fy`: a nameless row that
// repeats one is a second indicator whose name the converter lost.
bool HoldsValue(const Indicator& indicator, ValueRole role, std::optional<int> fy) {
  const std::vector<Observation>& series =
      role == ValueRole::kActual ? indicator.actuals : indicator.targets;
  if (role == ValueRole::kBaseline) return indicator.baseline.has_value();
  return std::any_of(series.begin(), series.end(),
                     [&](const Observation& o) { return o.fy == fy; });
}

// A named row opens an indicator; a nameless row continues the open one (its 実績 under its
// 計画), or opens the first with the header's or the last 指標名 row's name.
void AddYearRow(const GridRow& row, ReadState& state) {
  std::optional<YearRow> year_row =
      ReadYearRow(row, *state.table, state.era, state.document.diagnostics);
  if (!year_row) return;
  Measure& measure = state.document.measures.back();
  const auto role_of = [&](const std::optional<ValueRole>& column) {
    return column.value_or(year_row->role.value_or(state.table->role));
  };
  bool fresh = !year_row->name.empty() || state.table_indicator < 0;
  if (!fresh) {
    const Indicator& open = measure.indicators[state.table_indicator];
    for (const auto& [column, value] : year_row->values)
      fresh |= HoldsValue(open, role_of(column), value.fy);
    if (fresh && year_row->label.empty()) {
      state.document.diagnostics.push_back(
          {row.line, "unnamed_row", "row without a name repeats the years of the one above"});
    }
  }
  // A labelled series that does not continue the indicator above is one of its own.
  if (fresh && year_row->name.empty()) year_row->name = year_row->label;
  if (fresh) {
    Indicator indicator;
    indicator.name = year_row->name;
    if (indicator.name.empty() && state.table_indicator < 0) {
      indicator.name = state.table_name.empty() ? state.labelled_name : state.table_name;
      indicator.unit = std::exchange(state.table_unit, std::nullopt);
      indicator.baseline = std::exchange(state.table_baseline, std::nullopt);
      state.table_name.clear();
    }
    // Figures nothing names are no indicator: the reader says so and invents no name.
    if (indicator.name.empty()) {
      state.document.diagnostics.push_back(
          {row.line, "unplaced_values", "year-table values without an indicator name"});
      state.table_indicator = -1;
      return;
    }
    measure.indicators.push_back(std::move(indicator));
    state.table_indicator = static_cast<int>(measure.indicators.size()) - 1;
  }
  Indicator& indicator = measure.indicators[state.table_indicator];
  if (!indicator.unit) indicator.unit = year_row->unit;
  if (!indicator.baseline) indicator.baseline = std::move(year_row->baseline);
  for (auto& [column, value] : year_row->values) {
    AddObservation(indicator, role_of(column), std::move(value));
  }
}

// "担当課<TAB>企画課", "担当課：企画課": labelled cells that give the current measure its
// owner, related departments, description, or the name of the next indicator.
void ReadLabelRow(const GridRow& row, ReadState& state) {
  const size_t first = FirstFilledCell(row);
  if (first == row.cells.size() || row.cells[first].size() > kMaxCaptionBytes) return;
  std::string label = CellText(row, first);
  std::string value;  // the cells after the label, up to the next label ("担当課 企画課 関係課 …")
  if (const size_t colon = label.find(':'); colon != std::string::npos) {
    value = normalize::CollapseSpaces(label.substr(colon + 1));
    label = label.substr(0, colon);
  }
  const std::string_view kind = LabelKind(label);
  if (kind.empty()) {
    if (row.cells.size() == 1 && value.empty()) state.caption = RemoveWrapSpaces(label);
    return;
  }
  if (value.empty()) {
    for (size_t i = first + 1; i < row.cells.size(); ++i) {
      const std::string cell = CellText(row, i);
      if (cell.empty()) continue;
      if (!LabelKind(cell).empty()) break;
      value += (value.empty() ? "" : " ") + cell;
    }
  }
  if (value.empty()) return;
  if (kind == "indicator") {
    state.labelled_name = value;
    return;
  }
  if (state.document.measures.empty()) return;
  Measure& measure = state.document.measures.back();
  if (kind == "department" && measure.departments.empty()) {
    measure.departments = SplitDepartments(value);
  } else if (kind == "related_department" && measure.related_departments.empty()) {
    measure.related_departments = SplitDepartments(value);
  } else if (kind == "description" && !measure.description) {
    measure.description = value;
  }
}

void ReadRow(const GridRow& row, const TableRow& table_row, ReadState& state) {
  if (state.label_row && ReadValuesUnderLabels(table_row, state)) return;
  if (ReadColumnDumpRow(row, state)) return;
  if (ReadRecordTableRow(row, table_row, state)) return;
  if (IsLabelRow(table_row.cells)) {
    state.label_row = table_row;
    return;
  }
  // A header that names roles (現状値 (2014年度) | 目標値 (2019年度)) is the table model's;
  // a row of years alone stays the year-table reader's, which knows 計画 / 実績 rows under it.
  if (auto roles = ReadTableHeader(table_row.cells, row.line); roles && !roles->years_only) {
    state.table.reset();
    OpenKpiHeader(std::move(*roles), state);
    return;
  }
  std::optional<YearTable> header = ReadYearHeader(row, table_row);
  std::optional<size_t> measure_end;
  if (state.row_table && !header) measure_end = ReadRowMeasure(row, state);
  if (state.table && !header && ContinuesYearTable(row)) {
    AddYearRow(row, state);
    return;
  }
  state.table.reset();
  if (header) {
    state.record_header.reset();
    StartTable(*header, row.line, state);
  } else if (measure_end) {
    // The measure's own row may carry its first indicator in the cells after the measure's.
    ReadKpiTableRow(CellsAfter(table_row, *measure_end), state);
  } else if (auto row_table = ReadRowTableHeader(row)) {
    state.row_table = row_table;
    state.row_heading.clear();
  } else if (ReadKpiTableRow(table_row, state)) {
    return;
  } else if (auto heading = ReadNumberedHeading(row)) {
    StartMeasure(*heading, row.line, state);
  } else if (auto title = ReadMarkdownTitle(row)) {
    StartMeasure(*title, row.line, state);
  } else if (!state.row_table) {
    ReadLabelRow(row, state);
  }
}

// Units are settled once the document is read: an indicator's values may arrive over
// several rows (a 計画 row, then its 実績 row), and the first unit printed decides.
void SettleMeasureUnits(std::vector<Measure>& measures, std::vector<Diagnostic>& diagnostics) {
  for (Measure& measure : measures) {
    for (Indicator& indicator : measure.indicators) {
      SettleUnits(indicator, ObservationsOf(indicator), {}, measure.line, diagnostics);
    }
  }
}

}  // namespace

std::vector<Signal> DetectGeneric(const Grid&) {
  static constexpr SignalSpec kAnyDocument = {"any document (the reader of last resort)", kGenericScore};
  return {{&kAnyDocument, 1}};
}

ParsedDocument ParseGeneric(const Grid& grid) {
  ReadState state;
  state.era = DocumentEra(grid);
  state.document.plan = ReadPlanFields(grid, state.era);
  state.year_axis = FindYearAxis(grid, state.era);
  TableRowReader rows(grid, state.era);
  while (const std::optional<TableRow> next = rows.Next()) {
    const TableRow& table_row = *next;
    if (table_row.grid_rows > 1) {  // a record folded from one cell per line
      ReadKpiTableRow(table_row, state);
    } else {
      ReadRow(grid.rows[table_row.grid_row], table_row, state);
    }
    state.previous_line = table_row.line;
  }
  DropOutlineEntries(state.document.measures);
  SettleMeasureUnits(state.document.measures, state.document.diagnostics);
  return std::move(state.document);
}

}  // namespace keikaku::layouts
