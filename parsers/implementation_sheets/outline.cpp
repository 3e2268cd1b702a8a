#include "implementation_sheets/outline.h"

#include <algorithm>
#include <map>

#include "common/cells.h"
#include "common/labels.h"
#include "keikaku/normalize/date.h"
#include "keikaku/normalize/text.h"

namespace keikaku::layouts::sheets {
namespace {

constexpr size_t kMaxHeadingBytes = 300;
constexpr size_t kMaxTitleLines = 3;  // a cover title is printed on a line or three

bool IsAsciiDigits(std::string_view text) {
  return !text.empty() &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Enclosed numbers (①, ⑴, ❶ …) are kept as printed by SplitHeading.
bool IsEnclosedNumber(std::string_view number) {
  if (number.size() != 3) return false;
  const auto b = [&](size_t i) { return static_cast<unsigned char>(number[i]); };
  const char32_t c = ((b(0) & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F);
  return (c >= 0x2460 && c <= 0x24FF) || (c >= 0x2776 && c <= 0x2793) ||
         (c >= 0x3251 && c <= 0x325F) || (c >= 0x32B1 && c <= 0x32BF);
}

// Cheap test before SplitHeading: numbering starts with a digit, a bracket, an enclosed or
// Roman numeral, a katakana letter, a kanji numeral, 第 or 【 (any width).
bool MayOpenNumbering(std::string_view cell) {
  static constexpr std::string_view kOpeners[] = {"(", "（", "第", "【", "〔", "一", "二", "三", "四",
                                                  "五", "六", "七", "八", "九", "十"};
  while (!cell.empty() && (cell.front() == ' ' || cell.front() == '\t')) cell.remove_prefix(1);
  while (cell.starts_with("\u3000")) cell.remove_prefix(3);
  if (cell.empty()) return false;
  if (cell.front() >= '0' && cell.front() <= '9') return true;
  for (std::string_view opener : kOpeners) {
    if (cell.starts_with(opener)) return true;
  }
  if (cell.size() < 3) return false;
  const std::string_view c = cell.substr(0, 3);
  return (c >= "０" && c <= "９") || IsEnclosedNumber(c) || (c >= "Ⅰ" && c <= "ⅿ") ||
         (c >= "ァ" && c <= "ヶ");
}

// A cell beside a heading may hold nothing or a 目次 page number.
bool IsBlankOrPageNumber(const std::string& cell) {
  const size_t first = cell.find_first_not_of(" \t\r");
  if (first == std::string::npos) return true;
  const std::string text = normalize::CollapseSpaces(cell);
  if (text.empty()) return true;
  const std::string folded = text.size() <= 12 ? normalize::NormalizeText(text) : text;
  return IsAsciiDigits(folded);
}

// The filled cells of `row` joined by one space, normalised.
std::string RowText(const GridRow& row) {
  std::string joined;
  for (const std::string& cell : row.cells) {
    std::string text = normalize::NormalizeText(cell);
    if (text.empty()) continue;
    if (!joined.empty()) joined += ' ';
    joined += text;
  }
  return joined;
}

bool SameHeading(const Heading& a, const Heading& b) {
  return a.style == b.style && a.number == b.number;
}

bool HasRevisionMark(std::string_view text) {
  static const std::vector<std::string> marks = LabelsOf("revision_mark");
  return std::any_of(marks.begin(), marks.end(),
                     [&](const std::string& mark) { return text.find(mark) != std::string::npos; });
}

// Reads a plan period such as "令和2年度～令和6年度" into `plan`; false when `line` is none.
bool ReadPeriod(std::string_view line, Plan& plan) {
  const auto date = normalize::ParseDate(line);
  if (date && date->error.empty() && date->kind == normalize::DateKind::kRange && date->start.year &&
      date->fy) {
    plan.start_fy = date->start.year;
    plan.end_fy = date->fy;
    return true;
  }
  return false;
}

std::string FormatMonth(const normalize::DateValue& date) {
  return normalize::FormatDatePoint(date.start);
}

}  // namespace

std::string CloseLetterSpacing(std::string_view normalized) {
  if (normalized.find(' ') == std::string_view::npos) return std::string(normalized);
  size_t start = 0;
  while (start <= normalized.size()) {
    size_t end = normalized.find(' ', start);
    if (end == std::string_view::npos) end = normalized.size();
    const std::string_view word = normalized.substr(start, end - start);
    // One UTF-8 character: a lead byte followed only by continuation bytes.
    const bool single = !word.empty() && std::count_if(word.begin(), word.end(), [](char c) {
                                           return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
                                         }) == 1;
    if (!single) return std::string(normalized);
    start = end + 1;
  }
  return normalize::RemoveSpaces(normalized);
}

std::optional<Heading> ReadHeading(const LabelledGrid& grid, size_t row_index) {
  const GridRow& row = grid.rows[row_index];
  const std::string& first = row.cells[0];
  if (first.size() > kMaxHeadingBytes || !MayOpenNumbering(first)) return std::nullopt;
  for (size_t i = 1; i < row.cells.size(); ++i) {  // a 目次 line may carry its page number
    if (!IsBlankOrPageNumber(row.cells[i])) return std::nullopt;
  }
  if (!grid.Kind(row_index, 0).empty()) return std::nullopt;
  normalize::Heading split = normalize::SplitHeading(first);
  if (split.number.empty() || split.title.empty()) return std::nullopt;
  std::string style = normalize::NumberingStyle(split.number);
  return Heading{std::move(style), std::move(split.number), std::move(split.title), row_index};
}

Outline ReadOutline(const LabelledGrid& grid) {
  Outline outline;
  for (size_t i = 0; i < grid.rows.size(); ++i) {
    const GridRow& row = grid.rows[i];
    if (grid.Kind(i, 0) == "toc" && FirstFilledCell(row) == 0) {
      outline.toc_row = i;
      break;
    }
  }
  bool in_toc = outline.toc_row.has_value();
  for (size_t i = outline.toc_row ? *outline.toc_row + 1 : 0; i < grid.rows.size(); ++i) {
    auto heading = ReadHeading(grid, i);
    if (!heading) continue;
    if (in_toc && !outline.toc.empty() && SameHeading(*heading, outline.toc.front())) in_toc = false;
    (in_toc ? outline.toc : outline.body).push_back(std::move(*heading));
  }
  return outline;
}

std::string SheetStyle(const LabelledGrid& grid, const std::vector<Heading>& body) {
  constexpr size_t kRowsBelowTitle = 5;  // the 担当課 row sits right under a sheet's title
  std::map<std::string, int> votes;
  for (size_t j = 0; j < body.size(); ++j) {
    const size_t end = j + 1 < body.size() ? body[j + 1].row : grid.rows.size();
    size_t seen = 0;
    for (size_t r = body[j].row + 1; r < end && seen < kRowsBelowTitle; ++r) {
      const GridRow& row = grid.rows[r];
      if (IsBlankRow(row)) continue;
      ++seen;
      if (grid.RowHas(r, "department")) {
        ++votes[body[j].style];
        break;
      }
    }
  }
  if (votes.empty()) {
    // No sheet prints a 担当課 where expected: take the most frequent numbering instead.
    for (const Heading& heading : body) ++votes[heading.style];
  }
  std::string best;
  int most = 0;
  for (const auto& [style, count] : votes) {
    if (count > most) best = style, most = count;
  }
  return best;
}

std::vector<std::string> EnclosingStyles(const LabelledGrid& grid, const std::vector<Heading>& body,
                                         const std::string& sheet_style) {
  std::map<std::string, int> counts;
  for (const Heading& heading : body) ++counts[heading.style];
  // Headings stacked right above a sheet's title, with only blank rows between, enclose it.
  for (size_t j = 1; j < body.size(); ++j) {
    if (body[j].style != sheet_style) continue;
    for (size_t k = j; k-- > 0 && body[k].style != sheet_style;) {
      bool blank_between = true;
      for (size_t r = body[k].row + 1; r < body[k + 1].row && blank_between; ++r) {
        blank_between = IsBlankRow(grid.rows[r]);
      }
      if (!blank_between) break;
      counts[body[k].style] += 2;
    }
  }
  std::vector<std::string> styles;
  for (const Heading& heading : body) {
    if (heading.style == sheet_style || counts[heading.style] < 2) continue;
    if (std::find(styles.begin(), styles.end(), heading.style) == styles.end()) styles.push_back(heading.style);
  }
  return styles;
}

Plan ReadCover(const Grid& grid, size_t end_row, normalize::Era* era) {
  Plan plan;
  plan.kind = "implementation_plan";
  std::vector<std::string> title_lines;
  bool title_done = false;
  for (size_t i = 0; i < end_row && i < grid.rows.size(); ++i) {
    const std::string line = RowText(grid.rows[i]);
    if (line.empty()) continue;
    if (!plan.start_fy && ReadPeriod(line, plan)) {
      *era = normalize::EraPrinted(line);
      title_done = true;
      continue;
    }
    const auto date = normalize::FindDate(line);
    const bool month_line = date && date->error.empty() && date->start.month &&
                            (date->kind == normalize::DateKind::kMonth ||
                             date->kind == normalize::DateKind::kDate);
    if (month_line) {
      if (HasRevisionMark(line)) {
        plan.revised = FormatMonth(*date);
      } else if (!plan.published) {
        plan.published = FormatMonth(*date);
      }
      title_done = true;
      continue;
    }
    if (!title_done && title_lines.size() < kMaxTitleLines) title_lines.push_back(CloseLetterSpacing(line));
  }
  for (const std::string& line : title_lines) {
    if (!plan.title.empty()) plan.title += ' ';
    plan.title += line;
  }
  return plan;
}

}  // namespace keikaku::layouts::sheets
