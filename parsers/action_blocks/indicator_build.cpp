// From an indicator draft to records: name, unit bracket, 【…】 baselines, and the split of
// a cell holding two labelled quantities into two indicators.
#include <re2/re2.h>

#include "action_blocks/indicators.h"
#include "common/cells.h"
#include "keikaku/normalize/date.h"
#include "keikaku/normalize/number.h"
#include "keikaku/normalize/text.h"

namespace keikaku::layouts::action_blocks {
namespace {

constexpr size_t kMaxUnitCodePoints = 6;

struct Bracket {
  std::string content;  // inside 【】, normalised
  int line = 0;
};

// Joins the name fragments without a space (they are one name wrapped across rows) and
// takes every 【…】 out of it.
// A bracket runs from a 【 to the first 】 after it, so one left-to-right scan finds them
// all; each becomes a space in the name.
std::string JoinName(const std::vector<NamePart>& parts, std::vector<Bracket>& brackets) {
  constexpr std::string_view kOpen = "【", kClose = "】";
  std::string name;
  for (const NamePart& part : parts) {
    const std::string_view text = part.text;
    size_t open = text.find(kOpen);
    if (open == std::string_view::npos) {
      name += text;
      continue;
    }
    std::string outside;
    size_t done = 0;
    for (; open != std::string_view::npos; open = text.find(kOpen, done)) {
      const size_t close = text.find(kClose, open + kOpen.size());
      if (close == std::string_view::npos) break;
      brackets.push_back({std::string(text.substr(open + kOpen.size(), close - open - kOpen.size())), part.line});
      outside.append(text.substr(done, open - done)).push_back(' ');
      done = close + kClose.size();
    }
    outside.append(text.substr(done));
    name += normalize::CollapseSpaces(outside);
  }
  return normalize::CollapseSpaces(name);
}

// A bracket that names a unit: short, no figures, no punctuation of a phrase ("%", "人",
// "億円", "グループ", "万kwh"), as opposed to a qualifier ("全21種", "市税及び国保税").
bool IsUnitContent(const std::string& content) {
  static const RE2 kPhrase("[0-9、。,・:]|仮称");
  return !content.empty() && CodePoints(content) <= kMaxUnitCodePoints &&
         !RE2::PartialMatch(content, kPhrase);
}

struct NameAndUnit {
  std::string name;
  std::optional<std::string> unit;
};

// The unit is the last unit-like bracket that closes the measured noun (followed by the
// end, a space or another bracket); "開館日(時間)の拡充" has none.
NameAndUnit SplitUnit(const std::string& text) {
  NameAndUnit result{text, std::nullopt};
  size_t chosen_open = std::string::npos, chosen_close = 0;
  for (size_t open = text.find('('); open != std::string::npos; open = text.find('(', open + 1)) {
    const size_t close = text.find(')', open);
    if (close == std::string::npos) break;
    const size_t after = close + 1;
    const bool closes_noun = after == text.size() || text[after] == ' ' || text[after] == '(';
    if (closes_noun && IsUnitContent(text.substr(open + 1, close - open - 1))) {
      chosen_open = open;
      chosen_close = close;
    }
  }
  if (chosen_open == std::string::npos) return result;
  result.unit = text.substr(chosen_open + 1, chosen_close - chosen_open - 1);
  result.name = normalize::CollapseSpaces(text.substr(0, chosen_open) + text.substr(chosen_close + 1));
  return result;
}

struct Baseline {
  std::string qualifier;  // "主幹" in 【H26年度(主幹):38.2%】, else ""
  Observation observation;
};

// 【H25年度:72.2%】 -> fy 2013, text "72.2%". A bracket without a figure after a colon
// (【H27年度から実施】) is no baseline.
std::optional<Baseline> ReadBaseline(const Bracket& bracket, CellReading& cache, const std::string& unit,
                                     std::vector<Diagnostic>& diagnostics) {
  static const RE2 kQualifier("\\(([^)]*)\\)");
  const size_t colon = bracket.content.find(':');
  const std::string value =
      colon == std::string::npos ? "" : normalize::CollapseSpaces(bracket.content.substr(colon + 1));
  if (value.empty()) {
    diagnostics.push_back(
        {bracket.line, "bracket_without_value", "【" + bracket.content + "】 gives no baseline figure"});
    return std::nullopt;
  }
  Baseline baseline;
  std::string key = bracket.content.substr(0, colon);
  RE2::PartialMatch(key, kQualifier, &baseline.qualifier);
  RE2::GlobalReplace(&key, kQualifier, "");
  key = normalize::RemoveSpaces(key);
  std::optional<int> fy = cache.FiscalYear(key);
  if (!fy) {
    if (const auto date = normalize::FindDate(key, cache.years.era); date && date->error.empty())
      fy = date->fy;
  }
  if (!fy)
    diagnostics.push_back(
        {bracket.line, "value_without_year", "baseline 【" + bracket.content + "】 names no year"});
  baseline.observation = cache.Observe(value, fy, {bracket.line, -1}, unit);
  return baseline;
}

struct QuantityPart {
  std::string label;  // the words in front of the number: "主幹"
  std::string text;   // the part as printed: "主幹 50"
};

// "主幹 50 主査 60" -> {主幹, "主幹 50"}, {主査, "主査 60"}; empty unless the whole cell is
// two or more labelled numbers.
std::vector<QuantityPart> SplitQuantities(const std::string& text) {
  static const RE2 kPart(
      "\\s*(([^0-9\\s▲△.,+\\-][^0-9▲△]*?)\\s*[▲△\\-]?[0-9][0-9,]*(?:\\.[0-9]+)?[^\\s0-9]*)");
  std::vector<QuantityPart> parts;
  re2::StringPiece input(text);
  QuantityPart part;
  while (!input.empty() && RE2::Consume(&input, kPart, &part.text, &part.label)) parts.push_back(part);
  if (!input.empty() || parts.size() < 2) return {};
  return parts;
}

// The labels every non-dash value splits into, the same in each; empty when they do not.
std::vector<std::string> SplitLabels(const std::vector<ValueCell>& values) {
  std::vector<std::string> labels;
  for (const ValueCell& value : values) {
    const std::vector<QuantityPart> parts = SplitQuantities(value.text);
    if (parts.empty()) {
      if (normalize::ParseNumber(value.text).is_dash) continue;
      return {};
    }
    std::vector<std::string> these;
    for (const QuantityPart& part : parts) these.push_back(part.label);
    if (!labels.empty() && labels != these) return {};
    labels = std::move(these);
  }
  return labels;
}

std::string PartText(const std::string& text, size_t index) {
  const std::vector<QuantityPart> parts = SplitQuantities(text);
  return index < parts.size() ? parts[index].text : text;
}

Indicator MakeIndicator(std::string name, const std::optional<std::string>& unit, const IndicatorDraft& draft,
                        std::optional<size_t> part, CellReading& cache,
                        std::vector<Diagnostic>& diagnostics) {
  Indicator indicator;
  indicator.name = std::move(name);
  indicator.unit = unit;
  const std::string unit_text = unit.value_or("");
  for (const ValueCell& value : draft.values) {
    const std::string text = part ? PartText(value.text, *part) : value.text;
    indicator.targets.push_back(cache.Observe(text, value.fy, value.at, unit_text));
    if (!indicator.targets.back().fy) {
      diagnostics.push_back({value.at.line, "value_without_year", "target " + text + " has no year"});
    }
  }
  return indicator;
}

// Baselines from the 【…】 brackets first, then from a 現状値 row or column.
std::vector<Baseline> CollectBaselines(const std::vector<Bracket>& brackets, const IndicatorDraft& draft,
                                       const std::string& unit, CellReading& cache,
                                       std::vector<Diagnostic>& diagnostics) {
  std::vector<Baseline> baselines;
  for (const Bracket& bracket : brackets) {
    if (auto baseline = ReadBaseline(bracket, cache, unit, diagnostics)) baselines.push_back(std::move(*baseline));
  }
  for (const ValueCell& cell : draft.baseline_cells) {
    baselines.push_back({"", cache.Observe(cell.text, cell.fy, cell.at, unit)});
  }
  return baselines;
}

}  // namespace

std::vector<Indicator> BuildIndicators(const IndicatorDraft& draft, CellReading& cache,
                                       std::vector<Diagnostic>& diagnostics) {
  std::vector<Bracket> brackets;
  const NameAndUnit named = SplitUnit(JoinName(draft.name_parts, brackets));
  const std::vector<Baseline> baselines =
      CollectBaselines(brackets, draft, named.unit.value_or(""), cache, diagnostics);
  if (draft.values.empty()) {
    diagnostics.push_back(
        {draft.line, "indicator_without_values", "indicator " + named.name + " has no target row"});
  }
  const std::vector<std::string> labels = SplitLabels(draft.values);
  std::vector<Indicator> indicators;
  if (labels.empty()) {
    indicators.push_back(MakeIndicator(named.name, named.unit, draft, std::nullopt, cache, diagnostics));
    if (!baselines.empty()) indicators.back().baseline = baselines.front().observation;
    if (baselines.size() > 1) {
      diagnostics.push_back({draft.line, "extra_baseline", "more than one baseline; the first is kept"});
    }
    return indicators;
  }
  // One indicator per labelled quantity, each with the baseline its bracket names.
  for (size_t i = 0; i < labels.size(); ++i) {
    indicators.push_back(
        MakeIndicator(named.name + " " + labels[i], named.unit, draft, i, cache, diagnostics));
    for (const Baseline& baseline : baselines) {
      if (baseline.qualifier == labels[i]) indicators.back().baseline = baseline.observation;
    }
    if (!indicators.back().baseline && baselines.size() == labels.size()) {
      indicators.back().baseline = baselines[i].observation;
    }
  }
  return indicators;
}

}  // namespace keikaku::layouts::action_blocks
