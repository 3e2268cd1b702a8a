// Numbers as Japanese plans print them: ▲ negatives, kanji numerals, multipliers, comparators.
#ifndef KEIKAKU_NORMALIZE_NUMBER_H_
#define KEIKAKU_NORMALIZE_NUMBER_H_

#include <optional>
#include <string>
#include <string_view>

namespace keikaku::normalize {

enum class Comparator { kNone, kAtLeast, kAtMost, kLessThan, kMoreThan };

// ">=", "<=", "<", ">" or "" for kNone.
std::string_view ComparatorSymbol(Comparator comparator);

// What a printed quantity cell says.
struct Quantity {
  std::string text;               // the cell as NormalizeText gives it
  std::optional<double> value;    // first number as printed, sign applied; nullopt for words and dashes
  std::string unit;               // unit printed right after the number, NFKC ("%", "人", "百万円"); "" when none
  Comparator comparator = Comparator::kNone;  // 以上/以下/以内/未満/超, also for words ("現状以下")
  std::optional<double> scaled;   // value with 千/万/百万/億/兆 applied, in the base unit ("▲318百万円" -> -3.18e8)
  std::string base_unit;          // unit without its multiplier ("円" for "百万円"; "人" for "万人")
  bool is_dash = false;           // the cell is only a dash (—, ―, -, ー, －): "no value"
  bool approximate = false;       // printed with 約
};

// Parses the first quantity in `text` (any width, with HTML residue or not). Handles
// "1,300", "▲554", "△1.5", "-43人", "マイナス10000", "30%以上", "約3,000人", "1億円",
// "3.5万人", "1万2千人", "3兆4,785億円", "1,000億 5,432万", "7十", kanji numerals ("二十三",
// "一〇〇", "壱百壱拾", archaic "廿一" 卅 卌 皕, powers up to 京 and 垓), and keeps a
// bracketed second figure in the text only ("72事業(累計215)" -> 72). A word cell gives
// value nullopt with the text kept. A year label before the figure is skipped ("28年度 920"
// -> 920); a figure followed by 年度 is a year, so "令和2年度から実施" is a word cell. A
// trailing 千/百/万/億/兆 after a simple figure belongs to the unit ("318百万円" -> 318
// 百万円); a compound figure is read whole ("1万2千人" -> 12000 人, "千二百万" -> 12000000);
// kanji are read literally ("三億八" -> 300000008); small powers after Arabic digits that do
// not spell a unit multiplier are read ("2百億円" -> 200 億円). A leading range of years is a
// label, not a figure ("R5~8累計 1,200件" -> 1200 件; "2020−2024年" alone is a word cell,
// for ParseDate). The unit stops at spaces, brackets,
// "/" (a rate: "50回/年" -> 回) and comparator words. Numbers too large for a double, or
// longer than 64 digits, give value nullopt. Never throws.
Quantity ParseNumber(std::string_view text);

}  // namespace keikaku::normalize

#endif  // KEIKAKU_NORMALIZE_NUMBER_H_
