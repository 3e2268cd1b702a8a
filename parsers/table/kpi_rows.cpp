#include "table/kpi_rows.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <deque>

#include "common/markdown.h"
#include "keikaku/normalize/text.h"
#include "table/placement.h"
#include "table/run_together.h"
#include "table/units.h"

namespace keikaku::layouts {
namespace {

constexpr size_t kMaxRefBytes = 3;  // a row number: "1" .. "279"

bool IsRef(const TableCell& cell) {
  return cell.kind == CellKind::kValue && cell.text.size() <= kMaxRefBytes &&
         cell.text.find_first_not_of("0123456789") == std::string::npos;
}

// A row of words under a header that has a name column ("臨時窓口の開設 | 実施 | 継続 | 実施"):
// a name, then as many short words as the header has value columns. The name sits in the
// name column, or one cell beside it when the conversion shifted the row; or the words
// follow it in order, exactly one per value column, when the conversion dropped empty cells.
// Word targets are values (value null); a sentence is no name, and without a header naming
// the columns such a row is prose.
std::optional<KpiRow> ReadWordRow(const std::vector<TableCell>& cells, const TableHeader& header,
                                  int line) {
  constexpr size_t kMaxWordChars = 12;  // "実施(31年度)", "一部実施"; a sentence is longer
  if (!header.name_column) return std::nullopt;
  const auto is_name = [](const TableCell& cell) {
    return IsNameCell(cell) && cell.text.find("。") == std::string::npos;
  };
  const auto short_words = [&](const std::vector<PlacedValue>& placed) {
    return std::all_of(placed.begin(), placed.end(), [&](const PlacedValue& value) {
      return CharCount(value.cell->text) <= kMaxWordChars;
    });
  };
  const TableCell* name = nullptr;
  std::vector<PlacedValue> placed;
  for (const TableCell& cell : cells) {
    const int shift = *header.name_column - cell.column;
    if (shift < -1 || shift > 1 || !is_name(cell)) continue;
    placed = PlaceUnderHeader(cells, header, shift, true);
    if (!placed.empty() && short_words(placed)) {
      name = &cell;
      break;
    }
  }
  if (!name) {
    Cells filled;
    for (const TableCell& cell : cells) {
      if (cell.kind != CellKind::kEmpty) filled.push_back(&cell);
    }
    if (filled.size() != header.values.size() + 1 || !is_name(*filled.front())) return std::nullopt;
    placed.clear();
    for (size_t i = 1; i < filled.size(); ++i) {
      if (!IsWordValue(*filled[i]) || filled[i]->kind == CellKind::kValue) return std::nullopt;
      placed.push_back({filled[i], header.values[i - 1]});
    }
    if (!short_words(placed)) return std::nullopt;
    name = filled.front();
  }
  KpiRow row;
  row.line = line;
  row.name = RemoveWrapSpaces(name->text);
  row.unit = UnitInName(row.name);
  for (const PlacedValue& value : placed) {
    row.values.emplace_back(value.column.role, ObservationOf(*value.cell, value.column.fy, false));
  }
  return row;
}

// A name row that printed figures between its years but no baseline figure ("子どもの貧困率 | % |
// 2018年度 | ー | 6.7 | 2027年度 | 29%") leaves its baseline and target to the row below, at its
// first and last years. The last must be the latest year printed, followed only by the
// row's achievement rates: a span after it ("2023～27年度累計", "2022年～") is the real target
// period, and a row that ends at its target year left its rates to the value row, whose last
// figure is then no target. Nullopt for any other row.
std::optional<PendingName> EndsLeftBelow(const KpiRow& row, const Cells& after, int line) {
  const bool has_baseline_figure =
      std::any_of(row.values.begin(), row.values.end(), [](const auto& entry) {
        return entry.first == ValueRole::kBaseline && entry.second.value;
      });
  std::vector<const TableCell*> years;
  size_t rates = 0;  // cells after the last year
  for (const TableCell* cell : after) {
    if (cell->kind == CellKind::kYear) {
      years.push_back(cell);
      rates = 0;
    } else if (!years.empty()) {
      if (cell->kind != CellKind::kValue) return std::nullopt;
      ++rates;
    }
  }
  if (has_baseline_figure || years.size() < 2 || rates == 0) return std::nullopt;
  const TableCell& first = *years.front();
  const TableCell& last = *years.back();
  if (!first.fy || !last.fy || first.is_total || last.is_total) return std::nullopt;
  for (size_t i = 0; i + 1 < years.size(); ++i) {
    if (years[i]->fy && *years[i]->fy >= *last.fy) return std::nullopt;
  }
  PendingName pending;
  pending.line = line;
  pending.name = row.name;
  pending.unit = row.unit;
  pending.years = {years.front()->fy, years.back()->fy};
  pending.values_at_ends = true;
  return pending;
}

std::optional<PendingName> ReadNameRow(const Cells& filled, int line) {
  PendingName pending;
  pending.line = line;
  for (const TableCell* cell : filled) {
    if (cell->kind == CellKind::kYear) {
      pending.years.push_back(cell->fy);
    } else if (cell->kind == CellKind::kLabel && cell->label == "indicator") {
      continue;
    } else if (IsNameCell(*cell) && pending.name.empty() && pending.years.empty()) {
      pending.name = RemoveWrapSpaces(cell->text);
    } else if (IsUnitCell(*cell) && !pending.name.empty() && !pending.unit) {
      pending.unit = cell->text;
    } else {
      return std::nullopt;
    }
  }
  // A bare line of text is a heading or prose; a name row prints its years, unit or label.
  const bool labelled = std::any_of(filled.begin(), filled.end(), [](const TableCell* cell) {
    return cell->kind == CellKind::kLabel && cell->label == "indicator";
  });
  if (pending.name.empty() || (pending.years.empty() && !pending.unit && !labelled)) {
    return std::nullopt;
  }
  return pending;
}

}  // namespace

std::optional<ActualsBelow> ReadActualsBelow(const std::vector<TableCell>& cells,
                                             const TableHeader& header) {
  if (!header.actuals_below || header.series_years.empty()) return std::nullopt;
  ActualsBelow below;
  size_t year_index = 0;
  for (const TableCell& cell : cells) {
    if (cell.kind == CellKind::kEmpty) continue;
    // A figure that closes a bracket it never opened ends a wrapped name ("３年平均）（％）").
    const size_t close = cell.text.find(')');
    const bool name_end = close != std::string::npos && close < cell.text.find('(');
    if (name_end) return std::nullopt;
    if (cell.kind == CellKind::kValue && !cell.quantity.is_dash) {
      if (year_index == header.series_years.size()) return std::nullopt;
      below.actuals.push_back(ObservationOf(cell, header.series_years[year_index++], false));
      continue;
    }
    // One wrapped end of the name before the figures; a name of its own opens another row.
    if (cell.kind != CellKind::kText || IsNameCell(cell) || !below.name_part.empty() ||
        !below.actuals.empty()) {
      return std::nullopt;
    }
    below.name_part = cell.text;
  }
  if (below.actuals.empty()) return std::nullopt;
  return below;
}

RowReading ReadKpiRow(const std::vector<TableCell>& cells, const TableHeader* header,
                      const PendingName* pending, int line) {
  RowReading reading;
  Cells filled;
  for (const TableCell& cell : cells) {
    if (cell.kind != CellKind::kEmpty) filled.push_back(&cell);
  }
  if (filled.size() == 1) {
    if (std::optional<KpiRow> arrow = ReadArrowRow(*filled.front())) {
      if (!arrow->unit) arrow->unit = UnitInName(arrow->name);
      reading.row = std::move(arrow);
      return reading;
    }
  }
  // A row of achievement rates between such a name row and its value row passes the name on.
  if (pending && pending->values_at_ends &&
      std::all_of(filled.begin(), filled.end(),
                  [](const TableCell* cell) { return IsAchievementRate(*cell); })) {
    reading.pending = *pending;
    return reading;
  }
  std::deque<TableCell> split_storage;
  std::vector<int> stray_years;
  filled = SplitRunTogether(filled, split_storage, stray_years);
  const bool has_figure = HasFigure(filled);
  if (filled.empty()) return reading;
  if (!has_figure) {
    if (header) reading.row = ReadWordRow(cells, *header, line);
    if (!reading.row) reading.pending = ReadNameRow(filled, line);
    return reading;
  }

  KpiRow row;
  row.line = line;
  size_t start = 0;
  if (filled.size() > 2 && IsRef(*filled[0]) && filled[1]->kind == CellKind::kText) {
    row.ref = filled[0]->text;
    start = 1;
  }
  size_t first_value = start;  // the first figure or dash: the name is the last name before it
  while (first_value < filled.size() && filled[first_value]->kind != CellKind::kValue) {
    ++first_value;
  }
  std::optional<size_t> name_at;
  for (size_t i = start; i < first_value; ++i) {
    if (IsNameCell(*filled[i])) name_at = i;
  }
  Cells before, after;
  if (name_at) {
    for (size_t i = start; i < *name_at; ++i) {
      if (IsNameCell(*filled[i])) {
        if (!row.group.empty()) row.group += ' ';
        row.group += RemoveWrapSpaces(filled[i]->text);
      }
    }
    row.name = RemoveWrapSpaces(filled[*name_at]->text);
    after.assign(filled.begin() + *name_at + 1, filled.end());
  } else {
    // Value column before the name ("17.4% | 男女の地位の平等感 | 35.0%").
    for (size_t i = first_value + 1; i + 1 < filled.size() && !name_at; ++i) {
      if (IsNameCell(*filled[i]) && filled[i + 1]->kind == CellKind::kValue) name_at = i;
    }
    if (name_at) {
      before.assign(filled.begin() + start, filled.begin() + *name_at);
      after.assign(filled.begin() + *name_at + 1, filled.end());
      after.insert(after.begin(), before.begin(), before.end());
      row.name = RemoveWrapSpaces(filled[*name_at]->text);
    } else if (pending) {
      row.name = pending->name;
      row.unit = pending->unit;
      after.assign(filled.begin() + start, filled.end());
    } else {
      reading.unplaced = "figures without an indicator name";
      return reading;
    }
  }
  if (!after.empty() && IsUnitCell(*after.front()) && !before.size()) {
    row.unit = after.front()->text;
    after.erase(after.begin());
  }

  if (!row.unit) row.unit = UnitInName(row.name);

  // A name one cell beside the header's name column tells that the conversion shifted the
  // row: its values move with it.
  int shift = 0;
  if (header && header->name_column && name_at) {
    const int moved = *header->name_column - filled[*name_at]->column;
    if (moved == 1 || moved == -1) shift = moved;
  }
  const bool own_name = name_at.has_value();
  const PendingName* ends_pending = !own_name && pending && pending->values_at_ends ? pending : nullptr;
  std::vector<PlacedValue> placed;
  if (header) placed = PlaceUnderHeader(cells, *header, shift);
  if (header && placed.empty()) {
    placed = PlaceInOrder(after, *header);
  } else if (ends_pending) {
    placed = PlaceAtEnds(after, *ends_pending);
    row.completes_name_row = !placed.empty();
    if (placed.empty()) {
      reading.unplaced = "a value row under a name row without figures at both ends";
      return reading;
    }
  } else if (!header) {
    placed = PlaceWithoutHeader(after, pending && row.name == pending->name ? pending : nullptr,
                                row.roles_by_position);
    if (placed.empty()) {
      if (own_name) reading.pending = EndsLeftBelow(row, after, line);
      reading.unplaced = "no header gives the roles of the values";
      return reading;
    }
  }
  // A year the converter printed apart belongs to the first value that has none.
  for (PlacedValue& value : placed) {
    if (stray_years.empty()) break;
    if (value.cell->fy || value.column.fy || value.column.is_total || value.cell->is_total) continue;
    value.column.fy = stray_years.front();
    stray_years.erase(stray_years.begin());
  }
  for (const PlacedValue& value : placed) {
    row.values.emplace_back(value.cell->role.value_or(value.column.role),
                            ObservationOf(*value.cell, value.column.fy, value.column.is_total));
  }
  if (row.values.empty()) {
    reading.unplaced = "a name without values the header can place";
    return reading;
  }
  if (!header && own_name) reading.pending = EndsLeftBelow(row, after, line);
  reading.row = std::move(row);
  return reading;
}

}  // namespace keikaku::layouts
