// Opening keikaku databases: pragmas, schema creation and migration, version checks.
#ifndef KEIKAKU_STORE_DATABASE_H_
#define KEIKAKU_STORE_DATABASE_H_

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>

#include <memory>
#include <string>

namespace keikaku::store::internal {

// The schema version this build writes and reads (PRAGMA user_version).
inline constexpr int kSchemaVersion = 3;

// How long one attempt to take the lock waits (SQLite's busy handler).
inline constexpr int kBusyTimeoutMs = 10'000;

// How long a writer keeps trying, attempt after attempt, while another writer holds the lock
// before giving up with "database is locked". SQLite's busy handler polls, so a second
// importer can miss every short gap between the first one's documents and wait for its whole
// import: one attempt's timeout is not enough.
inline constexpr int kWriterWaitMs = 600'000;

// Whether `error` says another connection holds the lock (SQLITE_BUSY or SQLITE_LOCKED).
bool IsBusy(const SQLite::Exception& error);

// Opens `path` for writing, creating it when missing, in WAL mode with foreign keys on, and
// brings its schema to kSchemaVersion, waiting up to kWriterWaitMs for another writer. Throws StoreError when the file is not a SQLite
// database, holds tables of something else, or has a newer schema.
std::unique_ptr<SQLite::Database> OpenForWriting(const std::string& path);

// Opens `path` read-only (SQLITE_OPEN_READONLY and PRAGMA query_only): no statement run on
// it can write. Throws StoreError when it cannot be opened or its schema is not
// kSchemaVersion.
std::unique_ptr<SQLite::Database> OpenForReading(const std::string& path);

// `error` as a StoreError naming `path`.
[[noreturn]] void ThrowStoreError(const std::string& path, const SQLite::Exception& error);

}  // namespace keikaku::store::internal

#endif  // KEIKAKU_STORE_DATABASE_H_
