#include "implementation_sheets/quantities.h"

#include <array>

#include "keikaku/normalize/number.h"
#include "keikaku/normalize/text.h"

namespace keikaku::layouts::sheets {
namespace {

constexpr size_t kMaxUnitChars = 3;
constexpr std::array<std::string_view, 5> kComparatorWords = {"以上", "以下", "以内", "未満", "超"};
constexpr std::array<std::string_view, 4> kEraNames = {"令和", "平成", "昭和", "大正"};
constexpr std::array<std::string_view, 10> kNameEdgeMarks = {"・", "･", "●", "○", "◆", "◇",
                                                             "■", "□", "※", "-"};

struct Figure {
  size_t begin = 0;     // first byte, sign included
  size_t digits = 0;    // first digit
  size_t end = 0;       // one past the last digit
  bool bracketed = false;
};

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Length of the UTF-8 character starting at `pos`.
size_t CharLength(std::string_view s, size_t pos) {
  const auto lead = static_cast<unsigned char>(s[pos]);
  const size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  return std::min(length, s.size() - pos);
}

char32_t CodePoint(std::string_view s, size_t pos) {
  const size_t length = CharLength(s, pos);
  const auto b = [&](size_t i) { return static_cast<unsigned char>(s[pos + i]); };
  if (length == 1) return b(0);
  if (length == 2) return ((b(0) & 0x1F) << 6) | (b(1) & 0x3F);
  if (length == 3) return ((b(0) & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F);
  return ((b(0) & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F);
}

bool IsOpenBracket(std::string_view s, size_t pos) {
  return s[pos] == '(' || s.substr(pos).starts_with("【") || s.substr(pos).starts_with("〔");
}
bool IsCloseBracket(std::string_view s, size_t pos) {
  return s[pos] == ')' || s.substr(pos).starts_with("】") || s.substr(pos).starts_with("〕");
}

// Every run of digits (with thousands commas and one decimal point) in `s`.
std::vector<Figure> FindFigures(std::string_view s) {
  std::vector<Figure> figures;
  int depth = 0;
  for (size_t i = 0; i < s.size();) {
    if (IsOpenBracket(s, i)) ++depth;
    if (IsCloseBracket(s, i) && depth > 0) --depth;
    if (!IsDigit(s[i])) {
      i += CharLength(s, i);
      continue;
    }
    Figure figure{i, i, i, depth > 0};
    bool decimal = false;
    size_t j = i;
    while (j < s.size() && (IsDigit(s[j]) || ((s[j] == ',' || (s[j] == '.' && !decimal)) &&
                                              j + 1 < s.size() && IsDigit(s[j + 1])))) {
      decimal = decimal || s[j] == '.';
      ++j;
    }
    figure.end = j;
    if (i >= 3 && (s.substr(i - 3, 3) == "▲" || s.substr(i - 3, 3) == "△")) figure.begin = i - 3;
    if (i >= 1 && s[i - 1] == '-' && (i == 1 || !IsAsciiAlpha(s[i - 2]))) figure.begin = i - 1;
    figures.push_back(figure);
    i = j;
  }
  return figures;
}

bool PrecededByEra(std::string_view s, size_t pos) {
  for (std::string_view era : kEraNames) {
    if (s.substr(0, pos).ends_with(era)) return true;
  }
  if (pos >= 1 && (s[pos - 1] == 'R' || s[pos - 1] == 'H' || s[pos - 1] == 'S')) {
    return pos == 1 || !IsAsciiAlpha(s[pos - 2]);
  }
  return s.substr(0, pos).ends_with("第");
}

// A figure that is part of a date or a year rather than a quantity.
bool IsDatePart(std::string_view s, const Figure& figure, const Figure* previous) {
  const std::string_view after = s.substr(figure.end);
  if (PrecededByEra(s, figure.digits) || after.starts_with("年度")) return true;
  if (after.starts_with("年") && after.size() > 3 && IsDigit(after[3])) return true;  // 2年6月
  return previous && after.starts_with("月") && figure.begin == previous->end + 3 &&
         s.substr(previous->end).starts_with("年");
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

// Drops bullets and spaces around a part and a name's trailing ":" / 約.
std::string_view StripMarks(std::string_view s, bool is_name) {
  for (bool changed = true; changed;) {
    changed = false;
    s = Trim(s);
    for (std::string_view mark : kNameEdgeMarks) {
      if (s.starts_with(mark)) s.remove_prefix(mark.size()), changed = true;
    }
    if (!is_name) continue;
    for (std::string_view mark : {":", "、", "約", "="}) {
      if (s.ends_with(mark)) s.remove_suffix(mark.size()), changed = true;
    }
  }
  return s;
}

// The unit printed right after a figure: up to three letters, kanji or katakana ("件",
// "団体", "%"); a space, digit, bracket, punctuation or hiragana ends it.
std::string ReadUnit(std::string_view s, size_t pos) {
  const size_t begin = pos;
  size_t chars = 0;
  while (pos < s.size() && chars <= kMaxUnitChars) {
    const char32_t c = CodePoint(s, pos);
    const bool stop = c < 0x80 ? !(c == '%' || IsAsciiAlpha(static_cast<char>(c)))
                               : (c >= 0x3000 && c < 0x30A0) || IsOpenBracket(s, pos) ||
                                     IsCloseBracket(s, pos) || (c >= 0xFF00 && c < 0xFF66);
    bool comparator = false;
    for (std::string_view word : kComparatorWords) comparator |= s.substr(pos).starts_with(word);
    if (stop || comparator) break;
    pos += CharLength(s, pos);
    ++chars;
  }
  if (chars > kMaxUnitChars) return std::string(s.substr(begin, CharLength(s, begin)));
  return std::string(s.substr(begin, pos - begin));
}

// Where a quantity ends: after its unit, a comparator word and one bracket group.
size_t QuantityEnd(std::string_view s, size_t pos, std::optional<int>& fy, normalize::Era era) {
  for (std::string_view word : kComparatorWords) {
    if (s.substr(pos).starts_with(word)) pos += word.size();
  }
  size_t look = pos;
  while (look < s.size() && s[look] == ' ') ++look;
  if (look < s.size() && IsOpenBracket(s, look)) {
    size_t close = look + CharLength(s, look);
    while (close < s.size() && !IsCloseBracket(s, close)) close += CharLength(s, close);
    if (close < s.size()) close += CharLength(s, close);
    const auto date = normalize::FindDate(s.substr(look, close - look), era);
    if (date && date->error.empty() && date->fy) fy = date->fy;
    pos = close;
  }
  return pos;
}

}  // namespace

std::vector<QuantityPart> SplitQuantities(std::string_view text, normalize::Era era) {
  std::vector<Figure> figures;
  const Figure* previous = nullptr;
  std::vector<Figure> all = FindFigures(text);
  for (const Figure& figure : all) {
    if (!figure.bracketed && !IsDatePart(text, figure, previous)) figures.push_back(figure);
    previous = &figure;
  }
  std::vector<QuantityPart> parts;
  size_t name_begin = 0;
  for (size_t k = 0; k < figures.size(); ++k) {
    const Figure& figure = figures[k];
    if (figure.begin < name_begin) continue;  // inside the previous quantity's bracket
    QuantityPart part;
    part.name = normalize::RemoveSpaces(
        StripMarks(text.substr(name_begin, figure.begin - name_begin), true));
    part.figure = std::string(text.substr(figure.digits, figure.end - figure.digits));
    part.unit = ReadUnit(text, figure.end);
    const size_t end = QuantityEnd(text, figure.end + part.unit.size(), part.fy, era);
    const normalize::Quantity quantity = normalize::ParseNumber(text.substr(figure.begin, end - figure.begin));
    part.value = quantity.value;
    part.comparator = std::string(normalize::ComparatorSymbol(quantity.comparator));
    const size_t text_end = k + 1 == figures.size() ? text.size() : end;
    part.text = std::string(StripMarks(text.substr(name_begin, text_end - name_begin), false));
    parts.push_back(std::move(part));
    name_begin = end;
  }
  return parts;
}

std::optional<QuantityPart> FindFigureInUnit(std::string_view text, std::string_view unit) {
  if (unit.empty()) return std::nullopt;
  std::optional<QuantityPart> found;
  for (const Figure& figure : FindFigures(text)) {
    if (figure.bracketed || !text.substr(figure.end).starts_with(unit)) continue;
    if (found) return std::nullopt;
    QuantityPart part;
    part.figure = std::string(text.substr(figure.digits, figure.end - figure.digits));
    part.unit = std::string(unit);
    const normalize::Quantity quantity =
        normalize::ParseNumber(text.substr(figure.begin, figure.end + unit.size() - figure.begin));
    part.value = quantity.value;
    part.comparator = std::string(normalize::ComparatorSymbol(quantity.comparator));
    part.text = std::string(text);
    found = std::move(part);
  }
  return found;
}

std::optional<int> StatedYear(std::string_view narrative, std::string_view figure,
                              normalize::Era era) {
  size_t digit_count = 0;
  for (char c : figure) digit_count += IsDigit(c) ? 1 : 0;
  if (digit_count < 2) return std::nullopt;
  for (size_t at = narrative.find(figure); at != std::string_view::npos;
       at = narrative.find(figure, at + 1)) {
    const size_t end = at + figure.size();
    const bool bounded_before = at == 0 || !(IsDigit(narrative[at - 1]) || narrative[at - 1] == '.' ||
                                             narrative[at - 1] == ',');
    const bool bounded_after = end >= narrative.size() || !(IsDigit(narrative[end]) ||
                               ((narrative[end] == '.' || narrative[end] == ',') &&
                                end + 1 < narrative.size() && IsDigit(narrative[end + 1])));
    if (!bounded_before || !bounded_after) continue;
    const size_t sentence = narrative.rfind("。", at);
    std::string_view prefix = narrative.substr(0, at);
    if (sentence != std::string_view::npos) prefix.remove_prefix(sentence + 3);
    std::optional<int> last;
    size_t consumed_end = 0;
    while (!prefix.empty()) {
      auto date = normalize::FindDate(prefix, era, nullptr, &consumed_end);
      if (!date || consumed_end == 0) break;
      if (date->error.empty() && date->fy && *date->fy >= 1900) last = date->fy;
      prefix.remove_prefix(std::min(consumed_end, prefix.size()));
    }
    if (last) return last;
  }
  return std::nullopt;
}

}  // namespace keikaku::layouts::sheets
