// Reading stored documents back into records: the exact inverse of StoreWriter.
#ifndef KEIKAKU_STORE_STORE_READER_H_
#define KEIKAKU_STORE_STORE_READER_H_

#include <SQLiteCpp/Database.h>

#include <optional>
#include <string>
#include <vector>

#include "keikaku/store/store.h"

namespace keikaku::store::internal {

// Documents of `municipality` (all when empty), ordered by path. Throws SQLite::Exception
// or StoreError (a malformed stored list).
std::vector<StoredDocument> ReadDocuments(SQLite::Database& db, const std::string& municipality);

// The document with `id`; nullopt when there is none.
std::optional<StoredDocument> ReadDocument(SQLite::Database& db, int64_t id);

}  // namespace keikaku::store::internal

#endif  // KEIKAKU_STORE_STORE_READER_H_
