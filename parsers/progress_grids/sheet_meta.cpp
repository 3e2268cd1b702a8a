#include "progress_grids/sheet_meta.h"

#include <re2/re2.h>

#include <algorithm>

#include "keikaku/normalize/text.h"
#include "progress_grids/normalized_rows.h"

namespace keikaku::layouts::progress {
namespace {

// Every filled cell of `row` joined by one space.
std::string RowText(const GridRow& row) {
  std::string text;
  for (const std::string& cell : row.cells) {
    if (!cell.empty()) text += (text.empty() ? "" : " ") + cell;
  }
  return text;
}

std::vector<std::string> Tokens(const std::string& text) {
  std::vector<std::string> tokens;
  size_t start = 0;
  while (start < text.size()) {
    size_t space = text.find(' ', start);
    if (space == std::string::npos) space = text.size();
    if (space > start) tokens.push_back(text.substr(start, space - start));
    start = space + 1;
  }
  return tokens;
}

// Period, as-of date and era from the dates printed in the title, left to right.
void ReadTitleDates(const std::string& title, SheetTitle& result) {
  static const RE2 kEraName(R"((明治|大正|昭和|平成|令和))");
  std::string era_name;
  if (RE2::PartialMatch(title, kEraName, &era_name)) result.era = normalize::EraFromName(era_name);
  std::vector<int> fiscal_years;
  size_t pos = 0;
  while (pos < title.size()) {
    size_t begin = 0;
    size_t end = 0;
    const std::string_view rest = std::string_view(title).substr(pos);
    auto date = normalize::FindDate(rest, result.era, &begin, &end);
    if (!date || end == 0) break;
    const std::string_view after = rest.substr(end);
    if (date->error.empty()) {
      if (date->kind == normalize::DateKind::kRange && !result.plan.start_fy) {
        result.plan.start_fy = date->start.year;
        result.plan.end_fy = date->fy;
      } else if (date->kind == normalize::DateKind::kFiscalYear && date->fy) {
        fiscal_years.push_back(*date->fy);
      }
      if (after.starts_with("現在") && date->start.day) {
        result.plan.as_of = normalize::FormatDatePoint(date->start);
      }
    }
    pos += end;
  }
  if (!result.plan.start_fy && fiscal_years.size() >= 2 && fiscal_years[0] < fiscal_years[1]) {
    result.plan.start_fy = fiscal_years[0];
    result.plan.end_fy = fiscal_years[1];
  }
  if (result.era == normalize::Era::kNone && result.plan.start_fy) {
    result.era = normalize::EraOfYear(*result.plan.start_fy);
  }
}

}  // namespace

SheetTitle ReadTitle(const std::vector<GridRow>& rows, size_t end) {
  static const RE2 kPeriodOrDate(R"(年度\s*[~〜～]|[~〜～].*年度|日\s*現在)");
  SheetTitle result;
  result.plan.kind = "progress_report";
  std::string first;
  for (size_t i = 0; i < end && i < rows.size(); ++i) {
    std::string text = RowText(rows[i]);
    if (text.empty()) continue;
    if (first.empty()) first = text;
    if (RE2::PartialMatch(text, kPeriodOrDate)) {
      result.plan.title = std::move(text);
      break;
    }
  }
  if (result.plan.title.empty()) result.plan.title = first;
  ReadTitleDates(result.plan.title, result);
  return result;
}

std::optional<StatusLegend> ReadStatusLegend(const GridRow& row) {
  static const RE2 kCode(R"([A-Z])");
  static const RE2 kNumber(R"([0-9]+.*)");
  static const RE2 kSeparator(R"([:=…])");
  static const RE2 kStartsWithCode(R"(^[A-Z](?:[\s:=…]|$))");
  constexpr size_t kMinCodes = 3;
  const size_t first = FirstFilled(row);
  if (first == row.cells.size() || !RE2::PartialMatch(row.cells[first], kStartsWithCode)) {
    return std::nullopt;
  }
  std::string text = RowText(row);
  RE2::GlobalReplace(&text, kSeparator, " ");
  const std::vector<std::string> tokens = Tokens(text);
  if (tokens.size() < 2 * kMinCodes || tokens.size() % 2 != 0) return std::nullopt;
  StatusLegend legend;
  legend.codes.clear();
  for (size_t i = 0; i < tokens.size(); i += 2) {
    const std::string& word = tokens[i + 1];
    if (!RE2::FullMatch(tokens[i], kCode) || RE2::FullMatch(word, kCode) ||
        RE2::FullMatch(word, kNumber)) {
      return std::nullopt;
    }
    legend.codes.push_back(tokens[i]);
    legend.words.push_back(word);
  }
  return legend;
}

std::string StatusCode(const std::string& cell, const StatusLegend& legend) {
  static const RE2 kLetter(R"([A-E])");
  constexpr size_t kMaxStatusBytes = 40;  // a code or a legend word, never a sentence
  if (cell.empty() || cell.size() > kMaxStatusBytes) return {};
  const std::string text = normalize::RemoveSpaces(cell);
  if (text.empty()) return {};
  for (size_t i = 0; i < legend.codes.size(); ++i) {
    if (text == legend.codes[i] || (i < legend.words.size() && text == legend.words[i])) {
      return legend.codes[i];
    }
  }
  return RE2::FullMatch(text, kLetter) ? text : std::string();
}

std::optional<StatusTally> ReadStatusTally(const GridRow& row, const StatusLegend& legend) {
  static const RE2 kCount(R"(([0-9]{1,4})(?:件|項目)?)");
  static const RE2 kSeparator(R"([:=])");
  std::string text = RowText(row);
  RE2::GlobalReplace(&text, kSeparator, " ");
  const std::vector<std::string> tokens = Tokens(text);
  StatusTally tally;
  tally.line = row.line;
  bool interleaved = false;  // "A 8 B 10 …": codes name the counts
  for (size_t i = 0; i < tokens.size(); ++i) {
    int count = 0;
    const bool next_is_count =
        i + 1 < tokens.size() && RE2::FullMatch(tokens[i + 1], kCount, &count);
    if (next_is_count &&
        std::find(legend.codes.begin(), legend.codes.end(), tokens[i]) != legend.codes.end()) {
      interleaved = true;
    } else if (RE2::FullMatch(tokens[i], kCount, &count)) {
      tally.counts.push_back(count);
    } else if (tally.counts.empty()) {
      tally.label += (tally.label.empty() ? "" : " ") + tokens[i];
    } else {
      return std::nullopt;
    }
  }
  if (tally.counts.size() != legend.codes.size() || (tally.label.empty() && !interleaved)) {
    return std::nullopt;
  }
  return tally;
}

std::optional<Diagnostic> CheckStatusTally(const StatusTally& tally, const StatusLegend& legend,
                                           const std::vector<Measure>& measures) {
  std::string printed;
  std::string counted;
  bool mismatch = false;
  for (size_t i = 0; i < legend.codes.size() && i < tally.counts.size(); ++i) {
    int count = 0;
    for (const Measure& measure : measures) count += measure.status == legend.codes[i];
    mismatch |= count != tally.counts[i];
    printed += " " + legend.codes[i] + " " + std::to_string(tally.counts[i]);
    counted += " " + legend.codes[i] + " " + std::to_string(count);
  }
  if (!mismatch) return std::nullopt;
  return Diagnostic{tally.line, "status_tally_mismatch",
                    tally.label + " prints" + printed + " but the rows give" + counted};
}

}  // namespace keikaku::layouts::progress
