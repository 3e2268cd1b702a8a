// Test support: the text comparison the gold scorer pairs records by.
#ifndef KEIKAKU_TESTS_SUPPORT_TEXT_SIMILARITY_H_
#define KEIKAKU_TESTS_SUPPORT_TEXT_SIMILARITY_H_

#include <string>
#include <string_view>

namespace keikaku::testing {

// `text` (UTF-8) in NFKC with white space and the punctuation the gold ignores removed
// (・、,。「」『』()（）[]【】※*). Invalid UTF-8 is replaced by U+FFFD, never an error.
std::string ScoringKey(std::string_view text);

// Similarity of the scoring keys of `a` and `b` in [0, 1]: 1 when equal, 0 when exactly one
// is empty, else the ratio 2·M/T of Python's difflib.SequenceMatcher (autojunk off) over code
// points, M being the characters of its matching blocks and T both lengths.
double TextSimilarity(std::string_view a, std::string_view b);

}  // namespace keikaku::testing

#endif  // KEIKAKU_TESTS_SUPPORT_TEXT_SIMILARITY_H_
