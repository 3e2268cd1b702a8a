// Reading the markdown that PDF-to-markdown converters leave in running text: heading marks,
// bullets, bold and footnote / glossary marks. Shared by the plan_chapters and generic readers.
#ifndef KEIKAKU_PARSERS_COMMON_MARKDOWN_H_
#define KEIKAKU_PARSERS_COMMON_MARKDOWN_H_

#include <string>
#include <string_view>

#include "keikaku/parsers/grid.h"

namespace keikaku::layouts {

// One text row seen as a markdown line.
struct MarkdownLine {
  int heading_level = 0;  // number of leading '#' (0 for a plain line)
  bool bullet = false;    // started with "- ", "・", "●", "○", "◆", "◇" or "□"
  std::string body;       // the line without heading marks, bullet and markup (raw, not NFKC)
};

// Removes markup that is not content: <sup>…</sup> with its content and the padding spaces
// around it (footnote marks "※", glossary marks "*", ruby readings "かじ"), "<b>" tags,
// escaped and bare asterisks ("\*", "*", "**bold**"). Other HTML is left to NormalizeText.
std::string StripMarkup(std::string_view raw);

// Number of cells of `row` that are not blank.
size_t FilledCellCount(const GridRow& row);

// `text` (already normalised, so its only spaces are ASCII) without its spaces.
std::string WithoutSpaces(std::string_view text);

// Reads `row` (its cells joined by one space) as a markdown line; body is StripMarkup'd.
MarkdownLine ReadMarkdownLine(const GridRow& row);

// Joins two pieces of wrapped text (both normalised): no space between two non-ASCII
// characters (a Japanese line break), one space otherwise.
std::string JoinWrapped(std::string_view left, std::string_view right);

// Removes the spaces a line break left between two non-ASCII characters inside `text`
// ("市政情報の提供の充実と 市政に対する" -> "市政情報の提供の充実と市政に対する").
std::string RemoveWrapSpaces(std::string_view text);

}  // namespace keikaku::layouts

#endif  // KEIKAKU_PARSERS_COMMON_MARKDOWN_H_
