#include "progress_grids/item_rows.h"

#include <re2/re2.h>

#include <algorithm>
#include <cstdlib>

#include "common/cells.h"
#include "keikaku/normalize/text.h"
#include "progress_grids/normalized_rows.h"

namespace keikaku::layouts::progress {
namespace {

// How far the No. cell may sit from the header's No. column (the conversion shifts rows).
constexpr int kMaxShiftLeft = 2;
constexpr int kMaxShiftRight = 3;
// An item row prints at least No., title and two more cells.
constexpr size_t kMinItemCells = 4;

// The header column `column` shifted by `offset` on this row; nullopt when outside it.
std::optional<size_t> Shifted(std::optional<size_t> column, long offset, const GridRow& row) {
  if (!column) return std::nullopt;
  const long cell = static_cast<long>(*column) + offset;
  if (cell < 0 || cell >= static_cast<long>(row.cells.size())) return std::nullopt;
  return static_cast<size_t>(cell);
}

std::string ShiftedText(std::optional<size_t> column, long offset, const GridRow& row) {
  const auto cell = Shifted(column, offset, row);
  return cell ? Cell(row, *cell) : std::string();
}

// The status cell: among cells from `begin` that print a legend code, the one nearest to
// where the header puts it (packed indicator cells pull it left).
std::optional<size_t> FindStatusCell(const GridRow& row, size_t begin,
                                     std::optional<size_t> expected, const StatusLegend& legend) {
  std::optional<size_t> best;
  const long target = expected ? static_cast<long>(*expected) : static_cast<long>(begin);
  for (size_t i = begin; i < row.cells.size(); ++i) {
    if (StatusCode(row.cells[i], legend).empty()) continue;
    if (!best ||
        std::labs(static_cast<long>(i) - target) < std::labs(static_cast<long>(*best) - target)) {
      best = i;
    }
  }
  return best;
}

// The block of indicator cells ends at the status cell when it follows the block, else at
// the next labelled column the header prints right of the block.
size_t BlockEnd(const GridRow& row, const GridColumns& columns, long offset, size_t block_begin,
                std::optional<size_t> status_cell) {
  if (status_cell && *status_cell >= block_begin) return *status_cell;
  size_t end = row.cells.size();
  for (const TextColumn& column : columns.texts) {
    const auto cell = Shifted(column.cell, offset, row);
    if (column.cell > columns.indicators && cell && *cell > block_begin) end = std::min(end, *cell);
  }
  if (const auto status = Shifted(columns.status, offset, row); status && *status > block_begin) {
    end = std::min(end, *status);
  }
  return end;
}

void ReadNarrative(const GridRow& row, const GridColumns& columns, long offset, long status_offset,
                   Measure& measure) {
  for (const TextColumn& column : columns.texts) {
    const bool after_status = columns.status && column.cell > *columns.status;
    std::string text = ShiftedText(column.cell, after_status ? status_offset : offset, row);
    if (!text.empty()) measure.texts.emplace_back(column.label, std::move(text));
  }
}

}  // namespace

std::string GroupHeading(const std::string& text) {
  static const RE2 kBracketLabel(R"(^\s*\([^()]{1,3}\)\s*)");
  std::string title = normalize::SplitHeading(text).title;
  RE2::Replace(&title, kBracketLabel, "");
  return title;
}

std::optional<size_t> FindItemRef(const GridRow& row, const GridColumns& columns) {
  static const RE2 kRef(R"((?:No\.?\s*)?([0-9]{1,3}(?:-[0-9]{1,3})*)\.?)");
  static const RE2 kNumberFirst(R"(^[0-9])");
  if (FilledCount(row) < kMinItemCells) return std::nullopt;
  const long first = std::max(0L, static_cast<long>(columns.ref) - kMaxShiftLeft);
  const long last = static_cast<long>(columns.ref) + kMaxShiftRight;
  for (long i = first; i <= last && i + 1 < static_cast<long>(row.cells.size()); ++i) {
    const std::string& text = Cell(row, i);
    if (!RE2::FullMatch(text, kRef)) continue;
    const std::string& next = Cell(row, i + 1);
    if (next.empty() || RE2::PartialMatch(next, kNumberFirst)) continue;
    return static_cast<size_t>(i);
  }
  return std::nullopt;
}

Measure ReadItemRow(const GridRow& row, size_t ref_cell, const GridColumns& columns,
                    const BlockContext& context, const StatusLegend& legend,
                    std::vector<std::string>& path, std::vector<Diagnostic>& diagnostics) {
  static const RE2 kRef(R"((?:No\.?\s*)?(.+?)\.?)");
  const long offset = static_cast<long>(ref_cell) - static_cast<long>(columns.ref);
  Measure measure;
  measure.kind = "action";
  measure.line = row.line;
  RE2::FullMatch(Cell(row, ref_cell), kRef, &measure.ref);
  for (size_t i = 0; i < ref_cell; ++i) {
    if (Cell(row, i).empty()) continue;
    path = {GroupHeading(row.cells[i])};
    break;
  }
  measure.path = path;
  measure.title = columns.title ? ShiftedText(columns.title, offset, row) : Cell(row, ref_cell + 1);
  measure.departments = SplitDepartments(ShiftedText(columns.departments, offset, row));
  measure.related_departments = SplitDepartments(ShiftedText(columns.related, offset, row));
  if (std::string description = ShiftedText(columns.description, offset, row);
      !description.empty()) {
    measure.description = std::move(description);
  }
  const size_t block_begin = Shifted(columns.indicators, offset, row).value_or(row.cells.size());
  const auto expected_status = Shifted(columns.status, offset, row);
  const auto status_cell = FindStatusCell(row, ref_cell + 2, expected_status, legend);
  long status_offset = offset;
  if (status_cell && columns.status) {
    measure.status = StatusCode(row.cells[*status_cell], legend);
    status_offset = static_cast<long>(*status_cell) - static_cast<long>(*columns.status);
  } else {
    diagnostics.push_back(
        {row.line, "missing_status", "item " + measure.ref + " prints no status"});
  }
  const size_t block_end = BlockEnd(row, columns, offset, block_begin, status_cell);
  ReadNarrative(row, columns, offset, status_offset, measure);
  measure.indicators = ReadIndicatorBlock(row, block_begin, block_end, context, diagnostics);
  return measure;
}

}  // namespace keikaku::layouts::progress
