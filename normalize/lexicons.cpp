// Vocabularies of the normaliser. Spellings are NFKC / width-folded (half-width ASCII).
// Tables that are matched by prefix keep their longest entries first.
#include "lexicons.h"

#include <array>

namespace keikaku::normalize::internal {
namespace {

constexpr std::array kEraInfo = {
    EraInfo{Era::kMeiji, 1868, "明治"},  EraInfo{Era::kTaisho, 1912, "大正"},
    EraInfo{Era::kShowa, 1926, "昭和"},  EraInfo{Era::kHeisei, 1989, "平成"},
    EraInfo{Era::kReiwa, 2019, "令和"},
};

constexpr std::array kEraSpellings = {
    EraSpelling{"明治", Era::kMeiji, false},  EraSpelling{"大正", Era::kTaisho, false},
    EraSpelling{"昭和", Era::kShowa, false},  EraSpelling{"平成", Era::kHeisei, false},
    EraSpelling{"令和", Era::kReiwa, false},  EraSpelling{"㍾", Era::kMeiji, false},
    EraSpelling{"㍽", Era::kTaisho, false},   EraSpelling{"㍼", Era::kShowa, false},
    EraSpelling{"㍻", Era::kHeisei, false},   EraSpelling{"㋿", Era::kReiwa, false},
    EraSpelling{"明", Era::kMeiji, true},     EraSpelling{"大", Era::kTaisho, true},
    EraSpelling{"昭", Era::kShowa, true},     EraSpelling{"平", Era::kHeisei, true},
    EraSpelling{"令", Era::kReiwa, true},     EraSpelling{"M", Era::kMeiji, true},
    EraSpelling{"T", Era::kTaisho, true},     EraSpelling{"S", Era::kShowa, true},
    EraSpelling{"H", Era::kHeisei, true},     EraSpelling{"R", Era::kReiwa, true},
    EraSpelling{"m", Era::kMeiji, true},      EraSpelling{"t", Era::kTaisho, true},
    EraSpelling{"s", Era::kShowa, true},      EraSpelling{"h", Era::kHeisei, true},
    EraSpelling{"r", Era::kReiwa, true},
};

constexpr std::array kComparatorWords = {
    ComparatorWord{"を上回る", Comparator::kMoreThan},
    ComparatorWord{"を下回る", Comparator::kLessThan},
    ComparatorWord{"を超える", Comparator::kMoreThan},
    ComparatorWord{"以上", Comparator::kAtLeast},
    ComparatorWord{"以下", Comparator::kAtMost},
    ComparatorWord{"以内", Comparator::kAtMost},
    ComparatorWord{"未満", Comparator::kLessThan},
    ComparatorWord{"超え", Comparator::kMoreThan},
    ComparatorWord{"超", Comparator::kMoreThan},
};

constexpr std::array kUnitMultipliers = {
    UnitMultiplier{"千万", 1e7}, UnitMultiplier{"百万", 1e6}, UnitMultiplier{"十万", 1e5},
    UnitMultiplier{"垓", 1e20},  UnitMultiplier{"京", 1e16},
    UnitMultiplier{"兆", 1e12},  UnitMultiplier{"億", 1e8},   UnitMultiplier{"万", 1e4},
    UnitMultiplier{"千", 1e3},   UnitMultiplier{"百", 1e2},
};

constexpr std::array<std::string_view, 13> kDashCharacters = {
    "—", "―", "-", "ー", "‐", "‑", "‒", "–", "─", "━", "−", "ｰ", "〃",
};

constexpr std::array<std::string_view, 9> kMinusMarks = {
    "マイナス", "▲", "△", "▼", "-", "−", "‐", "‑", "–",
};

constexpr std::array<std::string_view, 4> kApproximateMarks = {"およそ", "約", "概ね", "おおむね"};

constexpr std::array<std::string_view, 6> kUnitStopWords = {"増", "減", "程度", "前後", "以降", "まで"};

constexpr std::array<std::string_view, 16> kWordTargets = {
    "実施", "検討", "見直し", "継続", "完了", "推進", "拡充", "維持", "廃止",
    "策定", "導入", "開始", "運用", "達成", "増加", "減少",
};

constexpr std::array<std::string_view, 17> kKanjiNumberWords = {
    "一部", "一層", "一体", "一定", "一般", "一括", "一元", "一本", "一斉",
    "一時", "一環", "一貫", "一緒", "一覧", "十分", "万全", "一人ひとり",
};

constexpr std::array<std::string_view, 6> kRangeSeparators = {"から", "~", "〜", "-", "–", "―"};

constexpr std::array<std::string_view, 7> kWeekdays = {"月", "火", "水", "木", "金", "土", "日"};

// "~" after a date: an open range "令和2年度~" (from then on) is read as its start.
// 累計/合計 after a range: the total over those years ("R5~8累計").
constexpr std::array<std::string_view, 10> kDateTrailers = {"現在", "時点", "まで", "から", "以降",
                                                            "累計", "合計", "頃",   "時",   "~"};

constexpr std::array<std::string_view, 8> kOpeningBrackets = {"(", "[", "【", "「", "『", "〔", "《", "<"};
constexpr std::array<std::string_view, 8> kClosingBrackets = {")", "]", "】", "」", "』", "〕", "》", ">"};

constexpr std::array kDayWords = {
    DayWord{"大晦日", 12, 31}, DayWord{"元日", 1, 1}, DayWord{"元旦", 1, 1},
    DayWord{"朔日", 0, 1},     DayWord{"晦日", 0, 0}, DayWord{"末日", 0, 0},
};

constexpr std::array kKanjiDigits = {
    KanjiDigit{"〇", 0}, KanjiDigit{"零", 0}, KanjiDigit{"一", 1}, KanjiDigit{"壱", 1},
    KanjiDigit{"壹", 1}, KanjiDigit{"二", 2}, KanjiDigit{"弐", 2}, KanjiDigit{"貳", 2},
    KanjiDigit{"三", 3}, KanjiDigit{"参", 3}, KanjiDigit{"參", 3}, KanjiDigit{"四", 4},
    KanjiDigit{"肆", 4}, KanjiDigit{"五", 5}, KanjiDigit{"伍", 5}, KanjiDigit{"六", 6},
    KanjiDigit{"陸", 6}, KanjiDigit{"七", 7}, KanjiDigit{"漆", 7}, KanjiDigit{"八", 8},
    KanjiDigit{"捌", 8}, KanjiDigit{"九", 9}, KanjiDigit{"玖", 9}, KanjiDigit{"弍", 2},
    KanjiDigit{"柒", 7},
};

// Archaic numerals that are a digit and its power in one character: 廿一 = 21, 皕五 = 205.
constexpr std::array kKanjiCompounds = {
    KanjiDigit{"廿", 20}, KanjiDigit{"卄", 20}, KanjiDigit{"卅", 30},
    KanjiDigit{"丗", 30}, KanjiDigit{"卌", 40}, KanjiDigit{"皕", 200},
};

constexpr std::array kKanjiPowers = {
    KanjiPower{"十", 10, false},  KanjiPower{"拾", 10, false},  KanjiPower{"百", 100, false},
    KanjiPower{"陌", 100, false}, KanjiPower{"佰", 100, false}, KanjiPower{"千", 1000, false},
    KanjiPower{"阡", 1000, false}, KanjiPower{"仟", 1000, false}, KanjiPower{"万", 1e4, true},
    KanjiPower{"萬", 1e4, true},  KanjiPower{"億", 1e8, true},  KanjiPower{"兆", 1e12, true},
    KanjiPower{"京", 1e16, true}, KanjiPower{"垓", 1e20, true},
};

}  // namespace

WordMatcher::WordMatcher(std::span<const std::string_view> words) : words_(words) {
  for (std::string_view word : words) {
    if (!word.empty()) first_bytes_[static_cast<unsigned char>(word[0])] = true;
  }
}

std::string_view WordMatcher::Match(std::string_view text, size_t pos) const {
  if (!MayStartAt(text, pos)) return {};
  for (std::string_view word : words_) {
    if (text.size() - pos >= word.size() && text.compare(pos, word.size(), word) == 0) return word;
  }
  return {};
}

EraInfo InfoOf(Era era) {
  for (const EraInfo& info : kEraInfo) {
    if (info.era == era) return info;
  }
  return EraInfo{Era::kNone, 0, ""};
}

std::span<const EraSpelling> EraSpellings() { return kEraSpellings; }
std::span<const ComparatorWord> ComparatorWords() { return kComparatorWords; }
std::span<const UnitMultiplier> UnitMultipliers() { return kUnitMultipliers; }
std::span<const std::string_view> DashCharacters() { return kDashCharacters; }
std::span<const std::string_view> MinusMarks() { return kMinusMarks; }
std::span<const std::string_view> ApproximateMarks() { return kApproximateMarks; }
std::span<const std::string_view> UnitStopWords() { return kUnitStopWords; }
std::span<const std::string_view> WordTargets() { return kWordTargets; }
std::span<const std::string_view> KanjiNumberWords() { return kKanjiNumberWords; }
std::span<const std::string_view> RangeSeparators() { return kRangeSeparators; }
std::span<const std::string_view> Weekdays() { return kWeekdays; }
std::span<const std::string_view> DateTrailers() { return kDateTrailers; }
std::span<const std::string_view> OpeningBrackets() { return kOpeningBrackets; }
std::span<const std::string_view> ClosingBrackets() { return kClosingBrackets; }
std::span<const DayWord> DayWords() { return kDayWords; }
std::span<const KanjiDigit> KanjiDigits() { return kKanjiDigits; }
std::span<const KanjiDigit> KanjiCompounds() { return kKanjiCompounds; }
std::span<const KanjiPower> KanjiPowers() { return kKanjiPowers; }

}  // namespace keikaku::normalize::internal
