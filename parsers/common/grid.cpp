#include "keikaku/parsers/grid.h"

namespace keikaku {
namespace {

std::string_view Trim(std::string_view s) {
  const auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

bool IsMarkdownRow(std::string_view line) {
  line = Trim(line);
  return line.size() >= 2 && line.front() == '|' && line.back() == '|';
}

// "|---|:--:|" rows carry no content.
bool IsMarkdownSeparator(std::string_view line) {
  for (char c : line) {
    if (c != '|' && c != '-' && c != ':' && c != ' ' && c != '\t') return false;
  }
  return true;
}

std::vector<std::string> SplitMarkdownRow(std::string_view line) {
  line = Trim(line);
  line.remove_prefix(1);
  line.remove_suffix(1);
  std::vector<std::string> cells;
  std::string cell;
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '\\' && i + 1 < line.size() && line[i + 1] == '|') {
      cell += '|';
      ++i;
    } else if (line[i] == '|') {
      cells.emplace_back(Trim(cell));
      cell.clear();
    } else {
      cell += line[i];
    }
  }
  cells.emplace_back(Trim(cell));
  return cells;
}

std::vector<std::string> SplitTabs(std::string_view line) {
  std::vector<std::string> cells;
  size_t start = 0;
  for (;;) {
    const size_t tab = line.find('\t', start);
    cells.emplace_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return cells;
}

}  // namespace

Grid ReadTextGrid(std::string_view utf8) {
  Grid grid;
  int line_number = 0;
  size_t start = 0;
  while (start <= utf8.size()) {
    size_t end = utf8.find('\n', start);
    if (end == std::string_view::npos) end = utf8.size();
    std::string_view line = utf8.substr(start, end - start);
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (IsMarkdownRow(line)) {
      if (!IsMarkdownSeparator(line)) {
        grid.rows.push_back({line_number, RowKind::kMarkdownTable, SplitMarkdownRow(line)});
      }
    } else {
      grid.rows.push_back({line_number, RowKind::kText, SplitTabs(line)});
    }
    if (end == utf8.size()) break;
    start = end + 1;
  }
  return grid;
}

}  // namespace keikaku
