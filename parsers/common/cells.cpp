#include "common/cells.h"

#include <re2/re2.h>

#include "keikaku/normalize/number.h"
#include "keikaku/normalize/text.h"

namespace keikaku::layouts {

std::string CellText(const GridRow& row, size_t index) {
  return index < row.cells.size() ? normalize::NormalizeText(row.cells[index]) : std::string();
}

bool IsBlankRow(const GridRow& row) { return FirstFilledCell(row) == row.cells.size(); }

size_t FirstFilledCell(const GridRow& row) {
  for (size_t i = 0; i < row.cells.size(); ++i) {
    if (!normalize::IsBlank(row.cells[i])) return i;
  }
  return row.cells.size();
}

std::vector<std::string> SplitDepartments(std::string_view text) {
  static const RE2 separator("、|・|,");  // "企画課、広報課" -> "企画課 広報課"
  std::string normalized = normalize::NormalizeText(text);
  RE2::GlobalReplace(&normalized, separator, " ");
  std::vector<std::string> parts;
  size_t start = 0;
  while (start < normalized.size()) {
    size_t end = normalized.find(' ', start);
    if (end == std::string::npos) end = normalized.size();
    if (end > start) parts.push_back(normalized.substr(start, end - start));
    start = end + 1;
  }
  return parts;
}

std::vector<std::pair<size_t, int>> YearColumns(const GridRow& row, normalize::Era default_era) {
  std::vector<std::pair<size_t, int>> columns;
  for (size_t i = 0; i < row.cells.size(); ++i) {
    if (auto fy = normalize::FiscalYearOf(row.cells[i], default_era)) columns.emplace_back(i, *fy);
  }
  return columns;
}

Observation MakeObservation(std::string_view cell, std::optional<int> fy, SourcePlace at,
                            std::string_view indicator_unit, normalize::Era default_era) {
  const normalize::Quantity quantity = normalize::ParseNumber(cell);
  Observation observation;
  observation.text = quantity.text;
  observation.value = quantity.value;
  observation.comparator = std::string(normalize::ComparatorSymbol(quantity.comparator));
  if (!quantity.unit.empty() && quantity.unit != indicator_unit) observation.unit = quantity.unit;
  observation.fy = fy;
  if (auto date = normalize::FindDate(cell, default_era); date && date->error.empty() && date->fy) {
    observation.fy = date->fy;
  }
  observation.at = at;
  return observation;
}

}  // namespace keikaku::layouts
