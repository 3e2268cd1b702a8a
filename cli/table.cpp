#include "table.h"

#include <algorithm>

namespace keikaku::cli {
namespace {

// Decodes the code point starting at `i` and advances `i`; bad bytes count as one.
char32_t NextCodePoint(const std::string& s, size_t& i) {
  const auto byte = static_cast<unsigned char>(s[i]);
  const int length = byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4;
  if (i + length > s.size()) {
    ++i;
    return 0xFFFD;
  }
  char32_t cp = length == 1 ? byte : byte & (0x3F >> (length - 1));
  for (int k = 1; k < length; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  i += length;
  return cp;
}

bool IsWide(char32_t cp) {
  return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3) ||
         (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
         (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD) || cp == 0x25B2 || cp == 0x25B3;
}

std::string Fit(const std::string& cell, size_t max_width) {
  if (DisplayWidth(cell) <= max_width) return cell;
  std::string out;
  size_t width = 0;
  for (size_t i = 0; i < cell.size();) {
    const size_t start = i;
    const size_t w = IsWide(NextCodePoint(cell, i)) ? 2 : 1;
    if (width + w > max_width - 1) break;
    out.append(cell, start, i - start);
    width += w;
  }
  return out + "…";
}

}  // namespace

size_t DisplayWidth(const std::string& utf8) {
  size_t width = 0;
  for (size_t i = 0; i < utf8.size();) width += IsWide(NextCodePoint(utf8, i)) ? 2 : 1;
  return width;
}

void PrintTable(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows,
                std::ostream& out, size_t max_width) {
  std::vector<std::vector<std::string>> cells;
  cells.push_back(header);
  for (const auto& row : rows) cells.push_back(row);
  std::vector<size_t> widths(header.size(), 0);
  for (auto& row : cells) {
    row.resize(header.size());
    for (size_t c = 0; c < row.size(); ++c) {
      row[c] = Fit(row[c], max_width);
      widths[c] = std::max(widths[c], DisplayWidth(row[c]));
    }
  }
  for (size_t r = 0; r < cells.size(); ++r) {
    std::string line;
    for (size_t c = 0; c < header.size(); ++c) {
      line += cells[r][c];
      if (c + 1 < header.size()) line += std::string(widths[c] - DisplayWidth(cells[r][c]) + 2, ' ');
    }
    out << line << '\n';
    if (r == 0) {
      std::string rule;
      for (size_t c = 0; c < header.size(); ++c) rule += std::string(widths[c], '-') + (c + 1 < header.size() ? "  " : "");
      out << rule << '\n';
    }
  }
}

}  // namespace keikaku::cli
