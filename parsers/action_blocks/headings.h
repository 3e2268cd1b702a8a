// Headings above the action blocks (《視点》, 1 目標, (1) 施策, ① 事業) and the path they form.
#ifndef KEIKAKU_PARSERS_ACTION_BLOCKS_HEADINGS_H_
#define KEIKAKU_PARSERS_ACTION_BLOCKS_HEADINGS_H_

#include <optional>
#include <string>
#include <vector>

#include "action_blocks/rows.h"

namespace keikaku::layouts::action_blocks {

struct HeadingLine {
  std::string style;  // the numbering with digits as 0 and circled numbers as ①: "0", "(0)", "①", "《》"
  std::string title;     // numbering stripped (before NFKC), normalised
  bool chapter = false;  // 第N章 / 第N編 / 第N部: ends the path instead of joining it
};

// The heading `row` holds, or nullopt. A heading is a row with one filled cell, in its
// first column (or its numbering there and its title in the next), that starts with
// heading numbering (or is wrapped in 《》) and is a title rather than a sentence (short,
// no closing 。).
std::optional<HeadingLine> ReadHeading(const Row& row);

// The enclosing headings at a point of the document. A heading of a style already on the
// path replaces that level and drops the levels below it; a new style nests below the
// current innermost one; a chapter heading clears the path.
class HeadingPath {
 public:
  void Add(const HeadingLine& heading);
  // Titles outermost first.
  std::vector<std::string> Titles() const;

 private:
  std::vector<HeadingLine> levels_;
};

}  // namespace keikaku::layouts::action_blocks

#endif  // KEIKAKU_PARSERS_ACTION_BLOCKS_HEADINGS_H_
