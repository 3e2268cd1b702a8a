#include "implementation_sheets/year_table.h"

#include <algorithm>

#include "common/cells.h"
#include "common/labels.h"
#include "implementation_sheets/year_cells.h"
#include "keikaku/normalize/text.h"
#include "table/alignment.h"

namespace keikaku::layouts::sheets {
namespace {

// A year row's label sits in one of the first cells; cells before it hold the table's own
// label (年次計画) or nothing.
constexpr size_t kLabelSearchCells = 3;
constexpr size_t kMaxYearCellBytes = 48;  // "2020(令和2)年度" and the like

bool IsYearRowKind(std::string_view kind) {
  return kind == "status" || kind == "target" || kind == "quantity" || kind == "actual";
}

// Index of the year-row label among the first cells of `row`, or nullopt.
std::optional<size_t> YearRowLabel(const LabelledGrid& grid, size_t r) {
  const GridRow& row = grid.rows[r];
  for (size_t i = 0; i < row.cells.size() && i < kLabelSearchCells; ++i) {
    const std::string_view kind = grid.Kind(r, i);
    if (IsYearRowKind(kind)) return i;
    if (kind == "year_plan" || normalize::IsBlank(row.cells[i])) continue;
    return std::nullopt;
  }
  return std::nullopt;
}

// A year header cell prints a figure (any width) or 元 (令和元年度); others are skipped
// before the costlier FiscalYearOf.
bool MayNameYear(std::string_view cell) {
  for (size_t i = 0; i < cell.size(); ++i) {
    if (cell[i] >= '0' && cell[i] <= '9') return true;
    if (cell.substr(i).starts_with("元")) return true;
    if (static_cast<unsigned char>(cell[i]) == 0xEF && i + 2 < cell.size() &&
        static_cast<unsigned char>(cell[i + 1]) == 0xBC) {
      const auto third = static_cast<unsigned char>(cell[i + 2]);
      if (third >= 0x90 && third <= 0x99) return true;  // ０..９
    }
  }
  return false;
}

// Years a header cell lists inside its text ("年度 令和2年度 令和3年度 …", a header the
// conversion collapsed into one cell).
std::vector<int> YearsInWords(const GridRow& row, normalize::Era era) {
  std::vector<int> years;
  for (size_t i = 0; i < row.cells.size(); ++i) {
    const std::string text = CellText(row, i);
    size_t start = 0;
    while (start < text.size()) {
      size_t end = text.find(' ', start);
      if (end == std::string::npos) end = text.size();
      if (auto fy = normalize::FiscalYearOf(std::string_view(text).substr(start, end - start), era)) {
        years.push_back(*fy);
      }
      start = end + 1;
    }
  }
  return years;
}

// The header's years, or empty when `row` is no 年度 header.
std::vector<int> HeaderYears(const LabelledGrid& grid, size_t r, normalize::Era era) {
  if (YearRowLabel(grid, r)) return {};
  const GridRow& row = grid.rows[r];
  std::vector<int> years;
  for (const std::string& cell : row.cells) {
    if (cell.size() > kMaxYearCellBytes || !MayNameYear(cell)) continue;
    if (auto fy = normalize::FiscalYearOf(cell, era)) years.push_back(*fy);
  }
  const bool labelled = grid.RowHas(r, "fiscal_year") || grid.RowHas(r, "year_plan");
  if (years.size() < 2 && labelled) years = YearsInWords(row, era);
  if (years.size() >= 2 || (labelled && !years.empty())) return years;
  return {};
}

std::optional<YearRow> ReadYearRow(const LabelledGrid& grid, size_t r, size_t year_count,
                                   std::vector<Diagnostic>& diagnostics) {
  const GridRow& row = grid.rows[r];
  const auto label = YearRowLabel(grid, r);
  if (!label) {
    if (!IsBlankRow(row)) {
      diagnostics.push_back({row.line, "unaligned_row", "a 年次計画 row without a known label"});
    }
    return std::nullopt;
  }
  std::vector<PlacedText> values;
  for (size_t i = *label + 1; i < row.cells.size(); ++i) {
    values.push_back({CellText(row, i), {row.line, static_cast<int>(i)}});
  }
  YearAlignment alignment = AlignYearCells(std::move(values), year_count);
  if (!alignment.note.empty()) diagnostics.push_back(RealignedRow(row.line, 0, alignment.note));
  YearRow year_row;
  year_row.label = normalize::RemoveSpaces(CellText(row, *label));
  year_row.kind = std::string(grid.Kind(r, *label));
  year_row.cells = std::move(alignment.cells);
  return year_row;
}

}  // namespace

size_t FindYearTable(const LabelledGrid& grid, size_t begin, size_t end, normalize::Era era) {
  for (size_t r = begin; r < end; ++r) {
    if (!HeaderYears(grid, r, era).empty()) return r;
    if (const auto label = YearRowLabel(grid, r)) {
      const std::string_view kind = grid.Kind(r, *label);
      if (kind == "status" || kind == "quantity") return r;
    }
  }
  return end;
}

void ReadYearTable(const LabelledGrid& grid, size_t begin, size_t end, const DocumentContext& context,
                   SheetBody& body, std::vector<Diagnostic>& diagnostics) {
  if (begin >= end) return;
  body.years = HeaderYears(grid, begin, context.default_era);
  if (body.years.empty()) {
    body.years = context.plan_years;
    diagnostics.push_back({grid.rows[begin].line, "missing_year_header",
                           "the 年次計画 table has no readable 年度 header; the plan period is used"});
  } else {
    ++begin;
  }
  if (body.years.empty()) return;
  for (size_t r = begin; r < end; ++r) {
    if (auto row = ReadYearRow(grid, r, body.years.size(), diagnostics)) {
      body.rows.push_back(std::move(*row));
    }
  }
}

}  // namespace keikaku::layouts::sheets
