// ParseNumber: the first quantity of a printed cell. Works on NormalizeText output, so
// every width and the HTML residue are already gone; ▲ and △ survive NFKC.
#include "keikaku/normalize/number.h"

#include "keikaku/normalize/date.h"
#include "keikaku/normalize/text.h"
#include "keikaku/normalize/timing.h"
#include "date_scan.h"
#include "lexicons.h"
#include "numeral.h"
#include "utf8.h"

namespace keikaku::normalize {
namespace {

using internal::StartsWithAt;

// A prefix before the number ("年間", "目標 ") longer than this makes the cell a sentence.
constexpr int kMaxPrefixChars = 8;

using internal::WordMatcher;

const WordMatcher& Dashes() {
  static const WordMatcher matcher(internal::DashCharacters());
  return matcher;
}
const WordMatcher& MinusMarks() {
  static const WordMatcher matcher(internal::MinusMarks());
  return matcher;
}
const WordMatcher& ApproximateMarks() {
  static const WordMatcher matcher(internal::ApproximateMarks());
  return matcher;
}
const WordMatcher& KanjiNumberWords() {
  static const WordMatcher matcher(internal::KanjiNumberWords());
  return matcher;
}
const WordMatcher& UnitStopWords() {
  static const WordMatcher matcher(internal::UnitStopWords());
  return matcher;
}
const WordMatcher& WordTargets() {
  static const WordMatcher matcher(internal::WordTargets());
  return matcher;
}
const WordMatcher& OpeningBrackets() {
  static const WordMatcher matcher(internal::OpeningBrackets());
  return matcher;
}
const WordMatcher& ClosingBrackets() {
  static const WordMatcher matcher(internal::ClosingBrackets());
  return matcher;
}

// First bytes of the comparator words, so most positions are rejected at once.
bool MayStartComparator(std::string_view text, size_t pos) {
  static const std::array<bool, 256> first_bytes = [] {
    std::array<bool, 256> bytes{};
    for (const internal::ComparatorWord& word : internal::ComparatorWords()) {
      bytes[static_cast<unsigned char>(word.word[0])] = true;
    }
    return bytes;
  }();
  return pos < text.size() && first_bytes[static_cast<unsigned char>(text[pos])];
}

void SkipSpaces(std::string_view text, size_t& pos) {
  while (pos < text.size() && text[pos] == ' ') ++pos;
}

bool IsDashOnly(std::string_view text) {
  if (text.empty()) return false;
  size_t pos = 0;
  while (pos < text.size()) {
    if (text[pos] == ' ') {
      ++pos;
      continue;
    }
    const std::string_view dash = Dashes().Match(text, pos);
    if (dash.empty()) return false;
    pos += dash.size();
  }
  return true;
}

std::optional<Comparator> ComparatorAt(std::string_view text, size_t pos) {
  if (!MayStartComparator(text, pos)) return std::nullopt;
  for (const internal::ComparatorWord& word : internal::ComparatorWords()) {
    if (StartsWithAt(text, pos, word.word)) return word.comparator;
  }
  return std::nullopt;
}

// A word cell's comparator: "現状以下" -> kAtMost.
Comparator ComparatorAnywhere(std::string_view text) {
  for (const internal::ComparatorWord& word : internal::ComparatorWords()) {
    if (text.find(word.word) != std::string_view::npos) return word.comparator;
  }
  return Comparator::kNone;
}

// "28年度 920", "R2年度: 5件": a year label before the figure is not the quantity.
void SkipYearLabel(std::string_view text, size_t& pos) {
  size_t i = pos;
  for (const internal::EraSpelling& era : internal::EraSpellings()) {
    if (StartsWithAt(text, i, era.spelling)) {
      i += era.spelling.size();
      break;
    }
  }
  const size_t digits_begin = i;
  while (i < text.size() && internal::IsAsciiDigit(static_cast<unsigned char>(text[i]))) ++i;
  if (i == digits_begin && StartsWithAt(text, i, "元")) i += std::string_view("元").size();
  if (i == digits_begin || !StartsWithAt(text, i, "年度")) return;
  i += std::string_view("年度").size();
  while (i < text.size() && (text[i] == ' ' || text[i] == ':')) ++i;
  if (internal::NumeralStartsAt(text, i) || StartsWithAt(text, i, "▲") || StartsWithAt(text, i, "△")) {
    pos = i;
  }
}

bool HasRangeMark(std::string_view text) {
  for (std::string_view mark : internal::RangeSeparators()) {
    if (text.find(mark) != std::string_view::npos) return true;
  }
  return text.find("−") != std::string_view::npos;  // U+2212, which NFKC keeps
}

// "R5~8累計 1,200件", "2020−2024年: 5件": a leading range of years is a label, not the figure.
// Returns true when one was skipped.
bool SkipYearRange(std::string_view text, size_t& pos) {
  if (!HasRangeMark(text.substr(pos))) return false;
  const internal::FoldedText folded = internal::FoldForDates(text.substr(pos));
  const std::optional<internal::DateMatch> match =
      internal::ScanDateAt(folded.text, 0, Era::kNone, internal::ScanMode::kWholeCell);
  if (!match || match->value.kind != DateKind::kRange || !match->value.error.empty()) return false;
  size_t i = pos + folded.source_offset[match->end];
  for (std::string_view label : {"累計", "合計", "計", " ", ":"}) {
    while (StartsWithAt(text, i, label)) i += label.size();
  }
  pos = i;
  return true;
}

bool IsBracket(std::string_view text, size_t pos) {
  return !OpeningBrackets().Match(text, pos).empty() || !ClosingBrackets().Match(text, pos).empty();
}

// Moves `pos` over a short label before an Arabic figure ("年間50回"). Returns false when
// the cell is a word or sentence: no figure, a bracket first, or too long a prefix.
bool SkipLabelPrefix(std::string_view text, size_t& pos) {
  size_t i = pos;
  for (int chars = 0; i < text.size(); ++chars) {
    if (chars > kMaxPrefixChars || IsBracket(text, i)) return false;
    if (internal::IsAsciiDigit(static_cast<unsigned char>(text[i]))) break;
    internal::DecodeUtf8(text, i);
  }
  if (i >= text.size()) return false;
  // A figure right after an era letter or kanji is a year ("検討中R3"), not a quantity.
  for (const internal::EraSpelling& era : internal::EraSpellings()) {
    if (i >= era.spelling.size() && text.substr(i - era.spelling.size(), era.spelling.size()) == era.spelling) {
      return false;
    }
  }
  pos = i;
  return true;
}

bool IsUnitStop(std::string_view text, size_t pos) {
  const char c = text[pos];
  if (internal::IsAsciiDigit(static_cast<unsigned char>(c))) return true;
  if (c == ' ' || c == '/' || c == ',' || c == ':' || c == ';' || c == '~' || c == '-' || c == '=') {
    return true;
  }
  return IsBracket(text, pos) || ComparatorAt(text, pos).has_value() ||
         !UnitStopWords().Match(text, pos).empty() ||
         StartsWithAt(text, pos, "、") || StartsWithAt(text, pos, "。") ||
         StartsWithAt(text, pos, "〜") || StartsWithAt(text, pos, "・");
}

std::string ReadUnit(std::string_view text, size_t& pos) {
  const size_t begin = pos;
  while (pos < text.size() && !IsUnitStop(text, pos)) internal::DecodeUtf8(text, pos);
  return std::string(text.substr(begin, pos - begin));
}

void ApplyMultiplier(Quantity& quantity) {
  quantity.base_unit = quantity.unit;
  double factor = 1;
  for (const internal::UnitMultiplier& multiplier : internal::UnitMultipliers()) {
    if (quantity.unit.starts_with(multiplier.prefix)) {
      factor = multiplier.factor;
      quantity.base_unit = quantity.unit.substr(multiplier.prefix.size());
      break;
    }
  }
  if (quantity.value) quantity.scaled = *quantity.value * factor;
}

// Reads 約 and minus marks in any order before the figure ("約▲5", "▲ 5").
bool ReadPrefixMarks(std::string_view text, size_t& pos, Quantity& quantity) {
  bool negative = false;
  for (bool progressed = true; progressed;) {
    progressed = false;
    SkipSpaces(text, pos);
    if (const std::string_view mark = ApproximateMarks().Match(text, pos); !mark.empty()) {
      quantity.approximate = true;
      pos += mark.size();
      progressed = true;
    }
    if (const std::string_view mark = MinusMarks().Match(text, pos); !mark.empty()) {
      size_t after = pos + mark.size();
      SkipSpaces(text, after);
      if (internal::NumeralStartsAt(text, after)) {
        negative = !negative;
        pos = after;
        progressed = true;
      }
    }
  }
  return negative;
}

// Whether the cell opens with target words ("実施", "継続実施") that end at the cell's end,
// a space or a bracket; "達成率 80%" opens with 達成 but is a figure.
bool IsWordTarget(std::string_view text) {
  size_t pos = 0;
  for (std::string_view word = WordTargets().Match(text, pos); !word.empty();
       word = WordTargets().Match(text, pos)) {
    pos += word.size();
    if (pos == text.size() || text[pos] == ' ' || IsBracket(text, pos)) return true;
  }
  return false;
}

bool StartsWithKanjiWord(std::string_view text, size_t pos) {
  return !KanjiNumberWords().Match(text, pos).empty();
}

}  // namespace

std::string_view ComparatorSymbol(Comparator comparator) {
  switch (comparator) {
    case Comparator::kAtLeast: return ">=";
    case Comparator::kAtMost: return "<=";
    case Comparator::kLessThan: return "<";
    case Comparator::kMoreThan: return ">";
    case Comparator::kNone: break;
  }
  return "";
}

Quantity ParseNumber(std::string_view text) {
  const internal::ScopedTiming timing;
  Quantity quantity;
  quantity.text = NormalizeText(text);
  const std::string_view cell = quantity.text;
  if (IsDashOnly(cell)) {
    quantity.is_dash = true;
    return quantity;
  }
  // "実施", "検討(R3)": a target that is a word, whatever figures its notes hold.
  if (IsWordTarget(cell)) {
    quantity.comparator = ComparatorAnywhere(cell);
    return quantity;
  }
  size_t pos = 0;
  SkipYearLabel(cell, pos);
  if (SkipYearRange(cell, pos) && pos == cell.size()) return quantity;
  const bool negative = ReadPrefixMarks(cell, pos, quantity);
  const bool figure_here = internal::NumeralStartsAt(cell, pos) && !StartsWithKanjiWord(cell, pos);
  if (!figure_here && !SkipLabelPrefix(cell, pos)) {
    quantity.comparator = ComparatorAnywhere(cell);
    return quantity;
  }
  const std::optional<internal::Numeral> numeral = internal::ReadNumeral(cell, pos, true);
  if (!numeral) return quantity;
  pos = numeral->end;
  // A figure followed by 年度 is a year ("令和2年度から実施"), so the cell is a word.
  if (StartsWithAt(cell, pos, "年度")) {
    quantity.comparator = ComparatorAnywhere(cell);
    return quantity;
  }
  if (numeral->value) quantity.value = negative ? -*numeral->value : *numeral->value;
  quantity.unit = ReadUnit(cell, pos);
  SkipSpaces(cell, pos);
  if (const std::optional<Comparator> comparator = ComparatorAt(cell, pos)) {
    quantity.comparator = *comparator;
  }
  ApplyMultiplier(quantity);
  return quantity;
}

}  // namespace keikaku::normalize
