// Numeral reading: a token stream (Arabic number, kanji digit, archaic compound 廿卅皕, small
// power 十百千, large power 万億兆京垓) evaluated the way Japanese is read: 千二百万 =
// (1000 + 200) * 10^4, 1,000億 5,432万 = 100,054,320,000.
#include "numeral.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string>
#include <vector>

#include "lexicons.h"

namespace keikaku::normalize::internal {
namespace {

enum class TokenKind { kArabic, kKanjiDigit, kCompound, kSmallPower, kLargePower };

// 京 and 垓 begin place names (京都, 東京) far more often than numbers: they only continue one.
constexpr double kSmallestNonLeadingPower = 1e16;

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
    for (const KanjiDigit& compound : KanjiCompounds()) {
      entries.push_back({DecodeThreeByte(compound.spelling, 0), TokenKind::kCompound,
                         static_cast<double>(compound.value)});
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
      case TokenKind::kCompound:  // 廿 = 二十
        group += token.value;
        has_current = false;
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

bool IsDigitToken(const Token& token) {
  return token.kind != TokenKind::kSmallPower && token.kind != TokenKind::kLargePower;
}

bool IsUnitMultiplier(std::string_view spelling) {
  for (const UnitMultiplier& multiplier : UnitMultipliers()) {
    if (multiplier.prefix == spelling) return true;
  }
  return false;
}

// How many tokens form the figure when trailing multipliers may belong to the unit. A
// simple figure leaves them: "318百万" -> 318 (unit 百万…), "3.5万" -> 3.5, "二十万" -> 20
// (十 after a kanji digit is part of it). After Arabic digits, small powers that do not
// spell a unit multiplier with what follows are part of the figure: "7十" -> 70, "2百億" ->
// 200 (unit 億…). A compound figure (a power before its last digit) is read whole: "1万2千"
// -> 12000, "千二百万" -> 12000000.
size_t CountWithoutUnitPrefix(std::string_view text, const std::vector<Token>& tokens) {
  size_t last_digit = tokens.size();
  for (size_t i = tokens.size(); i-- > 0;) {
    if (IsDigitToken(tokens[i])) {
      last_digit = i;
      break;
    }
  }
  if (last_digit == tokens.size()) return tokens.size();  // only powers: "千", "万"
  for (size_t i = 0; i < last_digit; ++i) {
    if (!IsDigitToken(tokens[i])) return tokens.size();
  }
  size_t count = last_digit + 1;
  if (count == tokens.size()) return count;
  const size_t run_begin = tokens[last_digit].end;
  const bool unit_run = IsUnitMultiplier(text.substr(run_begin, tokens.back().end - run_begin));
  if (tokens[last_digit].kind != TokenKind::kArabic || !unit_run) {
    while (count < tokens.size() && tokens[count].kind == TokenKind::kSmallPower) ++count;
  }
  return count;
}

// Appends the tokens that start at `i` (digits and kanji, no spaces); returns where they end.
size_t ReadTokens(std::string_view text, size_t i, std::vector<Token>& tokens, int& digits, bool& overflow,
                  bool& has_kanji) {
  std::string buffer;
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
    if (!token || (tokens.empty() && token->value >= kSmallestNonLeadingPower)) break;
    has_kanji = true;
    if (token->kind == TokenKind::kKanjiDigit) ++digits;
    tokens.push_back(*token);
    i = token->end;
  }
  return i;
}

// "1,000億 5,432万": after a large power, a space and a figure with a smaller large power
// continue the numeral. Returns the tokens read past the space, or none.
std::vector<Token> ReadSpacedGroup(std::string_view text, size_t i, const Token& last, int& digits, bool& overflow,
                                   bool& has_kanji) {
  if (last.kind != TokenKind::kLargePower || i + 1 >= text.size() || text[i] != ' ') return {};
  std::vector<Token> more;
  int more_digits = digits;
  bool more_overflow = overflow, more_kanji = has_kanji;
  ReadTokens(text, i + 1, more, more_digits, more_overflow, more_kanji);
  const bool smaller_power = std::any_of(more.begin(), more.end(), [&](const Token& token) {
    return token.kind == TokenKind::kLargePower && token.value < last.value;
  });
  if (more.empty() || !IsDigitToken(more.front()) || !smaller_power) return {};
  digits = more_digits, overflow = more_overflow, has_kanji = more_kanji;
  return more;
}

}  // namespace

bool NumeralStartsAt(std::string_view text, size_t pos) {
  if (pos >= text.size()) return false;
  if (IsDigitByte(text[pos])) return true;
  const std::optional<Token> token = ReadKanjiToken(text, pos);
  return token && token->value < kSmallestNonLeadingPower;
}

std::optional<Numeral> ReadNumeral(std::string_view text, size_t pos, bool leave_trailing_multiplier) {
  std::vector<Token> tokens;
  Numeral numeral;
  int digits = 0;
  bool overflow = false;
  size_t i = ReadTokens(text, pos, tokens, digits, overflow, numeral.has_kanji);
  if (tokens.empty()) return std::nullopt;
  for (;;) {
    std::vector<Token> more = ReadSpacedGroup(text, i, tokens.back(), digits, overflow, numeral.has_kanji);
    if (more.empty()) break;
    i = more.back().end;
    tokens.insert(tokens.end(), more.begin(), more.end());
  }
  const size_t count = leave_trailing_multiplier ? CountWithoutUnitPrefix(text, tokens) : tokens.size();
  numeral.end = tokens[count - 1].end;
  const double value = Evaluate(tokens, count);
  if (!overflow && digits <= kMaxDigits && std::isfinite(value)) numeral.value = value;
  return numeral;
}

}  // namespace keikaku::normalize::internal
