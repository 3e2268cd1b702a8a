// The indicator concept lexicon (concepts.tsv) and the matching of indicator names to it.
#ifndef KEIKAKU_STORE_CONCEPTS_H_
#define KEIKAKU_STORE_CONCEPTS_H_

#include <string>
#include <string_view>
#include <vector>

namespace keikaku::store::internal {

// A name matches when it contains every term of `all_of`, none of `none_of`, and, when
// `whole` is set, equals it. Terms are in MatchingForm().
struct NamePattern {
  std::string whole;
  std::vector<std::string> all_of;
  std::vector<std::string> none_of;
};

struct ConceptEntry {
  std::string key;
  std::string label;
  std::string unit;
  std::vector<NamePattern> patterns;
};

// Parses concepts.tsv text; throws std::invalid_argument naming the line of a malformed row.
std::vector<ConceptEntry> ParseConceptLexicon(std::string_view tsv);

// `name` as patterns compare it: without spaces (ASCII and U+3000), full-width ASCII as
// ASCII, ASCII letters in lower case.
std::string MatchingForm(std::string_view name);

// The built-in lexicon, parsed once.
const std::vector<ConceptEntry>& BuiltInConcepts();

}  // namespace keikaku::store::internal

#endif  // KEIKAKU_STORE_CONCEPTS_H_
