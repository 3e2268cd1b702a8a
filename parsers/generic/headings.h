// Numbered headings of a document of unknown layout, and the outline they form.
#ifndef KEIKAKU_PARSERS_GENERIC_HEADINGS_H_
#define KEIKAKU_PARSERS_GENERIC_HEADINGS_H_

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "keikaku/parsers/grid.h"

namespace keikaku::layouts {

struct NumberedHeading {
  std::string number;  // as printed without its label word: "1", "(1)", "①", "6-1"
  std::string label;  // the word before the number, if any: "取組項目", "施策", "第…章" -> "章"
  std::string style;  // the numbering's shape, digits folded: "0", "(0)", "①", "施策0-0"
  std::string title;  // normalised, without numbering
};

// Reads `row` as a numbered heading: "1 市民参加", "(2) 情報提供", "① …", "第1章 総則",
// "取組項目-1<TAB>職員の接客力の向上", "【施策6-1】 協働による…", with or without markdown '#'.
// nullopt for bullets, long sentences, table-of-contents rows (a trailing page number), rows
// of three or more filled cells, and quantities ("28年度", "3件").
std::optional<NumberedHeading> ReadNumberedHeading(const GridRow& row);

// Reads `row` as a markdown title without numbering: "# 市政情報の提供の充実" (one '#', not a
// lexicon label such as めざす姿), style "#". nullopt otherwise.
std::optional<NumberedHeading> ReadMarkdownTitle(const GridRow& row);

// The enclosing headings of each new heading: a numbering style seen before closes every
// level opened after it; a new style opens a level below the current one.
class HeadingOutline {
 public:
  // Enters `heading` and returns the titles of the headings that enclose it, outermost first.
  std::vector<std::string> Enter(const NumberedHeading& heading);

  // True when `heading` is already open at its level: a heading repeated on every page or
  // sheet of its section rather than a new one.
  bool IsOpen(const NumberedHeading& heading) const;

 private:
  std::vector<std::pair<std::string, std::string>> open_;  // (style, title)
};

}  // namespace keikaku::layouts

#endif  // KEIKAKU_PARSERS_GENERIC_HEADINGS_H_
