// Runs one read of the query functions on its own read-only connection.
#ifndef KEIKAKU_STORE_READ_CONNECTION_H_
#define KEIKAKU_STORE_READ_CONNECTION_H_

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Transaction.h>

#include <algorithm>
#include <string>

#include "database.h"

namespace keikaku::store::internal {

// Opens `db_path` read-only and calls `read(SQLite::Database&)` inside one read transaction
// (a consistent snapshot), converting SQLite's errors into StoreError.
template <typename Read>
auto WithReadConnection(const std::string& db_path, Read read)
    -> decltype(read(std::declval<SQLite::Database&>())) {
  const std::unique_ptr<SQLite::Database> db = OpenForReading(db_path);
  try {
    SQLite::Transaction snapshot(*db);
    return read(*db);
  } catch (const SQLite::Exception& error) {
    ThrowStoreError(db_path, error);
  }
}

inline int ClampLimit(int limit, int most) { return std::clamp(limit, 1, most); }

}  // namespace keikaku::store::internal

#endif  // KEIKAKU_STORE_READ_CONNECTION_H_
