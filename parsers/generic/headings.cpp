#include "generic/headings.h"

#include <re2/re2.h>

#include <array>

#include "common/labels.h"
#include "common/markdown.h"
#include "keikaku/normalize/date.h"
#include "keikaku/normalize/number.h"
#include "keikaku/normalize/text.h"

namespace keikaku::layouts {
namespace {

// Words that label a number in a heading ("取組項目-1", "施策6-1", "No.7"). Kept here rather
// than in labels.tsv so they cannot shadow another family's label kinds there.
constexpr std::array<std::string_view, 12> kNumberLabels = {
    "取組項目", "実施項目", "施策",     "政策",     "事務事業", "事業",
    "取組",     "基本目標", "基本方針", "重点項目", "No.",      "No"};

constexpr size_t kMaxHeadingBytes = 180;  // about 60 Japanese characters

const RE2& LabelledNumber() {
  static const RE2* const pattern = [] {
    std::string alternatives;
    for (std::string_view label : kNumberLabels) {
      if (!alternatives.empty()) alternatives += '|';
      alternatives += RE2::QuoteMeta(label);
    }
    return new RE2("【?(" + alternatives +
                   R"()\s*[-‐－]?\s*(\d+(?:[-‐－]\d+)*)\s*[:】]?\s*】?\s*(.*?)\s*】?)");
  }();
  return *pattern;
}

// The shape of a numbering with its label word: "施策6-1" ~ "施策9-9", "(3)" ~ "(1)".
std::string StyleOf(std::string_view label, std::string_view number) {
  return std::string(label) + normalize::NumberingStyle(number);
}

// "第1章" -> "1"; "1." -> "1"; others as printed.
std::string RefOf(const std::string& number, std::string* label) {
  static const RE2 dai(R"(第(.+)([章節部編款項]))");
  std::string inner, counter;
  if (RE2::FullMatch(number, dai, &inner, &counter)) {
    *label = counter;
    return inner;
  }
  std::string ref = number;
  while (!ref.empty() && (ref.back() == '.' || ref.back() == ' ')) ref.pop_back();
  return ref;
}

// "第1章", "第2節" number an outline; "第2次", "第3回" name an edition or a meeting.
bool IsOutlineCounter(const std::string& number) {
  static const RE2 dai(R"(第.+[章節部編款項])");
  return RE2::FullMatch(number, dai);
}

// A quantity or date rather than a heading: "28年度", "3件", "2020年".
bool IsQuantity(std::string_view text, std::string_view title) {
  const normalize::Quantity quantity = normalize::ParseNumber(text);
  if (quantity.value && !quantity.unit.empty() &&
      title.substr(0, quantity.unit.size()) == quantity.unit) {
    return true;
  }
  // "1 以上": a value with its comparator word, as a cell spanning year columns prints it.
  if (quantity.value && quantity.comparator != normalize::Comparator::kNone && title.size() <= 9) {
    return true;
  }
  for (std::string_view start : {"年", "月", "日", "%", ".", ",", "%"}) {
    if (title.substr(0, start.size()) == start) return true;
  }
  return false;
}

std::vector<size_t> FilledCells(const GridRow& row) {
  std::vector<size_t> filled;
  for (size_t i = 0; i < row.cells.size(); ++i) {
    if (!normalize::IsBlank(row.cells[i])) filled.push_back(i);
  }
  return filled;
}

}  // namespace

std::optional<NumberedHeading> ReadNumberedHeading(const GridRow& row) {
  if (row.kind == RowKind::kMarkdownTable) return std::nullopt;
  const std::vector<size_t> filled = FilledCells(row);
  if (filled.empty() || filled.size() > 2) return std::nullopt;
  if (row.cells[filled.front()].size() > 2 * kMaxHeadingBytes) return std::nullopt;
  const std::string first_cell = normalize::NormalizeText(row.cells[filled.front()]);
  const std::string second_cell =
      filled.size() == 2 ? normalize::NormalizeText(StripMarkup(row.cells[filled[1]])) : "";
  if (filled.size() == 2 && second_cell.find_first_not_of("0123456789") == std::string::npos) {
    return std::nullopt;  // a table-of-contents row: title <TAB> page
  }
  GridRow first_only{row.line, RowKind::kText, {row.cells[filled.front()]}};
  const MarkdownLine line = ReadMarkdownLine(first_only);
  if (line.bullet || line.body.size() > kMaxHeadingBytes) return std::nullopt;
  NumberedHeading heading;
  const normalize::Heading split = normalize::SplitHeading(line.body);
  std::string label_word, number, rest;
  if (!split.number.empty()) {
    if (split.number.rfind("第", 0) == 0 && !IsOutlineCounter(split.number)) return std::nullopt;
    heading.number = RefOf(split.number, &heading.label);
    heading.style = StyleOf("", split.number);
    heading.title = split.title;
  } else if (RE2::FullMatch(normalize::NormalizeText(line.body), LabelledNumber(), &label_word,
                            &number, &rest)) {
    heading.number = number;
    heading.label = label_word;
    heading.style = StyleOf(label_word, number);
    heading.title = normalize::CollapseSpaces(rest);
  } else {
    return std::nullopt;
  }
  if (heading.title.empty()) heading.title = second_cell;
  heading.title = RemoveWrapSpaces(heading.title);
  if (heading.title.empty() || heading.title.size() > kMaxHeadingBytes) return std::nullopt;
  if (heading.title.size() >= 3 && heading.title.compare(heading.title.size() - 3, 3, "。") == 0) {
    return std::nullopt;  // a numbered sentence, not a heading
  }
  if (IsQuantity(first_cell, heading.title)) return std::nullopt;
  return heading;
}

bool HeadingOutline::IsOpen(const NumberedHeading& heading) const {
  for (const auto& [style, title] : open_) {
    if (style == heading.style && title == heading.title) return true;
  }
  return false;
}

std::vector<std::string> HeadingOutline::Enter(const NumberedHeading& heading) {
  for (size_t i = 0; i < open_.size(); ++i) {
    if (open_[i].first == heading.style) {
      open_.resize(i);
      break;
    }
  }
  std::vector<std::string> path;
  path.reserve(open_.size());
  for (const auto& level : open_) path.push_back(level.second);
  open_.emplace_back(heading.style, heading.title);
  return path;
}

std::optional<NumberedHeading> ReadMarkdownTitle(const GridRow& row) {
  constexpr size_t kMaxTitleBytes = 240;
  if (row.cells.size() != 1) return std::nullopt;
  const std::string& raw = row.cells.front();
  if (!raw.starts_with("# ") || raw.size() > kMaxTitleBytes) return std::nullopt;
  std::string title = RemoveWrapSpaces(normalize::NormalizeText(raw.substr(2)));
  if (title.empty() || !LabelKind(title).empty()) return std::nullopt;
  return NumberedHeading{"", "", "#", std::move(title)};
}

}  // namespace keikaku::layouts
