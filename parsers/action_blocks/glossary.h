// The 用語解説 glossary at the end of an action-block plan: ■ terms, * sub-terms.
#ifndef KEIKAKU_PARSERS_ACTION_BLOCKS_GLOSSARY_H_
#define KEIKAKU_PARSERS_ACTION_BLOCKS_GLOSSARY_H_

#include <vector>

#include "action_blocks/rows.h"
#include "keikaku/parsers/records.h"

namespace keikaku::layouts::action_blocks {

// True when `row` is the glossary's own heading: one cell whose text, without brackets
// (【】, [], <>), is a glossary label of the lexicon (kind "glossary": 用語解説 …). A table
// of contents line that also prints a page number is not.
bool IsGlossaryStart(const Row& row);

// Reads entries from rows[begin] on: a row starting with a term mark (■ ● ◆ □ ◇) or a
// sub-term mark (* ＊) opens an entry of its own, the rows after it up to the next mark
// are its definition (joined without a space), and index rows (<ア行>) are skipped.
// Stops at a chapter heading or the end; returns the index of the first row not read.
size_t ReadGlossary(const std::vector<Row>& rows, size_t begin, std::vector<GlossaryEntry>& glossary);

}  // namespace keikaku::layouts::action_blocks

#endif  // KEIKAKU_PARSERS_ACTION_BLOCKS_GLOSSARY_H_
