// Numeral reading: a token stream (Arabic number, kanji digit, small power 十百千, large
// power 万億兆) evaluated the way Japanese is read: 千二百万 = (1000 + 200) * 10^4.
#include "numeral.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string>
#include <vector>

#include "lexicons.h"

namespace keikaku::normalize::internal {
namespace {

enum class TokenKind { kArabic, kKanjiDigit, kSmallPower, kLargePower };

struct Token {
  TokenKind kind;
  double value;
  size_t end;
};

bool IsDigitByte(char c) { return c >= '0' && c <= '9'; }

// Reads "1,300", "12.5", "0.0"; commas count only before exactly three digits.
// `digits` receives the number of digits seen (the guard against absurd lengths).
size_t ReadArabic(std::string_view text, size_t pos, std::string& digits_out, int& digits) {
  size_t i = pos;
  while (i < text.size()) {
    if (IsDigitByte(text[i])) {
      digits_out.push_back(text[i++]);
      ++digits;
    } else if (text[i] == ',' && i + 3 < text.size() + 0 && IsDigitByte(text[i + 1]) &&
               IsDigitByte(text[i + 2]) && IsDigitByte(text[i + 3]) &&
               (i + 4 >= text.size() || !IsDigitByte(text[i + 4]))) {
      ++i;
    } else {
      break;
    }
  }
  if (i + 1 < text.size() && text[i] == '.' && IsDigitByte(text[i + 1])) {
    digits_out.push_back(text[i++]);
    while (i < text.size() && IsDigitByte(text[i])) {
      digits_out.push_back(text[i++]);
      ++digits;
    }
  }
  return i;
}

struct KanjiEntry {
  char32_t code_point;
  TokenKind kind;
  double value;
};

char32_t DecodeThreeByte(std::string_view text, size_t pos) {
  return ((static_cast<unsigned char>(text[pos]) & 0x0F) << 12) |
         ((static_cast<unsigned char>(text[pos + 1]) & 0x3F) << 6) |
         (static_cast<unsigned char>(text[pos + 2]) & 0x3F);
}

// The kanji digit and power lexicons as one table sorted by code point (all are
// single three-byte characters), searched by bisection.
const std::vector<KanjiEntry>& KanjiTable() {
  static const std::vector<KanjiEntry> table = [] {
    std::vector<KanjiEntry> entries;
    for (const KanjiDigit& digit : KanjiDigits()) {
      entries.push_back({DecodeThreeByte(digit.spelling, 0), TokenKind::kKanjiDigit,
                         static_cast<double>(digit.value)});
    }
    for (const KanjiPower& power : KanjiPowers()) {
      entries.push_back({DecodeThreeByte(power.spelling, 0),
                         power.is_large ? TokenKind::kLargePower : TokenKind::kSmallPower, power.value});
    }
    std::sort(entries.begin(), entries.end(),
              [](const KanjiEntry& a, const KanjiEntry& b) { return a.code_point < b.code_point; });
    return entries;
  }();
  return table;
}

std::optional<Token> ReadKanjiToken(std::string_view text, size_t pos) {
  // Every kanji numeral is a three-byte sequence from 〇 (E3 80 87) up.
  if (pos + 3 > text.size() || static_cast<unsigned char>(text[pos]) < 0xE3 ||
      static_cast<unsigned char>(text[pos]) > 0xEF) {
    return std::nullopt;
  }
  const char32_t code_point = DecodeThreeByte(text, pos);
  const std::vector<KanjiEntry>& table = KanjiTable();
  const auto found = std::lower_bound(
      table.begin(), table.end(), code_point,
      [](const KanjiEntry& entry, char32_t wanted) { return entry.code_point < wanted; });
  if (found == table.end() || found->code_point != code_point) return std::nullopt;
  return Token{found->kind, found->value, pos + 3};
}

double Evaluate(const std::vector<Token>& tokens, size_t count) {
  double total = 0, group = 0;
  double current = 0;
  bool has_current = false;
  bool previous_was_kanji_digit = false;
  for (size_t i = 0; i < count; ++i) {
    const Token& token = tokens[i];
    switch (token.kind) {
      case TokenKind::kArabic:
        current = token.value;
        has_current = true;
        break;
      case TokenKind::kKanjiDigit:
        // Positional kanji: 一〇〇 = 100, 二八 = 28.
        current = (has_current && previous_was_kanji_digit) ? current * 10 + token.value : token.value;
        has_current = true;
        break;
      case TokenKind::kSmallPower:
        group += (has_current ? current : 1) * token.value;
        has_current = false;
        break;
      case TokenKind::kLargePower:
        group += has_current ? current : 0;
        total += (group == 0 ? 1 : group) * token.value;
        group = 0;
        has_current = false;
        break;
    }
    previous_was_kanji_digit = token.kind == TokenKind::kKanjiDigit;
  }
  return total + group + (has_current ? current : 0);
}

// How many tokens form the figure when trailing multipliers may belong to the unit. A
// simple figure leaves them: "318百万" -> 318 (unit 百万…), "3.5万" -> 3.5, "二十万" -> 20
// (十 after a kanji digit is part of it). A compound figure (a power before its last digit)
// is read whole: "1万2千" -> 12000, "千二百万" -> 12000000.
size_t CountWithoutUnitPrefix(const std::vector<Token>& tokens) {
  size_t last_digit = tokens.size();
  for (size_t i = tokens.size(); i-- > 0;) {
    if (tokens[i].kind == TokenKind::kArabic || tokens[i].kind == TokenKind::kKanjiDigit) {
      last_digit = i;
      break;
    }
  }
  if (last_digit == tokens.size()) return tokens.size();  // only powers: "千", "万"
  for (size_t i = 0; i < last_digit; ++i) {
    if (tokens[i].kind == TokenKind::kSmallPower || tokens[i].kind == TokenKind::kLargePower) {
      return tokens.size();
    }
  }
  size_t count = last_digit + 1;
  if (tokens[last_digit].kind == TokenKind::kKanjiDigit) {
    while (count < tokens.size() && tokens[count].kind == TokenKind::kSmallPower) ++count;
  }
  return count;
}

}  // namespace

bool NumeralStartsAt(std::string_view text, size_t pos) {
  return pos < text.size() && (IsDigitByte(text[pos]) || ReadKanjiToken(text, pos).has_value());
}

std::optional<Numeral> ReadNumeral(std::string_view text, size_t pos, bool leave_trailing_multiplier) {
  std::vector<Token> tokens;
  Numeral numeral;
  int digits = 0;
  bool overflow = false;
  std::string buffer;
  size_t i = pos;
  while (i < text.size()) {
    if (IsDigitByte(text[i])) {
      buffer.clear();
      const size_t end = ReadArabic(text, i, buffer, digits);
      double value = 0;
      const auto result = std::from_chars(buffer.data(), buffer.data() + buffer.size(), value);
      if (result.ec != std::errc()) overflow = true;
      tokens.push_back(Token{TokenKind::kArabic, value, end});
      i = end;
      continue;
    }
    const std::optional<Token> token = ReadKanjiToken(text, i);
    if (!token) break;
    numeral.has_kanji = true;
    if (token->kind == TokenKind::kKanjiDigit) ++digits;
    tokens.push_back(*token);
    i = token->end;
  }
  if (tokens.empty()) return std::nullopt;
  const size_t count = leave_trailing_multiplier ? CountWithoutUnitPrefix(tokens) : tokens.size();
  numeral.end = tokens[count - 1].end;
  const double value = Evaluate(tokens, count);
  if (!overflow && digits <= kMaxDigits && std::isfinite(value)) numeral.value = value;
  return numeral;
}

}  // namespace keikaku::normalize::internal
