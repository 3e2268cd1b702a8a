// The generic reader's rows read through the table model: KPI rows and series, label rows
// over value rows, record sheets, column dumps.
#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "common/cells.h"
#include "common/markdown.h"
#include "generic/read_state.h"
#include "table/column_dumps.h"
#include "table/label_rows.h"
#include "table/series_rows.h"
#include "table/units.h"

namespace keikaku::layouts::generic {
namespace {

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
  state.kpi_row_line = row.line;
}

// The actuals an indicator row prints on the row below it (ReadActualsBelow), given to that
// row's indicator; a unit wrapped onto the row is its unit when it had none.
bool ReadRowOfActuals(const TableRow& row, ReadState& state) {
  if (!state.kpi_header || state.kpi_row_line == 0 || state.kpi_row_line != state.previous_line) {
    return false;
  }
  std::optional<ActualsBelow> below = ReadActualsBelow(row.cells, *state.kpi_header);
  Measure& measure = CurrentMeasure(row.line, state);
  if (!below || measure.indicators.empty()) return false;
  Indicator& indicator = measure.indicators.back();
  // Only under a row that printed the series' targets, and never more actuals than targets.
  const auto& years = state.kpi_header->series_years;
  const auto series_targets = std::count_if(
      indicator.targets.begin(), indicator.targets.end(), [&](const Observation& target) {
        return target.at.line == state.kpi_row_line && target.fy &&
               std::find(years.begin(), years.end(), *target.fy) != years.end();
      });
  if (series_targets < 2 || static_cast<size_t>(series_targets) < below->actuals.size()) {
    return false;
  }
  if (!indicator.unit && IsUnitText(below->name_part)) {
    indicator.unit = below->name_part;
  } else if (!indicator.unit && !below->name_part.empty()) {
    indicator.unit = UnitInName(below->name_part);
  }
  for (Observation& actual : below->actuals) {
    AddObservation(indicator, ValueRole::kActual, std::move(actual));
  }
  state.kpi_row_line = 0;
  return true;
}

// Gives the name row's indicator the baseline and target its value row prints (KpiRow::
// completes_name_row). A target for the last year other than the name row's tells that the
// name row's figures between its years were no targets (a latest actual): they go. False when
// the indicator is no longer the last one read.
bool CompleteNameRowIndicator(KpiRow& row, int name_line, ReadState& state) {
  Measure& measure = CurrentMeasure(row.line, state);
  if (measure.indicators.empty() || measure.indicators.back().name != row.name) return false;
  Indicator& indicator = measure.indicators.back();
  for (auto& [role, value] : row.values) {
    if (role != ValueRole::kTarget) {
      AddObservation(indicator, role, std::move(value));
      continue;
    }
    auto& targets = indicator.targets;
    const auto same_year = std::find_if(targets.begin(), targets.end(), [&](const Observation& t) {
      return t.fy == value.fy;
    });
    if (same_year != targets.end() && same_year->value == value.value) continue;
    if (same_year != targets.end()) {
      std::erase_if(targets, [&](const Observation& t) { return t.at.line == name_line; });
      state.document.diagnostics.push_back(
          {name_line, "unplaced_values",
           "figures between the name row's years disagree with the target below: no targets"});
    }
    targets.push_back(std::move(value));
  }
  return true;
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

}  // namespace

void OpenKpiHeader(TableHeader header, ReadState& state) {
  if (state.kpi_header && !state.kpi_header->series_years.empty()) {
    state.earlier_kpi_header = std::move(state.kpi_header);
  }
  state.kpi_header = std::move(header);
  state.pending.reset();
}

// The table model's reading of a row: a role header, or an indicator row under it. False when
// the row is neither, so the heading and label readers see it.
bool ReadKpiTableRow(const TableRow& row, ReadState& state) {
  if (state.kpi_header && state.kpi_header->line == state.previous_line &&
      ReadSeriesYears(row.cells, *state.kpi_header)) {
    return true;
  }
  if (auto header = ReadTableHeader(row.cells, row.line)) {
    OpenKpiHeader(std::move(*header), state);
    return true;
  }
  // The header printed no row of years below it: it may be one printed before.
  if (state.kpi_header && state.earlier_kpi_header) {
    TakeSeriesYearsOf(*state.earlier_kpi_header, *state.kpi_header);
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
    if (!reading.row->completes_name_row ||
        !CompleteNameRowIndicator(*reading.row, state.pending->line, state)) {
      AddKpiIndicator(std::move(*reading.row), state);
    }
    state.pending = std::move(reading.pending);
    return true;
  }
  state.pending = std::move(reading.pending);
  if (!reading.pending && ReadRowOfActuals(row, state)) return true;
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

}  // namespace keikaku::layouts::generic
