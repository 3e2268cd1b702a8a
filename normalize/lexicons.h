// The normaliser's vocabularies, one table per kind (defined in lexicons.cpp). Adding a
// form — an era abbreviation, a unit multiplier, a comparator word, a dash — is a one-line
// change there. Every spelling is stored after NFKC (half-width ASCII), because the
// scanners match normalised or width-folded text.
#ifndef KEIKAKU_NORMALIZE_LEXICONS_H_
#define KEIKAKU_NORMALIZE_LEXICONS_H_

#include <array>
#include <span>
#include <string_view>

#include "keikaku/normalize/date.h"
#include "keikaku/normalize/number.h"

namespace keikaku::normalize::internal {

struct EraInfo {
  Era era;
  int first_year;         // Gregorian year of the era's 元年
  std::string_view name;  // "平成", for messages
};

struct EraSpelling {
  std::string_view spelling;  // "平成", "平", "H", "h", "㍻"
  Era era;
  bool needs_number;  // one-letter and one-kanji forms count only right before a year
};

struct ComparatorWord {
  std::string_view word;  // "以上"
  Comparator comparator;
};

struct UnitMultiplier {
  std::string_view prefix;  // "百万" in "百万円"
  double factor;
};

struct KanjiDigit {
  std::string_view spelling;  // "二", "弐", "〇"
  int value;
};

struct KanjiPower {
  std::string_view spelling;  // "十", "拾", "万", "萬"
  double value;
  bool is_large;  // 万 億 兆 京 垓 close a group; 十 百 千 multiply inside one
};

struct DayWord {
  std::string_view word;  // "元日"
  int month;              // 0: the printed month
  int day;                // 0: the last day of the month
};

// Matches a word list at a position; a table of first bytes rejects most positions at once.
// Words are tried in list order, so lists keep their longest entries first.
class WordMatcher {
 public:
  explicit WordMatcher(std::span<const std::string_view> words);
  // The word of the list that starts at `text[pos]`; empty when none does.
  std::string_view Match(std::string_view text, size_t pos) const;
  bool MayStartAt(std::string_view text, size_t pos) const {
    return pos < text.size() && first_bytes_[static_cast<unsigned char>(text[pos])];
  }

 private:
  std::span<const std::string_view> words_;
  std::array<bool, 256> first_bytes_{};
};

EraInfo InfoOf(Era era);
std::span<const EraSpelling> EraSpellings();            // longest spellings first
std::span<const ComparatorWord> ComparatorWords();      // longest words first
std::span<const UnitMultiplier> UnitMultipliers();      // longest prefixes first
std::span<const std::string_view> DashCharacters();     // a cell of only these is "no value"
std::span<const std::string_view> MinusMarks();         // before a number: negative
std::span<const std::string_view> ApproximateMarks();   // 約, およそ
std::span<const std::string_view> UnitStopWords();      // 増, 減, 程度 …: end a unit ("5%増")
std::span<const std::string_view> WordTargets();        // 実施, 検討 …: a cell starting so is a word
std::span<const std::string_view> KanjiNumberWords();   // 一部, 十分 …: words, not numbers
std::span<const std::string_view> RangeSeparators();    // ~ 〜 - から
std::span<const std::string_view> Weekdays();           // 月 火 … (inside brackets)
std::span<const std::string_view> DateTrailers();       // 現在, 時点 …: allowed after a date
std::span<const std::string_view> OpeningBrackets();
std::span<const std::string_view> ClosingBrackets();
std::span<const DayWord> DayWords();
std::span<const KanjiDigit> KanjiDigits();
std::span<const KanjiDigit> KanjiCompounds();  // 廿 卄 卅 丗 卌 皕: a digit and its power in one
std::span<const KanjiPower> KanjiPowers();

}  // namespace keikaku::normalize::internal

#endif  // KEIKAKU_NORMALIZE_LEXICONS_H_
