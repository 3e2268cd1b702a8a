// The hand-verified gold documents (tests/gold/*.json) as records: realistic content
// for round-trip, query and throughput tests of the store.
#ifndef KEIKAKU_TESTS_STORE_GOLD_DOCUMENTS_H_
#define KEIKAKU_TESTS_STORE_GOLD_DOCUMENTS_H_

#include <string>
#include <vector>

#include "keikaku/parsers/records.h"
#include "keikaku/store/store.h"

namespace keikaku::store::testing {

struct GoldDocument {
  SourceInfo source;
  ParsedDocument parsed;
};

// Every gold file, ordered by file name. Throws when a file cannot be read or parsed.
std::vector<GoldDocument> LoadGoldDocuments();

}  // namespace keikaku::store::testing

#endif  // KEIKAKU_TESTS_STORE_GOLD_DOCUMENTS_H_
