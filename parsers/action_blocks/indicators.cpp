// Reading indicator rows: year headers, value rows aligned to them (also when the PDF
// conversion shifted the cells), inline "28年度 920" cells and cells spanning every year.
#include "action_blocks/indicators.h"

#include <algorithm>
#include <cctype>

#include "common/labels.h"
#include "keikaku/normalize/date.h"
#include "keikaku/normalize/number.h"
#include "keikaku/normalize/text.h"
#include "table/alignment.h"
#include "table/year_labels.h"

namespace keikaku::layouts::action_blocks {
namespace {

constexpr size_t kMaxQuantityCodePoints = 16;

struct YearCell {
  size_t cell = 0;
  int fy = 0;
  std::string rest;  // what follows the year label in the same cell ("920"), or ""
};

// Cells from `from` on that start with a year label: "28年度", "28 年度 920", "H27末", "令和2年度 —".
std::vector<YearCell> YearCells(const Row& row, size_t from, CellReading& cache) {
  std::vector<YearCell> cells;
  for (size_t i = from; i < row.cells.size(); ++i) {
    const std::string& cell = row.cells[i];
    // The year leads the cell ("28年度 920", "R2年度 実施", "令和2年度"): other cells skip the
    // splitter.
    const bool may_be_year =
        !cell.empty() && (std::isdigit(static_cast<unsigned char>(cell[0])) ||
                          std::string_view("RHS").find(cell[0]) != std::string_view::npos ||
                          cell.starts_with("令和") || cell.starts_with("平成") || cell.starts_with("昭和"));
    if (!may_be_year) continue;
    YearLabel split = SplitYearLabel(cell, cache.years.era, SplitAs::kValue, &cache.memo);
    if (split.year.empty()) continue;
    if (const auto fy = cache.FiscalYear(normalize::RemoveSpaces(split.year))) {
      cells.push_back({i, *fy, std::move(split.rest)});
    }
  }
  return cells;
}

// A short cell holding a number or a dash ("100", "▲554", "1 以上", "主幹 50 主査 60", "—"),
// as opposed to a fragment of a wrapped name.
bool IsQuantityLike(const std::string& text) {
  if (text.find("【") != std::string::npos || CodePoints(text) > kMaxQuantityCodePoints) return false;
  const normalize::Quantity quantity = normalize::ParseNumber(text);
  return quantity.is_dash || quantity.value.has_value();
}

std::vector<size_t> YearColumnCells(const std::vector<YearColumn>& years) {
  std::vector<size_t> cells;
  for (const YearColumn& year : years) cells.push_back(year.cell);
  return cells;
}

struct Alignment {
  std::vector<NamePart> names;
  std::vector<ValueCell> values;
  RowAlignment placement;  // its shift: how far the row's cells sit right (+) or left (-)
};

// Rule 1: the last N filled cells are adjacent, one per year. Their leftmost cell may sit
// before the header's first year (a row shifted left) only when it is clearly a value.
bool AlignAdjacent(const Row& row, const std::vector<size_t>& filled, const std::vector<YearColumn>& years,
                   Alignment& out) {
  const size_t n = years.size();
  if (filled.size() < n) return false;
  const std::vector<size_t> tail(filled.end() - n, filled.end());
  if (tail.back() - tail.front() != n - 1) return false;
  for (size_t cell : tail) {
    if (row.cells[cell].find("【") != std::string::npos) return false;
  }
  if (tail.front() < years.front().cell) {
    const std::string& first = row.cells[tail.front()];
    const bool repeated =
        std::count_if(tail.begin() + 1, tail.end(), [&](size_t c) { return row.cells[c] == first; }) > 0;
    if (!IsQuantityLike(first) && !repeated) return false;
  }
  const RowAlignment placed = AlignInOrder(tail, YearColumnCells(years));
  for (size_t k = 0; k < n; ++k) {
    const int fy = years[*placed.columns[k]].fy;
    out.values.push_back({row.cells[tail[k]], fy, {row.line, static_cast<int>(tail[k])}});
  }
  for (size_t cell : filled) {
    if (cell < tail.front()) out.names.push_back({row.cells[cell], row.line, static_cast<int>(cell)});
  }
  out.placement = placed;
  return true;
}

int PositionalShift(const Row& row, const std::vector<size_t>& filled, const std::vector<YearColumn>& years,
                    size_t header_width) {
  if (filled.back() > years.back().cell) return static_cast<int>(filled.back() - years.back().cell);
  if (row.cells.size() >= header_width) return 0;
  for (size_t cell : filled) {
    if (cell < years.front().cell && IsQuantityLike(row.cells[cell])) {
      return static_cast<int>(row.cells.size()) - static_cast<int>(header_width);
    }
  }
  return 0;
}

// Rule 2: each cell under its year column, after undoing a shift; a single value under the
// first year with the other years blank spans them all ("1 以上").
void PlaceByPosition(const Row& row, const std::vector<size_t>& filled, const std::vector<YearColumn>& years,
                     size_t header_width, Alignment& out, std::vector<Diagnostic>& diagnostics) {
  const int shift = PositionalShift(row, filled, years, header_width);
  out.placement = AlignByPosition(filled, YearColumnCells(years), shift);
  const RowAlignment& placed = out.placement;
  for (size_t k = 0; k < filled.size(); ++k) {
    const size_t cell = filled[k];
    if (placed.columns[k]) {
      const int fy = years[*placed.columns[k]].fy;
      out.values.push_back({row.cells[cell], fy, {row.line, static_cast<int>(cell)}});
    } else if (static_cast<int>(cell) - placed.shift < static_cast<int>(years.front().cell)) {
      out.names.push_back({row.cells[cell], row.line, static_cast<int>(cell)});
    } else {
      diagnostics.push_back(
          {row.line, "unaligned_cell",
           "cell " + std::to_string(cell) + " (" + row.cells[cell] + ") lies under no year column"});
    }
  }
  if (out.values.size() == 1 && years.size() > 1 && out.values[0].fy == years.front().fy) {
    const ValueCell spanning = out.values[0];
    for (size_t k = 1; k < years.size(); ++k) out.values.push_back({spanning.text, years[k].fy, spanning.at});
  }
}

Alignment AlignValues(const Row& row, const IndicatorDraft& draft, std::vector<Diagnostic>& diagnostics) {
  Alignment out;
  std::vector<size_t> filled;
  for (size_t i = 1; i < row.cells.size(); ++i) {
    if (!row.cells[i].empty()) filled.push_back(i);
  }
  if (filled.empty()) return out;
  if (draft.years.empty()) {
    for (size_t cell : filled) out.names.push_back({row.cells[cell], row.line, static_cast<int>(cell)});
    return out;
  }
  if (!AlignAdjacent(row, filled, draft.years, out)) {
    PlaceByPosition(row, filled, draft.years, draft.header_width, out, diagnostics);
  }
  if (out.placement.shift != 0) {
    diagnostics.push_back(
        RealignedRow(row.line, out.placement.shift, "value cells realigned to the year header", "shifted_row"));
  }
  return out;
}

// "現状値", "現状値(H26年度)", "基準値 H26": a header cell over a column of baselines.
bool IsBaselineHeader(const std::string& cell) {
  return !LeadingLabel(normalize::RemoveSpaces(cell), "baseline").empty();
}

// The header part of a draft: name cells, a baseline column, the years and inline values.
void ReadHeader(const Row& row, size_t name_from, const std::vector<YearCell>& year_cells,
                IndicatorDraft& draft) {
  for (size_t i = name_from; i < year_cells.front().cell; ++i) {
    if (row.cells[i].empty()) continue;
    if (IsBaselineHeader(row.cells[i])) {
      draft.baseline_column = i;
      if (const auto date = normalize::FindDate(row.cells[i]); date && date->error.empty()) {
        draft.baseline_column_fy = date->fy;
      }
    } else {
      draft.name_parts.push_back({row.cells[i], row.line, static_cast<int>(i)});
    }
  }
  draft.header_width = row.cells.size();
  for (const YearCell& year : year_cells) {
    draft.years.push_back({year.cell, year.fy});
    if (year.rest.empty()) continue;
    draft.values.push_back({year.rest, year.fy, {row.line, static_cast<int>(year.cell)}});
    draft.awaiting_values = false;
  }
}

}  // namespace

void IndicatorCollector::StartDraft(const Row& row, size_t name_from) {
  IndicatorDraft draft;
  draft.line = row.line;
  const std::vector<YearCell> year_cells = YearCells(row, name_from, cache_);
  if (year_cells.size() >= 2) {
    ReadHeader(row, name_from, year_cells, draft);
    drafts_.push_back(std::move(draft));
    pending_header_.reset();  // later indicators without years follow this header
    return;
  }
  // No years of its own: the table header above it, or the previous indicator's.
  const IndicatorDraft* header = pending_header_   ? &*pending_header_
                                 : drafts_.empty() ? nullptr
                                                   : &drafts_.back();
  if (header) {
    draft.years = header->years;
    draft.header_width = header->header_width;
    draft.baseline_column = header->baseline_column;
    draft.baseline_column_fy = header->baseline_column_fy;
  }
  drafts_.push_back(std::move(draft));
  ReadValueRow(row, drafts_.back());
}

bool IndicatorCollector::AddYearHeader(const Row& row) {
  const std::vector<YearCell> year_cells = YearCells(row, 1, cache_);
  if (year_cells.size() < 2) return false;
  IndicatorDraft header;
  ReadHeader(row, 1, year_cells, header);
  pending_header_ = std::move(header);
  return true;
}

void IndicatorCollector::ReadValueRow(const Row& row, IndicatorDraft& draft) {
  Alignment alignment = AlignValues(row, draft, diagnostics_);
  for (NamePart& part : alignment.names) {
    const int column = part.cell - alignment.placement.shift;
    if (draft.baseline_column && column == static_cast<int>(*draft.baseline_column)) {
      draft.baseline_cells.push_back({part.text, draft.baseline_column_fy, {part.line, part.cell}});
    } else {
      draft.name_parts.push_back(std::move(part));
    }
  }
  for (ValueCell& value : alignment.values) draft.values.push_back(std::move(value));
  if (!draft.values.empty()) draft.awaiting_values = false;
}

void IndicatorCollector::AddLabelled(const Row& row, size_t label_cell) { StartDraft(row, label_cell + 1); }

bool IndicatorCollector::AddBaseline(const Row& row, size_t label_cell) {
  if (drafts_.empty()) return false;
  for (size_t i = label_cell + 1; i < row.cells.size(); ++i) {
    if (row.cells[i].empty()) continue;
    drafts_.back().baseline_cells.push_back({row.cells[i], std::nullopt, {row.line, static_cast<int>(i)}});
  }
  return true;
}

bool IndicatorCollector::AddContinuation(const Row& row) {
  if (drafts_.empty()) return false;
  if (YearCells(row, 1, cache_).size() >= 2) {
    StartDraft(row, 1);
    return true;
  }
  IndicatorDraft& draft = drafts_.back();
  if (draft.awaiting_values) {
    ReadValueRow(row, draft);
    return true;
  }
  Alignment alignment = AlignValues(row, draft, diagnostics_);
  if (!alignment.values.empty() && !alignment.names.empty()) {
    // A further indicator printed under the same year header, without a label of its own.
    IndicatorDraft next;
    next.line = row.line;
    next.years = draft.years;
    next.header_width = draft.header_width;
    next.name_parts = std::move(alignment.names);
    next.values = std::move(alignment.values);
    next.awaiting_values = false;
    drafts_.push_back(std::move(next));
  } else if (!alignment.values.empty()) {
    diagnostics_.push_back(
        {row.line, "unaligned_row", "values after the indicator's own values; not placed"});
  } else {
    for (NamePart& part : alignment.names) draft.name_parts.push_back(std::move(part));
  }
  return true;
}

std::vector<Indicator> IndicatorCollector::Finish() {
  std::vector<Indicator> indicators;
  for (const IndicatorDraft& draft : drafts_) {
    for (Indicator& indicator : BuildIndicators(draft, cache_, diagnostics_)) {
      indicators.push_back(std::move(indicator));
    }
  }
  drafts_.clear();
  return indicators;
}

}  // namespace keikaku::layouts::action_blocks
