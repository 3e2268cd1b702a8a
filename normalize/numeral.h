// Numerals as Japanese documents print them: Arabic with thousands separators, kanji
// (positional "一〇〇", with powers "千二百万", daiji "壱百壱拾", archaic "廿一", "皕"), powers
// up to 垓, and mixtures ("1万2千", "7十", "3兆4,785億", "1,000億 5,432万").
#ifndef KEIKAKU_NORMALIZE_NUMERAL_H_
#define KEIKAKU_NORMALIZE_NUMERAL_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace keikaku::normalize::internal {

struct Numeral {
  std::optional<double> value;  // nullopt when longer than kMaxDigits or not finite
  size_t end = 0;               // byte just past the numeral
  bool has_kanji = false;       // at least one kanji digit or power
};

inline constexpr int kMaxDigits = 64;

// True when a numeral (ASCII digit or kanji digit/power) starts at `text[pos]`. 京 and 垓
// never start one (京都, 東京): they only continue a numeral.
bool NumeralStartsAt(std::string_view text, size_t pos);

// Reads the numeral at `text[pos]` (NFKC or width-folded UTF-8). A large power followed by
// one space and a figure with a smaller large power goes on ("1,000億 5,432万"). With
// `leave_trailing_multiplier`, a trailing 万/億/兆/京/垓 — and trailing 十/百/千 after Arabic
// digits when they spell a unit multiplier (百万, 千) — is left unread, since it belongs to the
// unit ("3.5万人", "318百万円", but "7十" = 70 and "2百億" = 200 before 億); one followed by
// more digits is read ("1万2千" = 12000, "三億八" = 300000008).
// nullopt when no numeral starts at `pos`.
std::optional<Numeral> ReadNumeral(std::string_view text, size_t pos, bool leave_trailing_multiplier);

// True when `text` at `pos` starts with `word`.
// The first-byte test keeps the lexicon scans (dozens of words per position) cheap.
inline bool StartsWithAt(std::string_view text, size_t pos, std::string_view word) {
  if (word.empty() || pos >= text.size() || text.size() - pos < word.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    if (text[pos + i] != word[i]) return false;
  }
  return true;
}

}  // namespace keikaku::normalize::internal

#endif  // KEIKAKU_NORMALIZE_NUMERAL_H_
