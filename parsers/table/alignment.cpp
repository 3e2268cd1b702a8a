#include "table/alignment.h"

#include <algorithm>

namespace keikaku::layouts {

RowAlignment AlignByPosition(const std::vector<size_t>& filled, const std::vector<size_t>& columns,
                             int shift) {
  RowAlignment alignment;
  alignment.shift = shift;
  for (const size_t cell : filled) {
    const int printed_under = static_cast<int>(cell) - shift;
    const auto column = std::find(columns.begin(), columns.end(), static_cast<size_t>(printed_under));
    if (printed_under < 0 || column == columns.end()) {
      alignment.columns.push_back(std::nullopt);
      continue;
    }
    alignment.columns.push_back(static_cast<size_t>(column - columns.begin()));
    alignment.realigned = alignment.realigned || shift != 0;
  }
  return alignment;
}

RowAlignment AlignInOrder(const std::vector<size_t>& filled, const std::vector<size_t>& columns,
                          ShortRow short_row) {
  RowAlignment alignment;
  const size_t offset = short_row == ShortRow::kLatest && filled.size() < columns.size()
                            ? columns.size() - filled.size()
                            : 0;
  for (size_t k = 0; k < filled.size(); ++k) {
    if (offset + k >= columns.size()) {
      alignment.columns.push_back(std::nullopt);
      continue;
    }
    alignment.columns.push_back(offset + k);
    if (filled[k] != columns[offset + k]) alignment.realigned = true;
  }
  if (!filled.empty() && offset < columns.size()) {
    alignment.shift = static_cast<int>(filled.front()) - static_cast<int>(columns[offset]);
  }
  return alignment;
}

Diagnostic RealignedRow(int line, int shift, std::string_view how, std::string kind) {
  std::string message = "cells shifted against the header";
  if (shift != 0) message += " by " + std::to_string(shift);
  message += "; " + std::string(how);
  return {line, std::move(kind), std::move(message)};
}

}  // namespace keikaku::layouts
