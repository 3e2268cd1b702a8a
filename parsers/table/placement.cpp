// Where a row's values go: under the header's columns, in printed order, at a name row's
// ends, or by the order plans print them in when no header names them (table/placement.h).
#include "table/placement.h"

#include <re2/re2.h>

#include <algorithm>

namespace keikaku::layouts {
namespace {

// The values of a row with no header: a run of figures (a word between two figures, or one
// word after a single figure: "67.8 | 減少"), or (year, value) pairs ("R4年 | 40.6% | R11年 | 60%").
struct Slots {
  Cells values;
  std::vector<std::optional<int>> years;  // per value, from a year cell before it
};

Slots PairedSlots(const Cells& after) {
  Slots slots;
  for (size_t i = 0; i + 1 < after.size(); i += 2) {
    const TableCell& year = *after[i];
    const TableCell& value = *after[i + 1];
    if (!(year.kind == CellKind::kYear || IsDash(year)) || !IsWordValue(value)) break;
    slots.values.push_back(&value);
    slots.years.push_back(year.kind == CellKind::kYear ? year.fy : std::nullopt);
  }
  return slots;
}

Slots RunSlots(const Cells& after) {
  Slots slots;
  int figures = 0;
  for (size_t i = 0; i < after.size(); ++i) {
    const TableCell& cell = *after[i];
    if (cell.kind == CellKind::kValue) {
      slots.values.push_back(&cell);
      ++figures;
      continue;
    }
    const bool next_is_figure = i + 1 < after.size() && after[i + 1]->kind == CellKind::kValue;
    const bool sandwiched = figures > 0 && next_is_figure;
    const bool lone_word_after_one = figures == 1 && slots.values.size() == 1;
    if (!IsWordValue(cell) || !(sandwiched || lone_word_after_one)) break;
    slots.values.push_back(&cell);
  }
  slots.years.resize(slots.values.size());
  return slots;
}

// Yearly targets between two printed years, right-aligned to the last ("2021年度 | 64.0 |
// 65.0 | 66.0 | 2025年度" -> 2023..2025), or between a baseline and a final target that print
// their years ("97.0 (R4年度) | 98.5 | … | 103.0 (R8年度)"). Empty when the cells are no such run.
std::vector<PlacedValue> SeriesBetweenYears(const Cells& after) {
  constexpr int kMaxSpan = 12;
  if (after.size() < 4) return {};
  const TableCell& first = *after.front();
  const bool year_cells = first.kind == CellKind::kYear;
  if (!first.fy || (!year_cells && first.kind != CellKind::kValue)) return {};
  size_t last = 1;
  while (last < after.size() && after[last]->kind == CellKind::kValue && !after[last]->fy) ++last;
  if (last == after.size() || !after[last]->fy) return {};
  const TableCell& end = *after[last];
  if (year_cells != (end.kind == CellKind::kYear) || (!year_cells && end.kind != CellKind::kValue)) {
    return {};
  }
  const int from = *first.fy, to = *end.fy;
  const int count = static_cast<int>(last) - 1;
  if (count < 2 || to - from < count || to - from > kMaxSpan) return {};
  std::vector<PlacedValue> placed;
  if (!year_cells) placed.push_back({&first, {first.column, ValueRole::kBaseline, from, false}});
  for (int i = 0; i < count; ++i) {
    const TableCell* cell = after[1 + i];
    placed.push_back({cell, {cell->column, ValueRole::kTarget, to - count + 1 + i, false}});
  }
  if (!year_cells) placed.push_back({&end, {end.column, ValueRole::kTarget, to, false}});
  return placed;
}

std::vector<ValueRole> PositionalRoles(size_t count) {
  if (count == 2) return {ValueRole::kBaseline, ValueRole::kTarget};
  if (count == 3) return {ValueRole::kBaseline, ValueRole::kActual, ValueRole::kTarget};
  return {};
}

}  // namespace

bool IsDash(const TableCell& cell) {
  return cell.kind == CellKind::kValue && cell.quantity.is_dash;
}

bool HasFigure(const Cells& cells) {
  return std::any_of(cells.begin(), cells.end(), [](const TableCell* cell) {
    return cell->kind == CellKind::kValue && !cell->quantity.is_dash;
  });
}

std::vector<PlacedValue> PlaceUnderHeader(const std::vector<TableCell>& row,
                                          const TableHeader& header, int shift,
                                          bool words_only) {
  // A row narrower than the header lost cells (placed in order instead; a row shifted left
  // lost a leading cell, not a trailing one); a row wider than the header holds a series,
  // its trailing empty cells no part of it.
  if (row.empty() || row.back().column + 1 + std::max(shift, 0) < header.width) return {};
  int filled_width = 0;
  for (const TableCell& cell : row) {
    if (cell.kind != CellKind::kEmpty) filled_width = cell.column + 1 + shift;
  }
  const int surplus = std::max(0, filled_width - header.width);
  if (surplus > 0 && !header.series_column) return {};
  std::vector<PlacedValue> placed;
  size_t series_index = 0;
  for (const TableCell& cell : row) {
    int column = cell.column + shift;
    const bool in_series = header.series_column && column >= *header.series_column &&
                           column <= *header.series_column + surplus;
    if (header.series_column && column > *header.series_column + surplus) column -= surplus;
    if (in_series) {
      const size_t k = series_index++;
      if (cell.kind == CellKind::kEmpty) continue;
      const std::optional<int> fy = k < header.series_years.size()
                                        ? std::optional<int>(header.series_years[k])
                                        : std::nullopt;
      placed.push_back({&cell, {cell.column, ValueRole::kTarget, fy, false}});
      continue;
    }
    const auto it = std::find_if(header.values.begin(), header.values.end(),
                                 [&](const HeaderColumn& value) { return value.column == column; });
    if (it == header.values.end() || cell.kind == CellKind::kEmpty) continue;
    if (!IsWordValue(cell)) return {};
    placed.push_back({&cell, *it});
  }
  if (words_only) return placed.size() >= 2 ? placed : std::vector<PlacedValue>();
  const bool figure = std::any_of(placed.begin(), placed.end(), [](const PlacedValue& value) {
    return value.cell->kind == CellKind::kValue && !value.cell->quantity.is_dash;
  });
  return figure ? placed : std::vector<PlacedValue>();
}

std::vector<PlacedValue> PlaceInOrder(const Cells& after, const TableHeader& header) {
  std::vector<PlacedValue> placed;
  size_t next_column = 0;
  for (const TableCell* cell : after) {
    if (cell->kind == CellKind::kValue && cell->role) {
      placed.push_back({cell, {cell->column, *cell->role, std::nullopt, false}});
      continue;
    }
    if (cell->kind == CellKind::kText && CharCount(cell->text) == 1) continue;
    if (next_column == header.values.size() || !IsWordValue(*cell)) break;
    placed.push_back({cell, header.values[next_column++]});
  }
  Cells cells;
  for (const PlacedValue& value : placed) cells.push_back(value.cell);
  return HasFigure(cells) ? placed : std::vector<PlacedValue>();
}

bool IsAchievementRate(const TableCell& cell) {
  static const RE2 rate(R"(\(\s*\d[\d.,]*\s*%\s*\))");
  return RE2::FullMatch(cell.text, rate);
}

std::vector<PlacedValue> PlaceAtEnds(const Cells& after, const PendingName& pending) {
  Cells values;
  for (const TableCell* cell : after) {
    if (IsAchievementRate(*cell)) continue;
    if (cell->kind != CellKind::kValue) return {};
    values.push_back(cell);
  }
  if (values.size() < 2 || values.front()->quantity.is_dash || values.back()->quantity.is_dash) {
    return {};
  }
  const TableCell* first = values.front();
  const TableCell* last = values.back();
  return {{first, {first->column, ValueRole::kBaseline, pending.years.front(), false}},
          {last, {last->column, ValueRole::kTarget, pending.years.back(), false}}};
}

std::vector<PlacedValue> PlaceWithoutHeader(const Cells& after, const PendingName* pending,
                                            bool& by_position) {
  const bool paired = !after.empty() && (after.front()->kind == CellKind::kYear ||
                                         (IsDash(*after.front()) && after.size() > 2 &&
                                          after[2]->kind == CellKind::kYear));
  Slots slots = paired ? PairedSlots(after) : RunSlots(after);
  if (pending && !pending->years.empty()) {
    slots.values.resize(std::min(slots.values.size(), pending->years.size()));
    slots.years.assign(pending->years.begin(), pending->years.begin() + slots.values.size());
  }
  const std::vector<ValueRole> roles = PositionalRoles(slots.values.size());
  if (roles.empty()) return SeriesBetweenYears(after);
  std::vector<PlacedValue> placed;
  for (size_t i = 0; i < roles.size(); ++i) {
    placed.push_back({slots.values[i], {slots.values[i]->column, roles[i], slots.years[i], false}});
  }
  by_position = true;
  return placed;
}

}  // namespace keikaku::layouts
