#include <algorithm>
#include <unordered_set>

#include "common/labels.h"
#include "implementation_sheets/sheet_model.h"
#include "table/normalized_cells.h"

namespace keikaku::layouts::sheets {
namespace {

// Labels are short; longer cells are narrative and never looked up.
constexpr size_t kMaxLabelBytes = 64;

size_t CharLength(std::string_view s) {
  const auto lead = static_cast<unsigned char>(s[0]);
  return std::min(s.size(), size_t{lead < 0x80 ? 1u : lead < 0xE0 ? 2u : lead < 0xF0 ? 3u : 4u});
}

// The lexicon kinds this layout reads; cells of other kinds count as no label.
constexpr std::string_view kLayoutKinds[] = {
    "department", "related_department", "description", "narrative", "baseline", "target",
    "status",     "quantity",           "actual",      "year_plan", "fiscal_year", "toc"};

// The first character of every label of those kinds. Label characters are kanji and kana,
// which NFKC leaves alone, so a raw cell can be tested against them before normalising.
const std::unordered_set<std::string>& LabelInitials() {
  static const std::unordered_set<std::string> initials = [] {
    std::unordered_set<std::string> result;
    for (std::string_view kind : kLayoutKinds) {
      for (const std::string& label : LabelsOf(kind)) {
        if (!label.empty()) result.insert(label.substr(0, CharLength(label)));
      }
    }
    return result;
  }();
  return initials;
}

// A cheap test that spares LabelKind (which normalises) for cells that cannot be labels.
bool MayBeLabel(std::string_view cell) {
  if (cell.empty() || cell.size() > kMaxLabelBytes) return false;
  while (!cell.empty() && (cell.front() == ' ' || cell.front() == '\t')) cell.remove_prefix(1);
  while (cell.starts_with("\u3000")) cell.remove_prefix(3);
  if (cell.empty()) return false;
  const auto lead = static_cast<unsigned char>(cell.front());
  if (lead == '<' || lead == '&' || lead == 0xEF) return true;  // HTML residue or full-width forms
  return LabelInitials().count(std::string(cell.substr(0, CharLength(cell)))) > 0;
}

}  // namespace

LabelledGrid::LabelledGrid(const Grid& grid) : rows(grid.rows) {
  kinds_.reserve(rows.size());
  CellMemo memo;  // every sheet repeats the same labels
  for (const GridRow& row : rows) {
    std::vector<std::string_view> kinds(row.cells.size());
    for (size_t i = 0; i < row.cells.size(); ++i) {
      if (!MayBeLabel(row.cells[i])) continue;
      const std::string_view kind = memo.LabelKind(row.cells[i]);
      if (std::find(std::begin(kLayoutKinds), std::end(kLayoutKinds), kind) != std::end(kLayoutKinds)) {
        kinds[i] = kind;
      }
    }
    kinds_.push_back(std::move(kinds));
  }
}

std::string_view LabelledGrid::Kind(size_t row, size_t cell) const {
  if (row >= kinds_.size() || cell >= kinds_[row].size()) return {};
  return kinds_[row][cell];
}

bool LabelledGrid::RowHas(size_t row, std::string_view kind) const {
  if (row >= kinds_.size()) return false;
  return std::find(kinds_[row].begin(), kinds_[row].end(), kind) != kinds_[row].end();
}

}  // namespace keikaku::layouts::sheets
