#include "progress_grids/indicators.h"

#include <re2/re2.h>

#include "common/cells.h"
#include "progress_grids/normalized_rows.h"
#include "table/table_cell.h"
#include "table/units.h"

namespace keikaku::layouts::progress {
namespace {

// A word longer than this (in characters) is a name, not a value such as 検討 or 継続実施.
constexpr size_t kMaxWordValueChars = 8;
// A cell-named year further than this outside the plan period was read in the wrong era.
constexpr int kEraSlackYears = 12;

// The first `max_chars` characters of `text`, cut on a character boundary.
std::string Excerpt(const std::string& text, size_t max_chars = 30) {
  size_t chars = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 && chars++ == max_chars) {
      return text.substr(0, i) + "…";
    }
  }
  return text;
}

bool StartsWithBracket(std::string_view token) {
  return token.starts_with("(") || token.starts_with("[") || token.starts_with("【");
}

int BracketDepth(std::string_view text) {
  int depth = 0;
  for (char c : text) depth += c == '(' ? 1 : c == ')' ? -1 : 0;
  return depth;
}

bool IsDashText(std::string_view text) {
  static const char* const kDashes[] = {"-", "—", "―", "ー", "－", "–", "‐", "─", "−"};
  for (const char* dash : kDashes) {
    if (text == dash) return true;
  }
  return false;
}

// Starts like a number: digit, sign, ▲/△ or 約.
bool LooksNumeric(std::string_view group) {
  static const RE2 kNumericStart(R"(^(?:[0-9.+\-~]|▲|△|約|マイナス))");
  return RE2::PartialMatch(group, kNumericStart) || IsDashText(group);
}

// A cell-named year only dates the leading value when its bracket holds no figure of its
// own: "2,938人 (H26.6~29.2)" is dated by the bracket, "93.2% (90.6%H26.3末)" is not.
bool DateQualifiesLeadingValue(const std::string& text, size_t begin, size_t end) {
  const size_t open = text.rfind('(', begin);
  if (open == std::string::npos || open == 0) return true;
  size_t close = text.find(')', end);
  if (close == std::string::npos) close = text.size();
  const std::string rest = text.substr(open + 1, begin - open - 1) + text.substr(end, close - end);
  return rest.find_first_of("0123456789") == std::string::npos;
}

bool InsidePlanWindow(int fy, const BlockContext& context) {
  if (!context.start_fy || !context.end_fy) return true;
  return fy >= *context.start_fy - kEraSlackYears && fy <= *context.end_fy + kEraSlackYears;
}

Observation ReadValue(const std::string& text, const ValueColumn& column, SourcePlace at,
                      const BlockContext& context) {
  Observation observation = MakeObservation(text, column.fy, at, "", context.era);
  if (observation.fy != column.fy) {
    size_t begin = 0;
    size_t end = 0;
    if (normalize::FindDate(text, context.era, &begin, &end) &&
        !DateQualifiesLeadingValue(text, begin, end)) {
      observation.fy = column.fy;
    } else if (observation.fy && !InsidePlanWindow(*observation.fy, context)) {
      // A plan spanning 平成 and 令和 prints bare years of both eras ("実施(2年度)").
      const normalize::Era era = normalize::EraWithin(text, context.era, *context.start_fy - kEraSlackYears,
                                                      *context.end_fy + kEraSlackYears);
      if (era != context.era) {
        Observation retry = MakeObservation(text, column.fy, at, "", era);
        if (retry.fy && InsidePlanWindow(*retry.fy, context)) observation = std::move(retry);
      }
    }
  }
  if (!observation.value && IsDashText(observation.text)) observation.text = "—";
  return observation;
}

// One indicator from its name and one printed text per value column ("" = blank).
Indicator MakeIndicator(const std::string& name, const std::vector<std::string>& texts,
                        const std::vector<int>& cells, int line, const BlockContext& context,
                        std::vector<Diagnostic>& diagnostics) {
  Indicator indicator;
  indicator.name = name;
  for (size_t i = 0; i < texts.size() && i < context.values.size(); ++i) {
    if (texts[i].empty()) continue;
    const ValueColumn& column = context.values[i];
    Observation observation = ReadValue(texts[i], column, {line, cells[i]}, context);
    if (!observation.fy) {
      diagnostics.push_back({line, "value_without_year",
                             "no fiscal year for " + column.kind + " " + observation.text});
    }
    if (column.kind == "baseline" && !indicator.baseline) {
      indicator.baseline = std::move(observation);
    } else if (column.kind == "baseline" || column.kind == "target") {
      indicator.targets.push_back(std::move(observation));
    } else {
      indicator.actuals.push_back(std::move(observation));
    }
  }
  // Grids print rates ("回/年") and full scales ("(5点満点)") where other layouts print units.
  SettleUnits(indicator, ObservationsOf(indicator), {.drop_rate = true, .scale_in_name = true}, line,
              diagnostics);
  return indicator;
}

