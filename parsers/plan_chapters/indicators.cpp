#include "plan_chapters/indicators.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <numeric>
#include <string>

#include "common/cells.h"
#include "common/labels.h"
#include "common/markdown.h"
#include "keikaku/normalize/number.h"
#include "keikaku/normalize/text.h"
#include "table/alignment.h"
#include "table/units.h"

namespace keikaku::layouts {
namespace {

// The lexicon's satisfaction labels, read once.
const std::vector<std::string>& SatisfactionLabels() {
  static const std::vector<std::string> labels = LabelsOf("satisfaction");
  return labels;
}

constexpr std::array<std::string_view, 7> kOpenBrackets = {"(", "[", "【", "〔", "《", "〈", "{"};

bool StartsWithBracket(std::string_view text) {
  for (std::string_view open : kOpenBrackets) {
    if (text.substr(0, open.size()) == open) return true;
  }
  return false;
}

std::vector<std::string> SplitLineBreaks(std::string_view raw) {
  static const RE2 line_break(R"((?i)<br\s*/?>)");
  std::string text(raw);
  RE2::GlobalReplace(&text, line_break, "\n");
  std::vector<std::string> parts;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    parts.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return parts;
}

// The indicator name: the label lines of the cell, without bracketed explanation lines.
std::string IndicatorName(std::string_view raw) {
  std::string name;
  for (const std::string& part : SplitLineBreaks(raw)) {
    std::string text = normalize::NormalizeText(StripMarkup(part));
    if (text.empty() || (!name.empty() && StartsWithBracket(text))) continue;
    name = JoinWrapped(name, text);
  }
  return name;
}

// A value cell with its line breaks as spaces and its footnote marks removed.
std::string ValueText(std::string_view raw) {
  std::string text;
  for (const std::string& part : SplitLineBreaks(raw)) {
    if (!text.empty()) text += ' ';
    text += part;
  }
  return StripMarkup(text);
}

// Header cell index -> row cell index. Rows as wide as the header map one to one; a shifted
// row whose filled cells are exactly as many as the header's maps those cells in order.
std::vector<size_t> AlignCells(const GridRow& row, size_t width, RowAlignment& alignment) {
  std::vector<size_t> map(width);
  std::iota(map.begin(), map.end(), 0);
  if (row.cells.size() == width) return map;
  std::vector<size_t> filled;
  for (size_t i = 0; i < row.cells.size(); ++i) {
    if (!normalize::IsBlank(row.cells[i])) filled.push_back(i);
  }
  if (filled.size() != width) return map;
  alignment = AlignInOrder(filled, map);
  return filled;
}

}  // namespace

bool IsTableRow(const GridRow& row) {
  if (row.kind != RowKind::kText) return true;
  return row.cells.size() >= 2 && FilledCellCount(row) >= 2;
}

std::optional<TableHeader> ReadIndicatorHeader(const GridRow& row, CellMemo& memo) {
  // Labels are short: names and narrative cells skip the look-ups.
  constexpr size_t kLongestHeaderCell = 64;
  // A 成果指標 table follows its own heading, so one role column makes its header.
  return ReadHeaderRow(row, normalize::Era::kNone, kLongestHeaderCell, {.min_value_columns = 1}, memo);
}

std::optional<Indicator> ReadIndicatorRow(const GridRow& row, const TableHeader& header,
                                          std::vector<Diagnostic>& diagnostics) {
  RowAlignment alignment;
  const std::vector<size_t> cells = AlignCells(row, static_cast<size_t>(header.width), alignment);
  const auto raw = [&](size_t column) -> std::string_view {
    const size_t index = column < cells.size() ? cells[column] : row.cells.size();
    return index < row.cells.size() ? std::string_view(row.cells[index]) : std::string_view();
  };
  Indicator indicator;
  indicator.name = IndicatorName(raw(static_cast<size_t>(header.name_column.value_or(0))));
  if (indicator.name.empty()) {
    diagnostics.push_back({row.line, "unaligned_row", "indicator row without a name skipped"});
    return std::nullopt;
  }
  if (alignment.realigned) {
    diagnostics.push_back(RealignedRow(row.line, alignment.shift, "the filled cells taken in order"));
  }
  if (header.unit_column) {
    std::string unit = normalize::NormalizeText(ValueText(raw(static_cast<size_t>(*header.unit_column))));
    if (!unit.empty()) indicator.unit = unit;
  }
  for (const HeaderColumn& column : header.values) {
    const auto at = static_cast<size_t>(column.column);
    const std::string text = ValueText(raw(at));
    if (normalize::IsBlank(text)) continue;
    const size_t cell = at < cells.size() ? cells[at] : at;
    Observation observation = MakeObservation(text, column.fy, {row.line, static_cast<int>(cell)},
                                              indicator.unit.value_or(""), normalize::Era::kNone);
    switch (column.role) {
      case ValueRole::kBaseline:
        if (!indicator.baseline) {
          indicator.baseline = std::move(observation);
        } else {
          indicator.targets.push_back(std::move(observation));
        }
        break;
      case ValueRole::kTarget:
        indicator.targets.push_back(std::move(observation));
        break;
      case ValueRole::kActual:
        indicator.actuals.push_back(std::move(observation));
        break;
    }
  }
  std::vector<Observation*> observations = ObservationsOf(indicator);
  std::stable_sort(observations.begin(), observations.end(),  // the first unit printed
                   [](const Observation* a, const Observation* b) { return a->at.cell < b->at.cell; });
  SettleUnits(indicator, observations, {}, row.line, diagnostics);
  return indicator;
}

std::optional<Indicator> ReadSatisfactionLine(std::string_view text, int line,
                                              std::vector<Diagnostic>& diagnostics) {
  static const RE2 bracket(R"(【([^:】]+):([^】]*)】)");
  if (text.find("【") == std::string_view::npos) return std::nullopt;
  std::string label, content;
  if (!RE2::PartialMatch(text, bracket, &label, &content)) return std::nullopt;
  label = normalize::CollapseSpaces(label);
  bool is_satisfaction = false;
  for (const std::string& suffix : SatisfactionLabels()) {
    if (label.size() >= suffix.size() &&
        label.compare(label.size() - suffix.size(), suffix.size(), suffix) == 0) {
      is_satisfaction = true;
    }
  }
  if (!is_satisfaction) return std::nullopt;
  // The figure follows the quoted survey item: 「…」26.2%.
  const size_t quote_end = content.rfind("」");
  std::string figure = normalize::CollapseSpaces(
      quote_end == std::string::npos ? content : content.substr(quote_end + 3));
  Observation observation =
      MakeObservation(figure, std::nullopt, {line, -1}, "", normalize::Era::kNone);
  if (!observation.value) {
    diagnostics.push_back(
        {line, "no_value", "satisfaction line without a figure: " + std::string(text)});
    return std::nullopt;
  }
  Indicator indicator;
  indicator.name = label;
  indicator.baseline = std::move(observation);
  SettleUnits(indicator, ObservationsOf(indicator), {}, line, diagnostics);
  return indicator;
}

}  // namespace keikaku::layouts
