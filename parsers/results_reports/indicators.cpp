#include "results_reports/indicators.h"

#include <algorithm>
#include <iterator>
#include <optional>
#include <string>

#include "common/cells.h"
#include "common/labels.h"
#include "table/alignment.h"
#include "table/table_header.h"

namespace keikaku::layouts::results_reports {
namespace {

constexpr size_t kNone = std::string::npos;

// The year header an indicator table's value rows are read against.
struct YearHeader {
  std::vector<std::pair<size_t, int>> years;  // (cell, fiscal year), left to right
  size_t baseline_cell = kNone;               // 計画策定時 / 現状値 column
  std::optional<int> baseline_fy;             // a year printed in the baseline label
  size_t unit_cell = kNone;                   // 単位 column
};

// An indicator being read, with what decides where the next rows go.
struct OpenIndicator {
  Indicator indicator;
  bool from_name_row = false;  // started by a 指標名 row; its values come below
  int line = 0;
};

// One value row split into its parts.
struct ValueRow {
  std::string_view kind;        // target or actual
  size_t label_cell = kNone;
  size_t name_cell = kNone;
  size_t unit_cell = kNone;
  size_t baseline_cell = kNone;
  std::vector<std::pair<size_t, std::string>> values;  // (cell, printed value)
};

bool IsValueKind(std::string_view kind) { return kind == kTarget || kind == kActual; }

// The table model's cells of `row`, from what the report rows read once: a lexicon label as
// it is, a cell naming a year read by the table model (a year alone, or a label with its
// year: 計画策定時(H27年度)), any other cell text. The years are the report rows' own: a bare
// "2年度" is read in the era of the last full year printed before it.
std::vector<TableCell> HeaderCells(const ReportRow& row, CellMemo& memo) {
  std::vector<TableCell> cells(row.cells.size());
  for (size_t i = 0; i < row.cells.size(); ++i) {
    TableCell& cell = cells[i];
    if (row.years[i]) {
      cell = memo.Cell(row.cells[i], static_cast<int>(i), normalize::Era::kNone);
    } else if (!row.labels[i].empty()) {
      cell.kind = CellKind::kLabel;
      cell.label = std::string(row.labels[i]);
      cell.role = RoleOfLabelKind(row.labels[i]);
      cell.text = row.cells[i];
    } else if (!row.cells[i].empty()) {
      cell.kind = CellKind::kText;
      cell.text = row.cells[i];
    }
    cell.column = static_cast<int>(i);
    cell.fy = row.years[i];
    cell.line = row.line;
  }
  return cells;
}

// The year header through the table model's reader: the years, a baseline column (計画策定時,
// or 計画策定時(H27年度) with the year of its value), the 単位 column. No header, no years.
YearHeader ReadYearHeader(const ReportRow& row, CellMemo& memo) {
  YearHeader header;
  const std::optional<TableHeader> table =
      ReadTableHeader(HeaderCells(row, memo), row.line, {.years_after_labels = true});
  if (!table) return header;
  if (table->unit_column) header.unit_cell = static_cast<size_t>(*table->unit_column);
  for (const HeaderColumn& column : table->values) {
    if (column.role == ValueRole::kBaseline && header.baseline_cell == kNone) {
      header.baseline_cell = static_cast<size_t>(column.column);
      header.baseline_fy = column.fy;
    } else if (column.fy) {
      header.years.emplace_back(static_cast<size_t>(column.column), *column.fy);
    }
  }
  return header;
}

// The text after label `kind` in `row`: the next non-empty cell, unless it is a label.
std::string ValueAfterLabel(const ReportRow& row, std::string_view kind) {
  const size_t label = row.Find(kind);
  if (label == kNone) return {};
  const size_t next = row.NextFilled(label + 1);
  if (next >= row.cells.size() || !row.labels[next].empty()) return {};
  return row.cells[next];
}

// A row shifted right puts its label in the 単位 column and the unit after the label: a
// word there is the unit when it leaves one value too many, or none at all.
void TakeShiftedUnit(const YearHeader& header, ValueRow& split) {
  if (split.unit_cell != kNone || header.unit_cell != split.label_cell || split.values.empty()) return;
  const auto& [cell, text] = split.values.front();
  if (cell != split.label_cell + 1 || text.find_first_of("0123456789") != std::string::npos) return;
  if (split.values.size() != 1 && split.values.size() <= header.years.size()) return;
  split.unit_cell = cell;
  split.values.erase(split.values.begin());
}

ValueRow SplitValueRow(const ReportRow& row, const YearHeader& header) {
  ValueRow split;
  std::string label_rest;
  for (size_t i = 0; i < row.cells.size() && split.label_cell == kNone; ++i) {
    LabelledCell labelled = SplitLabelPrefix(row, i);
    if (!IsValueKind(labelled.kind)) continue;
    split.kind = labelled.kind;
    split.label_cell = i;
    label_rest = std::move(labelled.rest);
  }
  const auto usable = [&](size_t i) {
    return i < row.cells.size() && !row.cells[i].empty() && row.labels[i].empty();
  };
  if (header.baseline_cell < split.label_cell && usable(header.baseline_cell)) {
    split.baseline_cell = header.baseline_cell;
  }
  for (size_t i = 0; i < split.label_cell; ++i) {
    if (!usable(i) || i == split.baseline_cell) continue;
    if (split.name_cell == kNone) {
      split.name_cell = i;
    } else {
      split.unit_cell = i;  // the last filled cell between name and label
    }
  }
  if (header.unit_cell != kNone && header.unit_cell != split.name_cell &&
      header.unit_cell != split.label_cell && usable(header.unit_cell)) {
    split.unit_cell = header.unit_cell;
  }
  if (!label_rest.empty()) split.values.emplace_back(split.label_cell, std::move(label_rest));
  for (size_t i = split.label_cell + 1; i < row.cells.size(); ++i) {
    if (row.cells[i].empty() || i == split.unit_cell) continue;
    LabelledCell stray = SplitLabelPrefix(row, i);  // "実績 7": the label is not the value
    if (IsValueKind(stray.kind)) {
      if (!stray.rest.empty()) split.values.emplace_back(i, std::move(stray.rest));
      continue;
    }
    if (!row.labels[i].empty()) continue;
    split.values.emplace_back(i, row.cells[i]);
  }
  TakeShiftedUnit(header, split);
  return split;
}

// Fiscal year of each value: by column when every value sits under a year column right of
// the label; otherwise in order over the header's years up to `last_year`, a short row
// aligned as `alignment` says.
std::vector<std::optional<int>> AssignYears(const ValueRow& split, const YearHeader& header,
                                            ShortRow alignment, std::optional<int> last_year,
                                            bool& realigned) {
  const size_t count = split.values.size();
  std::vector<std::optional<int>> assigned(count);
  realigned = false;
  if (header.years.empty()) return assigned;
  std::vector<size_t> cells;
  for (const auto& [cell, text] : split.values) cells.push_back(cell);
  const auto columns_of = [](const std::vector<std::pair<size_t, int>>& years) {
    std::vector<size_t> columns;
    for (const auto& [column, year] : years) columns.push_back(column);
    return columns;
  };
  // `placed`'s columns as years of `years`.
  const auto assign = [&](const RowAlignment& placed, const std::vector<std::pair<size_t, int>>& years) {
    for (size_t k = 0; k < count; ++k) {
      assigned[k] = placed.columns[k] ? std::optional<int>(years[*placed.columns[k]].second) : std::nullopt;
    }
    return assigned;
  };
  const RowAlignment in_place = AlignByPosition(cells, columns_of(header.years));
  const bool positional = split.label_cell < header.years.front().first &&
                          std::all_of(in_place.columns.begin(), in_place.columns.end(),
                                      [](const auto& column) { return column.has_value(); });
  if (positional) return assign(in_place, header.years);
  realigned = true;
  std::vector<std::pair<size_t, int>> years;
  std::copy_if(header.years.begin(), header.years.end(), std::back_inserter(years),
               [&](const auto& column) { return !last_year || column.second <= *last_year; });
  if (years.size() < count) years = header.years;
  if (count > years.size()) {  // too many values: the caller reports the ones left without a year
    const bool shifted = split.label_cell >= header.years.front().first;
    return shifted ? assign(AlignInOrder(cells, columns_of(years)), years) : assign(in_place, header.years);
  }
  const ShortRow short_row = last_year ? ShortRow::kLatest : alignment;
  return assign(AlignInOrder(cells, columns_of(years), short_row), years);
}

}  // namespace

void YearSpan::Add(int year) {
  first = first == 0 ? year : std::min(first, year);
  last = std::max(last, year);
}

bool IsIndicatorValueRow(const ReportRow& row) {
  if (row.Has(kStatus)) return false;
  for (size_t i = 0; i < row.cells.size(); ++i) {
    if (IsValueKind(SplitLabelPrefix(row, i).kind)) return true;
  }
  return false;
}

namespace {

class TableReader {
 public:
  TableReader(const IndicatorTableOptions& options, std::vector<Diagnostic>& diagnostics, YearSpan& span,
              CellMemo& memo)
      : options_(options), diagnostics_(diagnostics), span_(span), memo_(memo) {}

