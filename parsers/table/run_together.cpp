#include "table/run_together.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <utility>

#include "common/markdown.h"

namespace keikaku::layouts {

bool IsPlainFigure(const TableCell& cell) {
  static const RE2 plain(R"(^[-+▲△]?\d[\d,.]*(\S*?)(以上|以下|未満|超|以内)?$)");
  std::string unit;
  if (cell.kind != CellKind::kValue || cell.fy || !RE2::FullMatch(cell.text, plain, &unit)) {
    return false;
  }
  return unit.empty() || IsUnitText(unit);
}

Cells SplitRunTogether(const Cells& cells, std::deque<TableCell>& storage,
                       std::vector<int>& stray_years) {
  Cells split;
  for (const TableCell* cell : cells) {
    if ((cell->kind != CellKind::kValue && cell->kind != CellKind::kText) ||
        cell->text.find(' ') == std::string::npos) {
      split.push_back(cell);
      continue;
    }
    std::string rest_of_cell = cell->text;
    std::string prefix;  // the inline role label, kept off the tokens
    if (cell->role) {
      const size_t colon = rest_of_cell.find(':');
      if (colon != std::string::npos) rest_of_cell = rest_of_cell.substr(colon + 1);
    }
    std::vector<TableCell> parts;  // a leading name, then figures
    std::optional<int> year_before;
    std::vector<int> trailing_years;
    bool plain = true;
    std::string name;
    for (std::string_view rest = rest_of_cell; !rest.empty() && plain;) {
      const size_t space = rest.find(' ');
      const std::string_view word = rest.substr(0, space);
      rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
      if (word.empty()) continue;
      TableCell token = ReadCell(word, cell->column, normalize::Era::kNone);
      token.line = cell->line;
      const size_t open = std::count(token.text.begin(), token.text.end(), '(');
      const size_t close = std::count(token.text.begin(), token.text.end(), ')');
      const bool figures_started = !parts.empty() && parts.back().kind == CellKind::kValue;
      if (token.kind == CellKind::kYear && token.fy && open == close) {
        if (figures_started) trailing_years.push_back(*token.fy);
        else year_before = token.fy;
      } else if (IsPlainFigure(token)) {
        if (!trailing_years.empty()) { plain = false; break; }
        if (year_before) token.fy = std::exchange(year_before, std::nullopt);
        parts.push_back(std::move(token));
      } else if (open != close && figures_started) {
        continue;  // a bracket broken over two lines
      } else if (!figures_started && year_before == std::nullopt) {
        if (!name.empty()) name += ' ';
        name += word;  // the name before the figures
      } else {
        plain = false;
      }
    }
    const size_t figures = parts.size();
    // A name may lead only a text cell: "延床面積 45,298㎡" is one value with its word.
    const bool name_allowed = cell->kind == CellKind::kText && !cell->role;
    if (!plain || figures == 0 || (figures < 2 && name.empty()) || (!name.empty() && !name_allowed)) {
      split.push_back(cell);
      continue;
    }
    if (!name.empty()) {
      storage.push_back(ReadCell(name, cell->column, normalize::Era::kNone));
      storage.back().line = cell->line;
      if (!IsNameCell(storage.back())) {
        split.push_back(cell);
        continue;
      }
      split.push_back(&storage.back());
    }
    parts.front().role = cell->role;
    for (TableCell& part : parts) {
      storage.push_back(std::move(part));
      split.push_back(&storage.back());
    }
    stray_years.insert(stray_years.end(), trailing_years.begin(), trailing_years.end());
  }
  return split;
}

std::optional<KpiRow> ReadArrowRow(const TableCell& cell) {
  static constexpr std::string_view kArrow = "→";
  const size_t arrow = cell.text.find(kArrow);
  if (arrow == std::string::npos || cell.text.find(kArrow, arrow + kArrow.size()) != std::string::npos) {
    return std::nullopt;
  }
  const std::string left = cell.text.substr(0, arrow);
  const auto read = [&](std::string_view text) {
    TableCell part = ReadCell(text, cell.column, normalize::Era::kNone);
    part.line = cell.line;
    return part;
  };
  const TableCell target = read(cell.text.substr(arrow + kArrow.size()));
  if (target.kind != CellKind::kValue) return std::nullopt;
  // The name ends where a figure starts that reads, with what follows, as one value.
  for (size_t i = 1; i < left.size(); ++i) {
    const bool starts_figure = std::isdigit(static_cast<unsigned char>(left[i])) &&
                               !std::isdigit(static_cast<unsigned char>(left[i - 1])) &&
                               left[i - 1] != ',' && left[i - 1] != '.';
    if (!starts_figure) continue;
    const TableCell name = read(left.substr(0, i));
    const TableCell baseline = read(left.substr(i));
    if (!IsNameCell(name) || baseline.kind != CellKind::kValue) continue;
    KpiRow row;
    row.line = cell.line;
    row.name = RemoveWrapSpaces(name.text);
    row.values.emplace_back(ValueRole::kBaseline, ObservationOf(baseline, std::nullopt, false));
    row.values.emplace_back(ValueRole::kTarget, ObservationOf(target, std::nullopt, false));
    return row;
  }
  return std::nullopt;
}

}  // namespace keikaku::layouts