// The indicator named in cells[at] with its values in the `value_count` cells after it.
Indicator SpreadIndicator(const std::vector<std::string>& cells, size_t at, size_t value_count,
                          int line, const BlockContext& context,
                          std::vector<Diagnostic>& diagnostics) {
  const std::vector<std::string> texts(cells.begin() + at + 1,
                                       cells.begin() + at + 1 + value_count);
  std::vector<int> places;
  for (size_t i = 0; i < value_count; ++i) places.push_back(static_cast<int>(at + 1 + i));
  return MakeIndicator(cells[at], texts, places, line, context, diagnostics);
}

struct PackedIndicator {
  std::string name;
  std::vector<std::string> values;
};

bool TailLooksLikeValues(const std::vector<std::string>& groups, size_t end, size_t count) {
  if (end < count + 1) return false;
  for (size_t i = end - count; i < end; ++i) {
    if (!LooksLikeValue(groups[i])) return false;
  }
  return true;
}

// Splits packed cell text into indicators of `count` values each, from the right: a name
// runs leftwards until what precedes it ends another indicator's numeric values.
std::vector<PackedIndicator> SplitPacked(const std::string& text, size_t count) {
  const std::vector<std::string> groups = ValueGroups(text);
  std::vector<PackedIndicator> packed;
  size_t end = groups.size();
  while (end > 0) {
    if (!TailLooksLikeValues(groups, end, count)) return {};
    const size_t name_end = end - count;
    size_t name_begin = name_end - 1;
    while (name_begin > 0 && !(LooksNumeric(groups[name_begin - 1]) &&
                               TailLooksLikeValues(groups, name_begin, count))) {
      --name_begin;
    }
    PackedIndicator indicator;
    for (size_t i = name_begin; i < name_end; ++i) {
      indicator.name += (indicator.name.empty() ? "" : " ") + groups[i];
    }
    indicator.values.assign(groups.begin() + name_end, groups.begin() + end);
    packed.insert(packed.begin(), std::move(indicator));
    end = name_begin;
  }
  return packed;
}

// A cell of the spread form holds one value: too few groups to be a packed indicator.
bool IsSingleValueCell(const std::string& text, size_t count) {
  return text.empty() || ValueGroups(text).size() <= count;
}

}  // namespace

std::vector<std::string> ValueGroups(const std::string& text) {
  std::vector<std::string> groups;
  size_t start = 0;
  while (start < text.size()) {
    size_t space = text.find(' ', start);
    if (space == std::string::npos) space = text.size();
    const std::string token = text.substr(start, space - start);
    start = space + 1;
    if (token.empty()) continue;
    if (!groups.empty() && (StartsWithBracket(token) || BracketDepth(groups.back()) > 0)) {
      groups.back() += " " + token;
    } else {
      groups.push_back(token);
    }
  }
  return groups;
}

bool LooksLikeValue(const std::string& group) {
  if (LooksNumeric(group)) return true;
  const size_t bracket = group.find('(');
  return CharCount(group.substr(0, bracket)) <= kMaxWordValueChars;
}

std::vector<Indicator> ReadIndicatorBlock(const GridRow& row, size_t begin, size_t end,
                                          const BlockContext& context,
                                          std::vector<Diagnostic>& diagnostics) {
  std::vector<Indicator> indicators;
  const size_t count = context.values.size();
  if (count == 0) return indicators;
  end = std::min(end, row.cells.size());
  std::vector<std::string> cells(end);
  for (size_t i = begin; i < end; ++i) cells[i] = Cell(row, i);
  size_t at = begin;
  while (at < end) {
    if (cells[at].empty()) {
      ++at;
      continue;
    }
    // Spread form: a name, then one cell per value column.
    size_t spread = 0;
    while (spread < count && at + 1 + spread < end &&
           IsSingleValueCell(cells[at + 1 + spread], count)) {
      ++spread;
    }
    const bool name_cell = !LooksNumeric(cells[at]);
    if (name_cell && spread == count) {
      indicators.push_back(SpreadIndicator(cells, at, count, row.line, context, diagnostics));
      at += count + 1;
      continue;
    }
    // Packed form: "name base target actual" in one cell, maybe several indicators.
    if (auto packed = SplitPacked(cells[at], count); !packed.empty()) {
      const std::vector<int> places(count, static_cast<int>(at));
      for (const PackedIndicator& one : packed) {
        indicators.push_back(
            MakeIndicator(one.name, one.values, places, row.line, context, diagnostics));
      }
      ++at;
      continue;
    }
    // A short row: a name and fewer value cells than columns before the block ends.
    if (name_cell && spread > 0 && at + 1 + spread == end) {
      diagnostics.push_back({row.line, "short_indicator_row",
                             "indicator " + cells[at] + " prints fewer values than value columns"});
      indicators.push_back(SpreadIndicator(cells, at, spread, row.line, context, diagnostics));
      at = end;
      continue;
    }
    diagnostics.push_back({row.line, "unaligned_cell",
                           "cell " + std::to_string(at) +
                               " is neither an indicator nor a value: " + Excerpt(cells[at])});
    ++at;
  }
  return indicators;
}

}  // namespace keikaku::layouts::progress
