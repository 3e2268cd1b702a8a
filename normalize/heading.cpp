// SplitHeading: leading heading numbering, recognised before NFKC so that ①, ⑴ and Ⅰ
// stay as printed. The title goes through NormalizeText.
#include <optional>

#include "keikaku/normalize/text.h"
#include "keikaku/normalize/timing.h"
#include "lexicons.h"
#include "numeral.h"
#include "utf8.h"

namespace keikaku::normalize {
namespace {

using internal::DecodeUtf8;
using internal::FoldWidth;
using internal::StartsWithAt;

// Enclosed numbers and Roman numerals, which NFKC would turn into plain digits/letters.
bool IsEnclosedNumber(char32_t c) {
  return (c >= 0x2460 && c <= 0x24FF) || (c >= 0x2776 && c <= 0x2793) ||
         (c >= 0x3251 && c <= 0x325F) || (c >= 0x32B1 && c <= 0x32BF) ||
         (c >= 0x2160 && c <= 0x217F);
}

bool IsKanjiNumeral(std::string_view character) {
  if (character == "十") return true;
  for (const internal::KanjiDigit& digit : internal::KanjiDigits()) {
    if (digit.spelling == character) return true;
  }
  return false;
}

bool IsKatakanaLabel(char32_t c) { return c >= 0x30A2 && c <= 0x30F3; }  // ア..ン
bool IsAsciiAlpha(char32_t c) { return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'); }

// Characters that end a numbering: "1." "1、" "1)" "1:".
bool IsTerminator(char32_t c) {
  return c == U'.' || c == U')' || c == U':' || c == 0x3001 /*、*/ || c == 0x3002 /*。*/;
}

char32_t PeekFolded(std::string_view text, size_t pos, size_t* next = nullptr) {
  if (pos >= text.size()) return 0;
  const char32_t c = FoldWidth(DecodeUtf8(text, pos));
  if (next != nullptr) *next = pos;
  return c;
}

// "(1)", "(ア)", "(a)", "(一)": brackets (any width) around a short label.
std::optional<size_t> MatchBracketed(std::string_view text, size_t pos) {
  size_t i = pos;
  if (PeekFolded(text, i, &i) != U'(') return std::nullopt;
  const size_t label_begin = i;
  int chars = 0;
  while (i < text.size() && chars < 4) {
    size_t next = i;
    const char32_t c = PeekFolded(text, i, &next);
    if (c == U')') return chars > 0 ? std::optional<size_t>(next) : std::nullopt;
    const bool label_char = internal::IsAsciiDigit(c) || IsKatakanaLabel(c) || IsAsciiAlpha(c) ||
                            internal::NumeralStartsAt(text, i);
    if (!label_char) return std::nullopt;
    i = next, ++chars;
  }
  (void)label_begin;
  return std::nullopt;
}

// "第1章", "第二節": 第 + numeral + one counter character.
std::optional<size_t> MatchDai(std::string_view text, size_t pos) {
  if (!StartsWithAt(text, pos, "第")) return std::nullopt;
  size_t i = pos + std::string_view("第").size();
  const size_t digits_begin = i;
  while (i < text.size()) {
    size_t next = i;
    const char32_t c = PeekFolded(text, i, &next);
    if (!internal::IsAsciiDigit(c) && !internal::NumeralStartsAt(text, i)) break;
    i = next;
  }
  if (i == digits_begin) return std::nullopt;
  for (std::string_view counter : {"章", "節", "部", "編", "款", "項", "条", "次", "期"}) {
    if (StartsWithAt(text, i, counter)) return i + counter.size();
  }
  return std::nullopt;
}

// "1", "6-1", "1.2.3", "１．", "ア.": digit groups joined by - or ., then a terminator or
// a space. A figure followed by anything else ("2020年度", "1.5%") is not numbering.
std::optional<size_t> MatchDotted(std::string_view text, size_t pos) {
  size_t i = pos;
  size_t next = i;
  char32_t c = PeekFolded(text, i, &next);
  if (IsKatakanaLabel(c)) {
    i = next;
  } else {
    bool any_digit = false;
    while (true) {
      c = PeekFolded(text, i, &next);
      if (internal::IsAsciiDigit(c)) {
        any_digit = true, i = next;
        continue;
      }
      size_t after = next;
      const bool joiner = (c == U'-' || c == U'.' || c == 0x2010 || c == 0x2212) &&
                          internal::IsAsciiDigit(PeekFolded(text, next, &after));
      if (!any_digit || !joiner) break;
      i = next;
    }
    if (!any_digit) return std::nullopt;
  }
  c = PeekFolded(text, i, &next);
  if (IsTerminator(c)) return next;
  if (c == U' ' || internal::IsUnicodeSpace(c)) return i;
  return std::nullopt;
}

// "【施策6-1】": a bracketed label whose content ends in a figure.
std::optional<size_t> MatchLenticular(std::string_view text, size_t pos) {
  if (!StartsWithAt(text, pos, "【")) return std::nullopt;
  const size_t close = text.find("】", pos);
  if (close == std::string_view::npos || close - pos > 40) return std::nullopt;
  const std::string_view inside = text.substr(pos, close - pos);
  const char last = inside.empty() ? 0 : inside.back();
  const bool ends_in_digit = (last >= '0' && last <= '9') ||
                             inside.ends_with("０") || inside.ends_with("１") ||
                             inside.ends_with("２") || inside.ends_with("３") ||
                             inside.ends_with("４") || inside.ends_with("５") ||
                             inside.ends_with("６") || inside.ends_with("７") ||
                             inside.ends_with("８") || inside.ends_with("９");
  if (!ends_in_digit) return std::nullopt;
  return close + std::string_view("】").size();
}

// Enclosed numbers and Roman numerals are kept as printed; the rest goes through NFKC.
std::string NumberAsPrinted(std::string_view number) {
  size_t pos = 0;
  const char32_t first = DecodeUtf8(number, pos);
  if (IsEnclosedNumber(first) && pos == number.size()) return std::string(number);
  return RemoveSpaces(NormalizeText(number));
}

}  // namespace

Heading SplitHeading(std::string_view utf8) {
  const internal::ScopedTiming timing;
  size_t begin = 0;
  while (begin < utf8.size()) {
    size_t next = begin;
    if (!internal::IsUnicodeSpace(DecodeUtf8(utf8, next))) break;
    begin = next;
  }
  std::optional<size_t> end;
  size_t next = begin;
  if (begin < utf8.size() && IsEnclosedNumber(DecodeUtf8(utf8, next))) end = next;
  if (!end) end = MatchBracketed(utf8, begin);
  if (!end) end = MatchDai(utf8, begin);
  if (!end) end = MatchLenticular(utf8, begin);
  if (!end) end = MatchDotted(utf8, begin);
  if (!end) return Heading{"", NormalizeText(utf8)};
  Heading heading;
  heading.number = NumberAsPrinted(utf8.substr(begin, *end - begin));
  // Drop the terminator from the printed number: "1." -> "1", "1、" -> "1".
  while (!heading.number.empty() && (heading.number.back() == '.' || heading.number.back() == ':')) {
    heading.number.pop_back();
  }
  for (std::string_view mark : {"、", "。"}) {
    if (heading.number.ends_with(mark)) heading.number.resize(heading.number.size() - mark.size());
  }
  heading.title = NormalizeText(utf8.substr(*end));
  return heading;
}

std::string NumberingStyle(std::string_view number) {
  std::string style;
  for (size_t pos = 0; pos < number.size();) {
    const size_t start = pos;
    const char32_t c = DecodeUtf8(number, pos);
    std::string_view shape = number.substr(start, pos - start);
    if ((c >= U'0' && c <= U'9') || IsKanjiNumeral(shape)) {
      shape = "9";
    } else if (c >= 0x2160 && c <= 0x217F) {
      shape = "Ⅰ";
    } else if (IsEnclosedNumber(c)) {
      shape = "①";
    } else if (c >= 0x30A1 && c <= 0x30F6) {
      shape = "ア";
    }
    if (shape == "9" && style.ends_with("9")) continue;
    style += shape;
  }
  return style;
}

}  // namespace keikaku::normalize
