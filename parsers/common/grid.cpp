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

// Rows of one table have the same width, so the previous row's is a good first capacity.
// Cells are copied in runs between the pipes; "\\|" is a literal pipe inside a cell.
std::vector<std::string> SplitMarkdownRow(std::string_view line, size_t width_hint) {
  line = Trim(line);
  line.remove_prefix(1);
  line.remove_suffix(1);
  std::vector<std::string> cells;
  cells.reserve(width_hint);
  std::string cell;
  size_t run_start = 0;
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '\\' && i + 1 < line.size() && line[i + 1] == '|') {
      cell.append(line.substr(run_start, i - run_start));  // the backslash goes, the pipe stays
      run_start = ++i;
    } else if (line[i] == '|') {
      cell.append(line.substr(run_start, i - run_start));
      cells.emplace_back(Trim(cell));
      cell.clear();
      run_start = i + 1;
    }
  }
  cell.append(line.substr(run_start));
  cells.emplace_back(Trim(cell));
  return cells;
}

std::vector<std::string> SplitTabs(std::string_view line, size_t width_hint) {
  std::vector<std::string> cells;
  cells.reserve(width_hint);
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
    const size_t width_hint = grid.rows.empty() ? 1 : grid.rows.back().cells.size();
    if (IsMarkdownRow(line)) {
      if (!IsMarkdownSeparator(line)) {
        grid.rows.push_back({line_number, RowKind::kMarkdownTable, SplitMarkdownRow(line, width_hint)});
      }
    } else {
      grid.rows.push_back({line_number, RowKind::kText, SplitTabs(line, width_hint)});
    }
    if (end == utf8.size()) break;
    start = end + 1;
  }
  return grid;
}

}  // namespace keikaku