  void Read(const ReportRow& row) {
    if (row.YearCount() >= 2) {
      header_ = ReadYearHeader(row, memo_);
      for (const auto& [cell, year] : header_.years) span_.Add(year);
      return;
    }
    if (IsIndicatorValueRow(row)) {
      ReadValueRow(row);
    } else if (row.Has(kIndicator)) {
      StartNamed(row);
    } else if (row.Has(kUnit) && !open_.empty() && !open_.back().indicator.unit) {
      std::string unit = ValueAfterLabel(row, kUnit);
      if (!unit.empty()) open_.back().indicator.unit = std::move(unit);
    }
  }

  std::vector<Indicator> Finish() {
    std::vector<Indicator> indicators;
    for (auto& open : open_) {
      Indicator& indicator = open.indicator;
      const bool has_values = indicator.baseline || !indicator.targets.empty() ||
                              !indicator.actuals.empty();
      if (indicator.name.empty() && !has_values) continue;  // an empty printed block
      indicators.push_back(std::move(indicator));
    }
    return indicators;
  }

 private:
  // "指標名 ⇥ name ⇥ … ⇥ 単位 ⇥ %": an outcome block whose values come further down.
  void StartNamed(const ReportRow& row) {
    OpenIndicator open;
    open.from_name_row = true;
    open.line = row.line;
    open.indicator.kind = std::string(options_.kind);
    const size_t label = row.Find(kIndicator);
    const size_t next = row.NextFilled(label + 1);
    if (next < row.cells.size() && row.labels[next].empty()) open.indicator.name = row.cells[next];
    std::string unit = ValueAfterLabel(row, kUnit);
    if (!unit.empty()) open.indicator.unit = std::move(unit);
    open_.push_back(std::move(open));
  }

