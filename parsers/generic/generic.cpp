// The generic reader: for documents no specific layout claims. Numbered headings become
// measures (owner from a nearby 担当課-like label), year tables become indicators.
#include "generic/generic.h"

#include <algorithm>
#include <string>
#include <utility>

#include "common/cells.h"
#include "common/labels.h"
#include "common/markdown.h"
#include "generic/headings.h"
#include "generic/plan_fields.h"
#include "generic/row_tables.h"
#include "generic/year_tables.h"
#include "keikaku/normalize/text.h"
#include "table/column_dumps.h"
#include "table/kpi_rows.h"
#include "table/label_rows.h"
#include "table/record_rows.h"
#include "table/series_rows.h"
#include "table/table_rows.h"
#include "table/table_header.h"

namespace keikaku::layouts {
namespace {

// Below every specific layout's claim threshold: the generic reader is only the fallback.
constexpr double kGenericScore = 0.1;
constexpr size_t kMaxCaptionBytes = 240;

// Everything the reader carries from one row to the next.
struct ReadState {
  ParsedDocument document;
  normalize::Era era = normalize::Era::kNone;
  HeadingOutline outline;
  std::optional<YearTable> table;
  int table_indicator = -1;  // index in measures.back().indicators of the open row
  std::string table_name;    // the header's own indicator name, until a row uses it
  std::optional<std::string> table_unit;
  std::optional<Observation> table_baseline;
  std::string labelled_name;  // value of the last 指標名 row
  std::string caption;        // the last short line of text
  std::optional<RowTable> row_table;
  std::string row_heading;  // the 基本方針 carried down a row table
  std::optional<TableHeader> kpi_header;  // the last role header: it governs until the next
  std::optional<PendingName> pending;     // a name row waiting for its value row
  std::optional<TableRow> label_row;      // labels waiting for their values on the next row
  int previous_line = 0;                  // the line of the row read before this one
  std::vector<int> year_axis;             // the years the document prints once for its series
  std::string series_name;                // the last name row above role series rows
  int series_indicator = -1;              // index in measures.back().indicators of the open series
  std::optional<RecordHeader> record_header;  // the header of a record sheet, one item a row
};

std::string KindOf(const NumberedHeading& heading) {
  for (std::string_view word : {"施策", "政策"}) {
    if (heading.label.find(word) != std::string::npos) return "policy";
  }
  if (heading.label.find("事業") != std::string::npos) return "project";
  return "action";
}

void PushMeasure(Measure measure, ReadState& state) {
  state.document.measures.push_back(std::move(measure));
  state.table_indicator = -1;
  state.labelled_name.clear();
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

// A row under a row table with a number and a title is a measure of its own.
void ReadRowMeasure(const GridRow& row, ReadState& state) {
  const RowTable& table = *state.row_table;
  if (table.heading_cell) {
    if (std::string heading = CellText(row, *table.heading_cell); !heading.empty()) {
      state.row_heading = RemoveWrapSpaces(SplitHeadingTitle(heading));
    }
  }
  std::optional<Measure> measure = ReadRowMeasureCells(row, table);
  if (!measure) return;
  if (!state.row_heading.empty()) measure->path = {state.row_heading};
  PushMeasure(std::move(*measure), state);
}

Measure& CurrentMeasure(int line, ReadState& state) {
  if (state.document.measures.empty()) {
    Measure measure;
    measure.kind = "action";
    measure.title = state.caption;
    measure.line = line;
    PushMeasure(std::move(measure), state);
    state.document.diagnostics.push_back(
        {line, "table_without_heading",
         "year table before any numbered heading; titled by its caption"});
  }
  return state.document.measures.back();
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

void AddKpiIndicator(KpiRow row, ReadState& state) {
  if (!row.ref.empty() && !row.group.empty()) {
    Measure measure;
    measure.ref = row.ref;
    measure.kind = "policy";
    measure.title = row.group;
    measure.line = row.line;
    PushMeasure(std::move(measure), state);
  }
  Measure& measure = CurrentMeasure(row.line, state);
  Indicator indicator;
  indicator.name = row.name;
  indicator.unit = row.unit;
  for (auto& [role, value] : row.values) AddObservation(indicator, role, std::move(value));
  if (row.roles_by_position) {
    state.document.diagnostics.push_back(
        {row.line, "roles_by_position",
         "no header names the values' roles: read in the usual order (baseline, [actual,] target)"});
  }
  measure.indicators.push_back(std::move(indicator));
  state.table_indicator = -1;
}

// A name row over role series: a table row whose first cell is a name and whose other cells
// hold no figure ("1 健康寿命 男性 女性 | 判定 － | － | 達成見込み").
std::optional<std::string> SeriesNameOf(const TableRow& row) {
  constexpr size_t kMaxSeriesNameBytes = 240;
  const TableCell* first = nullptr;
  int filled = 0;
  for (const TableCell& cell : row.cells) {
    if (cell.kind == CellKind::kEmpty) continue;
    if ((cell.kind == CellKind::kValue && !cell.quantity.is_dash) || cell.role) return std::nullopt;
    if (!first) first = &cell;
    ++filled;
  }
  if (filled < 2 || !IsNameCell(*first) || first->text.size() > kMaxSeriesNameBytes) return std::nullopt;
  return RemoveWrapSpaces(first->text);
}

// A role series ("目標値 | 73.28 | … | 75.60") under the name row above it, its years from
// the document's year axis. A second series of the same role opens the next indicator.
bool ReadSeries(const TableRow& row, ReadState& state) {
  if (state.year_axis.empty()) return false;
  std::deque<TableCell> storage;
  const std::optional<SeriesRow> series = ReadSeriesRow(row.cells, storage);
  if (!series || (state.series_name.empty() && series->name_part.empty())) return false;
  const std::vector<int> years = SeriesYears(series->role, series->values.size(), state.year_axis);
  if (years.empty()) return false;
  std::string name = state.series_name;
  if (!series->name_part.empty()) {
    name = RemoveWrapSpaces(name + (name.empty() ? "" : " ") + series->name_part);
    state.series_name = name;
  }
  Measure& measure = CurrentMeasure(row.line, state);
  Indicator* open = state.series_indicator >= 0 &&
                            state.series_indicator < static_cast<int>(measure.indicators.size())
                        ? &measure.indicators[state.series_indicator]
                        : nullptr;
  const bool targets = series->role == ValueRole::kTarget;
  if (!open || open->name != name || !(targets ? open->targets : open->actuals).empty()) {
    Indicator indicator;
    indicator.name = name;
    measure.indicators.push_back(std::move(indicator));
    state.series_indicator = static_cast<int>(measure.indicators.size()) - 1;
    open = &measure.indicators.back();
  }
  const ValueRole role = targets ? ValueRole::kTarget : ValueRole::kActual;
  for (size_t i = 0; i < years.size(); ++i) {
    AddObservation(*open, role, ObservationOf(*series->values[i], years[i], false));
  }
  if (!open->unit) open->unit = UnitInName(name);
  state.document.diagnostics.push_back(
      {row.line, "years_by_axis",
       "a series without years of its own: years from the document's axis, targets ending at its "
       "last year, actuals starting at its first"});
  state.table_indicator = -1;
  return true;
}

// The table model's reading of a row: a role header, or an indicator row under it. False when
// the row is neither, so the heading and label readers see it.
bool ReadKpiTableRow(const TableRow& row, ReadState& state) {
  if (state.kpi_header && state.kpi_header->line == state.previous_line &&
      ReadSeriesYears(row.cells, *state.kpi_header)) {
    return true;
  }
  if (auto header = ReadTableHeader(row.cells, row.line)) {
    state.kpi_header = std::move(header);
    state.pending.reset();
    return true;
  }
  if (ReadSeries(row, state)) return true;
  if (std::optional<std::string> name = SeriesNameOf(row)) {
    state.series_name = std::move(*name);
    state.series_indicator = -1;
  }
  RowReading reading =
      ReadKpiRow(row.cells, state.kpi_header ? &*state.kpi_header : nullptr,
                 state.pending ? &*state.pending : nullptr, row.line);
  if (reading.row) {
    AddKpiIndicator(std::move(*reading.row), state);
    state.pending.reset();
    return true;
  }
  state.pending = std::move(reading.pending);
  if (!reading.unplaced.empty()) {
    state.document.diagnostics.push_back({row.line, "unplaced_values", reading.unplaced});
  }
  return false;
}

// The values of a record under its label row: a 事務事業名 starts a measure of its own, and
// the fields after it (所管課, 事業概要 …) describe it. False when `row` is no value row.
bool ReadValuesUnderLabels(const TableRow& row, ReadState& state) {
  const std::vector<LabelledValue> values =
      ValuesUnderLabels(std::exchange(state.label_row, std::nullopt)->cells, row.cells);
  if (values.empty()) return false;
  for (const LabelledValue& field : values) {
    const std::string& text = field.value->text;
    if (field.label == "project_name" || field.label == "title") {
      Measure measure;
      measure.kind = field.label == "project_name" ? "project" : "action";
      measure.title = RemoveWrapSpaces(text);
      measure.line = row.line;
      if (!state.document.measures.empty() && state.document.measures.back().kind == "policy") {
        const Measure& policy = state.document.measures.back();
        measure.path = policy.path;
        measure.path.push_back(policy.title);
      } else if (!state.document.measures.empty()) {
        measure.path = state.document.measures.back().path;
      }
      PushMeasure(std::move(measure), state);
      continue;
    }
    if (state.document.measures.empty()) continue;
    Measure& measure = state.document.measures.back();
    if (field.label == "department" && measure.departments.empty()) {
      measure.departments = SplitDepartments(text);
    } else if (field.label == "related_department" && measure.related_departments.empty()) {
      measure.related_departments = SplitDepartments(text);
    } else if (field.label == "description" && !measure.description) {
      measure.description = text;
    }
  }
  return true;
}

// A record sheet's header, or one of its rows: a filled title cell is a measure of its own,
// a filled indicator cell an indicator of the row's measure (or of the one above).
bool ReadRecordTableRow(const GridRow& grid_row, const TableRow& row, ReadState& state) {
  // A 取組項目 grid whose values sit in a second header row stays with the row-table reader.
  if (ReadRowTableHeader(grid_row)) return false;
  if (auto header = ReadRecordHeader(row.cells, row.line)) {
    state.record_header = std::move(header);
    return true;
  }
  if (!state.record_header) return false;
  std::optional<RecordRow> record = ReadRecordRow(row.cells, *state.record_header);
  if (!record) {
    state.record_header.reset();
    return false;
  }
  if (record->measure) PushMeasure(std::move(*record->measure), state);
  if (record->indicator) {
    CurrentMeasure(row.line, state).indicators.push_back(std::move(*record->indicator));
  }
  return true;
}

// A table printed column by column on one line: value pairs, then the names they belong to.
bool ReadColumnDumpRow(const GridRow& row, ReadState& state) {
  if (row.cells.size() != 1) return false;
  std::vector<DumpedIndicator> dumped = ReadColumnDump(row.cells.front(), row.line, state.era);
  if (dumped.empty()) return false;
  Measure& measure = CurrentMeasure(row.line, state);
  for (DumpedIndicator& entry : dumped) {
    Indicator indicator;
    indicator.name = std::move(entry.name);
    indicator.baseline = std::move(entry.baseline);
    indicator.targets.push_back(std::move(entry.target));
    measure.indicators.push_back(std::move(indicator));
  }
  state.document.diagnostics.push_back(
      {row.line, "column_dump",
       "a table printed column by column on one line: value pairs given to the names in order"});
  return true;
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
    state.kpi_header = std::move(roles);
    state.pending.reset();
    return;
  }
  std::optional<YearTable> header = ReadYearHeader(row, state.era);
  if (state.row_table && !header) ReadRowMeasure(row, state);
  if (state.table && !header && ContinuesYearTable(row)) {
    AddYearRow(row, state);
    return;
  }
  state.table.reset();
  if (header) {
    state.record_header.reset();
    StartTable(*header, row.line, state);
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

// An indicator's unit is the one printed for it, else its first value's; values printed in
// that same unit do not repeat it.
void SettleUnits(std::vector<Measure>& measures) {
  for (Measure& measure : measures) {
    for (Indicator& indicator : measure.indicators) {
      std::vector<Observation*> values;
      if (indicator.baseline) values.push_back(&*indicator.baseline);
      for (Observation& value : indicator.targets) values.push_back(&value);
      for (Observation& value : indicator.actuals) values.push_back(&value);
      for (Observation* value : values) {
        if (!indicator.unit && !value->unit.empty()) indicator.unit = value->unit;
      }
      for (Observation* value : values) {
        if (indicator.unit && value->unit == *indicator.unit) value->unit.clear();
      }
    }
  }
}

}  // namespace

double ScoreGeneric(const Grid&) { return kGenericScore; }

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
  SettleUnits(state.document.measures);
  return std::move(state.document);
}

}  // namespace keikaku::layouts
