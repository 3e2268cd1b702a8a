#include "table/normalized_cells.h"

#include "common/cells.h"
#include "common/labels.h"
#include "keikaku/normalize/text.h"

namespace keikaku::layouts {
namespace {

// The era as one key byte: memo entries of the same text read in two eras differ.
std::string EraKey(normalize::Era era, std::string_view text) {
  std::string key(1, static_cast<char>('0' + static_cast<int>(era)));
  key += text;
  return key;
}

}  // namespace

GridRow NormalizeRow(const GridRow& row) {
  GridRow normalized{row.line, row.kind, {}};
  normalized.cells.reserve(row.cells.size());
  for (const std::string& cell : row.cells) normalized.cells.push_back(normalize::NormalizeText(cell));
  return normalized;
}

GridRow NormalizeShortCells(const GridRow& row, size_t max_bytes) {
  GridRow normalized{row.line, row.kind, {}};
  normalized.cells.reserve(row.cells.size());
  for (const std::string& cell : row.cells) {
    normalized.cells.push_back(cell.size() > max_bytes ? "…" : normalize::NormalizeText(cell));
  }
  return normalized;
}

std::optional<int> CellMemo::FiscalYear(std::string_view text, normalize::Era era) {
  const auto [it, inserted] = fiscal_years_.try_emplace(EraKey(era, text));
  if (inserted) it->second = normalize::FiscalYearOf(text, era);
  return it->second;
}

TableCell CellMemo::Cell(std::string_view text, int column, normalize::Era era) {
  const auto [it, inserted] = cells_.try_emplace(EraKey(era, text));
  if (inserted) it->second = ReadCell(text, 0, era);
  TableCell cell = it->second;
  cell.column = column;
  return cell;
}

std::string_view CellMemo::LabelKind(std::string_view text) {
  const auto [it, inserted] = label_kinds_.try_emplace(std::string(text));
  if (inserted) it->second = layouts::LabelKind(text);
  return it->second;
}

Observation CellMemo::Observe(std::string_view cell, std::optional<int> fy, SourcePlace at, std::string_view unit,
                              normalize::Era era) {
  std::string key = EraKey(era, unit);
  key += '\x1f';
  key += cell;
  auto found = observations_.find(key);
  if (found == observations_.end()) {
    found = observations_.emplace(std::move(key), MakeObservation(cell, std::nullopt, {}, unit, era)).first;
  }
  Observation observation = found->second;
  if (!observation.fy) observation.fy = fy;
  observation.at = at;
  return observation;
}

}  // namespace keikaku::layouts