  void ReadValueRow(const ReportRow& row) {
    const ValueRow split = SplitValueRow(row, header_);
    const bool has_name = split.name_cell != kNone;
    OpenIndicator* target = open_.empty() ? nullptr : &open_.back();
    std::string_view kind = split.kind;
    if (kind == kTarget) {
      const bool fills_named = target && target->from_name_row && !has_name &&
                               target->indicator.targets.empty() && target->indicator.actuals.empty();
      const bool stray_actual = target && !target->from_name_row && !has_name &&
                                split.unit_cell == kNone && !target->indicator.targets.empty() &&
                                target->indicator.actuals.empty() && !split.values.empty();
      if (stray_actual) {
        kind = kActual;  // an unnamed row below a target row, its label garbled into 計画
        Report(row.line, "relabelled_row", "an unnamed 計画 row under a target row is read as its 実績 row");
      } else if (!fills_named) {
        target = StartFromRow(row, split);
      }
    } else if (!target) {
      Report(row.line, "unaligned_row", "an 実績 row with no indicator above it");
      return;
    }
    if (split.baseline_cell != kNone && !target->indicator.baseline) {
      target->indicator.baseline = MakeObservation(
          row.cells[split.baseline_cell], header_.baseline_fy, {row.line, static_cast<int>(split.baseline_cell)},
          target->indicator.unit.value_or(""), normalize::Era::kNone);
    }
    AddValues(row, split, kind, target->indicator);
  }

