// Text normalisation for Japanese plan documents: NFKC that keeps what this domain needs.
#ifndef KEIKAKU_NORMALIZE_TEXT_H_
#define KEIKAKU_NORMALIZE_TEXT_H_

#include <string>
#include <string_view>

namespace keikaku::normalize {

// Returns `utf8` as keikaku/1 strings are stored: leftover HTML removed (tags dropped,
// entities decoded, <sup>/<rt> ruby readings and footnote marks dropped, <br>/<p>/<li>
// boundaries become spaces), NFKC applied (every full-width ASCII character to its half-width
// twin, "＊" -> "*" and "＼" -> "\\" included; half-width kana to full-width) except that ▲ and
// △ are kept, markdown escapes and '*' marks already half-width in `utf8` dropped
// ("ICT\\*" -> "ICT", "\\[注\\]" -> "[注]"), runs of white space
// collapsed to one ASCII space, and the result trimmed. Invalid UTF-8 sequences become
// U+FFFD. Never throws. Safe to call from many threads at once.
std::string NormalizeText(std::string_view utf8);

// Removes HTML residue from a cell with libxml2's HTML parser: tags go, entities are
// decoded, the content of <sup>, <rt> and <rp> is dropped, block and <br> boundaries
// become one space. Text without '<' or '&' is returned unchanged (fast path).
std::string StripHtml(std::string_view utf8);

// Collapses every run of Unicode white space (including U+3000) to one ASCII space
// and trims both ends.
std::string CollapseSpaces(std::string_view utf8);

// Whether `utf8` is empty or white space only: CollapseSpaces(utf8).empty() without the copy.
bool IsBlank(std::string_view utf8);

// Removes every white-space character: "設 定 理 由" -> "設定理由". For labels and keys.
std::string RemoveSpaces(std::string_view utf8);

// A heading split into its printed numbering and its title.
struct Heading {
  std::string number;  // numbering as printed, NFKC except circled digits kept: "1", "(1)", "①", "6-1", "第1章"
  std::string title;   // the rest, normalised with NormalizeText
};

// Splits leading heading numbering off `utf8` before NFKC (which would turn ① into 1):
// "① 情報提供手段の拡大" -> {"①", "情報提供手段の拡大"}; "(2) 市民ニーズ" -> {"(2)", …};
// "第1章 総則" -> {"第1章", "総則"}; "6-1 市政情報" -> {"6-1", …}. Text without numbering
// gives number "".
Heading SplitHeading(std::string_view utf8);

// The shape of a heading number, so siblings compare equal: digit and kanji-numeral runs
// become "9", katakana "ア", enclosed numbers "①", Roman numerals "Ⅰ"; brackets and counters
// stay. "(3)" -> "(9)", "第12章" -> "第9章", "(イ)" -> "(ア)", "⑤" -> "①", "Ⅳ" -> "Ⅰ".
std::string NumberingStyle(std::string_view number);

}  // namespace keikaku::normalize

#endif  // KEIKAKU_NORMALIZE_TEXT_H_
