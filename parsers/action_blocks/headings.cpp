#include "action_blocks/headings.h"

#include <re2/re2.h>

#include "keikaku/normalize/text.h"

namespace keikaku::layouts::action_blocks {
namespace {

constexpr size_t kMaxHeadingCodePoints = 60;
constexpr size_t kMaxRawBytes = 400;
constexpr size_t kMaxNumberBytes = 16;  // "(12)", "第3章", "①"

bool IsChapterStyle(const std::string& style) {
  static const RE2 kChapter("第9[章編部]");
  return RE2::FullMatch(style, kChapter);
}

// 《市役所力の向上》 and its variants name a viewpoint without numbering.
std::optional<HeadingLine> BracketHeading(const std::string& text) {
  static const RE2 kBracketed("^(?:《|≪|〈〈)\\s*(.+?)\\s*(?:》|≫|〉〉)$");
  std::string title;
  if (!RE2::FullMatch(text, kBracketed, &title)) return std::nullopt;
  return HeadingLine{"《》", title, false};
}

// The first code point of `raw`, or 0.
char32_t FirstCodePoint(std::string_view raw) {
  while (!raw.empty() && raw.front() == ' ') raw.remove_prefix(1);
  if (raw.empty()) return 0;
  const auto byte = [&](size_t i) { return static_cast<char32_t>(static_cast<unsigned char>(raw[i])); };
  if (byte(0) < 0x80) return byte(0);
  if ((byte(0) & 0xE0) == 0xC0 && raw.size() >= 2) return ((byte(0) & 0x1F) << 6) | (byte(1) & 0x3F);
  if ((byte(0) & 0xF0) == 0xE0 && raw.size() >= 3) {
    return ((byte(0) & 0x0F) << 12) | ((byte(1) & 0x3F) << 6) | (byte(2) & 0x3F);
  }
  return 0;
}

// Every row is asked whether it is a heading, so rows that cannot start with numbering
// (digits, brackets, circled or Roman numerals, 第, 《) are turned away before any parsing.
bool MayStartHeading(std::string_view raw) {
  const char32_t c = FirstCodePoint(raw);
  return (c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９') || c == U'(' || c == U'（' || c == U'《' ||
         c == U'≪' || c == U'〈' || c == U'第' || (c >= U'①' && c <= U'⑳') || (c >= U'Ⅰ' && c <= U'Ⅻ') ||
         (c >= U'㉑' && c <= U'㉟') || (c >= U'㊱' && c <= U'㊿');
}

}  // namespace

std::optional<HeadingLine> ReadHeading(const Row& row) {
  if (row.first_filled != 0 || row.filled_count > 2) return std::nullopt;
  if (!MayStartHeading(row.raw->cells[0])) return std::nullopt;
  // "①⇥気持ちの良い窓口づくり": the numbering alone in the first cell, the title in the next.
  const bool split = row.filled_count == 2;
  if (split && (row.Cell(1).empty() || row.raw->cells[0].size() > kMaxNumberBytes)) return std::nullopt;
  const std::string text = split ? row.cells[0] + " " + row.cells[1] : row.cells[0];
  const std::string raw = split ? row.raw->cells[0] + " " + row.raw->cells[1] : row.raw->cells[0];
  if (raw.size() > kMaxRawBytes || CodePoints(text) > kMaxHeadingCodePoints) return std::nullopt;
  if (text.ends_with("。")) return std::nullopt;
  if (auto bracketed = BracketHeading(text)) return bracketed;
  const normalize::Heading heading = normalize::SplitHeading(raw);
  if (heading.number.empty() || heading.title.empty()) return std::nullopt;
  HeadingLine line{normalize::NumberingStyle(heading.number), heading.title, false};
  line.chapter = IsChapterStyle(line.style);
  // A bare number ("1 市民が…") must be followed by a space, or "28年度" would be a heading.
  const bool bare_number = line.style.find_first_not_of("0-.") == std::string::npos;
  if (bare_number && !(text.size() > heading.number.size() && text[heading.number.size()] == ' ')) {
    return std::nullopt;
  }
  return line;
}

void HeadingPath::Add(const HeadingLine& heading) {
  if (heading.chapter) {
    levels_.clear();
    return;
  }
  for (size_t i = 0; i < levels_.size(); ++i) {
    if (levels_[i].style == heading.style) {
      levels_.resize(i);
      break;
    }
  }
  levels_.push_back(heading);
}

std::vector<std::string> HeadingPath::Titles() const {
  std::vector<std::string> titles;
  titles.reserve(levels_.size());
  for (const HeadingLine& level : levels_) titles.push_back(level.title);
  return titles;
}

}  // namespace keikaku::layouts::action_blocks