  OpenIndicator* StartFromRow(const ReportRow& row, const ValueRow& split) {
    OpenIndicator open;
    open.line = row.line;
    open.indicator.kind = std::string(options_.kind);
    if (split.name_cell != kNone) open.indicator.name = row.cells[split.name_cell];
    if (split.unit_cell != kNone) open.indicator.unit = row.cells[split.unit_cell];
    open_.push_back(std::move(open));
    return &open_.back();
  }

  void AddValues(const ReportRow& row, const ValueRow& split, std::string_view kind, Indicator& indicator) {
    bool realigned = false;
    const std::optional<int> last_year = kind == kActual ? options_.results_year : std::nullopt;
    const auto years = AssignYears(split, header_, options_.alignment, last_year, realigned);
    if (header_.years.empty() && !split.values.empty()) {
      Report(row.line, "value_without_year", "indicator values with no year header above them");
    } else if (split.values.size() > header_.years.size()) {
      Report(row.line, "unaligned_row", "more values than year columns; values outside them are left out");
    } else if (realigned && !split.values.empty() && split.values.size() < header_.years.size()) {
      Report(row.line, "short_row", "fewer values than year columns, read in order on the " +
             std::string(years.back() == header_.years.back().second ? "latest" : "earliest") + " years");
    }
    auto& list = kind == kTarget ? indicator.targets : indicator.actuals;
    const std::string unit = indicator.unit.value_or("");
    const bool as_targets = kind == kActual && split.values.size() < header_.years.size() &&
                            PairsWithTargets(split, indicator);
    if (as_targets && years[0] != indicator.targets[0].fy) {
      diagnostics_.push_back(
          RealignedRow(row.line, 0, "an 実績 row read under the years of its 計画 row"));
    }
    for (size_t k = 0; k < split.values.size(); ++k) {
      const auto& [cell, text] = split.values[k];
      const std::optional<int> year = as_targets ? indicator.targets[k].fy : years[k];
      if (!year && !header_.years.empty()) continue;  // reported above
      list.push_back(MakeObservation(text, year, {row.line, static_cast<int>(cell)}, unit,
                                     normalize::Era::kNone));
    }
  }

  // A short 実績 row with as many values as its 計画 row reports on the same years,
  // wherever the conversion left its cells.
  static bool PairsWithTargets(const ValueRow& split, const Indicator& indicator) {
    if (split.values.empty() || split.values.size() != indicator.targets.size()) return false;
    return std::all_of(indicator.targets.begin(), indicator.targets.end(),
                       [](const Observation& target) { return target.fy.has_value(); });
  }

  void Report(int line, std::string kind, std::string message) {
    diagnostics_.push_back({line, std::move(kind), std::move(message)});
  }

  const IndicatorTableOptions& options_;
  std::vector<Diagnostic>& diagnostics_;
  YearSpan& span_;
  CellMemo& memo_;
  YearHeader header_;
  std::vector<OpenIndicator> open_;
};

}  // namespace

std::vector<Indicator> ReadIndicatorTable(const ReportRows& rows, size_t begin, size_t end,
                                          const IndicatorTableOptions& options,
                                          std::vector<Diagnostic>& diagnostics, YearSpan& span,
                                          CellMemo& memo) {
  TableReader reader(options, diagnostics, span, memo);
  for (size_t i = begin; i < end && i < rows.size(); ++i) {
    if (!rows[i].blank) reader.Read(rows[i]);
  }
  return reader.Finish();
}

}  // namespace keikaku::layouts::results_reports
