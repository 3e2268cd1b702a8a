#include "database.h"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <sqlite3.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <thread>

#include "kSchemaSql.inc"
#include "kUpgradeV2Sql.inc"
#include "kUpgradeV3Sql.inc"
#include "keikaku/store/store.h"
#include "search_index.h"

namespace keikaku::store::internal {
namespace {

// A new (empty, version 0) file gets the whole current schema; kUpgrades[v] brings a
// database from user_version v to v + 1.
constexpr const char* kUpgrades[] = {nullptr, kUpgradeV2Sql, kUpgradeV3Sql};
static_assert(std::size(kUpgrades) == kSchemaVersion);

int SchemaVersion(SQLite::Database& db) { return db.execAndGet("PRAGMA user_version").getInt(); }

constexpr char kCountTables[] = "SELECT count(*) FROM sqlite_master";
// The version and the tables in one statement, so one snapshot: read apart, a second process
// could see version 0 and then the tables another process had just created with it.
constexpr char kVersionAndTables[] =
    "SELECT (SELECT user_version FROM pragma_user_version), (SELECT count(*) FROM sqlite_master), "
    "(SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('documents', 'store_generation'))";

void RefuseNewerSchema(const std::string& path, int version) {
  if (version > kSchemaVersion) {
    throw StoreError(path + ": database schema version " + std::to_string(version) +
                     " is newer than this keikaku understands (version " + std::to_string(kSchemaVersion) +
                     "); use a newer keikaku");
  }
}

void Migrate(SQLite::Database& db, const std::string& path) {
  if (SchemaVersion(db) == kSchemaVersion) return;
  // IMMEDIATE: a second process opening the same new file waits here, then sees the current version.
  SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
  int version = SchemaVersion(db);
  RefuseNewerSchema(path, version);
  if (version == 0 && db.execAndGet(kCountTables).getInt() != 0) {
    throw StoreError(path + ": not a keikaku database (it holds other tables)");
  }
  if (version == 0) {
    db.exec(kSchemaSql);
  } else {
    for (; version < kSchemaVersion; ++version) db.exec(kUpgrades[version]);
  }
  db.exec("PRAGMA user_version = " + std::to_string(kSchemaVersion));
  transaction.commit();
}

// Refuses a file that holds another application's tables, before anything in it is changed
// (not even its journal mode): a keikaku database has documents and store_generation; an
// empty file (version 0, no tables) is a new one. Returns the schema version.
int RefuseForeignDatabase(SQLite::Database& db, const std::string& path) {
  SQLite::Statement query(db, kVersionAndTables);
  query.executeStep();
  const int version = query.getColumn(0).getInt();
  const int tables = query.getColumn(1).getInt();
  const int keikaku_tables = query.getColumn(2).getInt();
  RefuseNewerSchema(path, version);
  const bool foreign = version == 0 ? tables != 0 : keikaku_tables != 2;
  if (foreign) {
    throw StoreError(path + ": not a keikaku database (it holds other tables); nothing was changed in it — "
                            "give keikaku its own file with --db");
  }
  return version;
}

}  // namespace

bool IsBusy(const SQLite::Exception& error) {
  const int code = error.getErrorCode() & 0xff;
  return code == SQLITE_BUSY || code == SQLITE_LOCKED;
}

void ThrowStoreError(const std::string& path, const SQLite::Exception& error) {
  throw StoreError(path + ": " + error.what());
}

namespace {

std::unique_ptr<SQLite::Database> OpenForWritingOnce(const std::string& path) {
  auto db = std::make_unique<SQLite::Database>(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE,
                                               kBusyTimeoutMs);
  // Reading the version first turns a file that is not SQLite into a clear error.
  RefuseForeignDatabase(*db, path);
  db->exec("PRAGMA foreign_keys = ON");
  db->execAndGet("PRAGMA journal_mode = WAL");
  db->exec("PRAGMA synchronous = NORMAL");  // durable at checkpoints, never corrupt, in WAL
  // Bulk imports: a 64 MB page cache keeps the indexes' inner pages from being re-read for
  // every document.
  db->exec("PRAGMA cache_size = -65536");
  RegisterSearchFunctions(*db);
  Migrate(*db, path);
  return db;
}

}  // namespace

std::unique_ptr<SQLite::Database> OpenForWriting(const std::string& path) {
  // Switching a new file to WAL, or opening while another process checkpoints at close, can
  // answer SQLITE_BUSY without consulting the busy handler; retry for the busy timeout.
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(kWriterWaitMs);
  for (;;) {
    try {
      return OpenForWritingOnce(path);
    } catch (const SQLite::Exception& error) {
      if (!IsBusy(error) || std::chrono::steady_clock::now() >= deadline) ThrowStoreError(path, error);
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
  }
}

namespace {

// `path` as an SQLite URI that opens the file immutable (no locks, no -shm, no -wal).
std::string ImmutableUri(const std::string& path) {
  std::string uri = "file:";
  for (const char c : path) {
    if (c == '%' || c == '?' || c == '#') {
      char hex[4];
      std::snprintf(hex, sizeof hex, "%%%02X", static_cast<unsigned char>(c));
      uri += hex;
    } else {
      uri += c;
    }
  }
  return uri + "?immutable=1";
}

// A read-only connection. Reading a WAL database needs its -shm file; in a folder keikaku
// cannot write, with no -wal file left (no writer has it open: a writer could not have
// created one there), that file cannot be made and SQLite answers "attempt to write a
// readonly database" — then the file is read as immutable, which needs neither.
std::unique_ptr<SQLite::Database> OpenReadOnlyConnection(const std::string& path) {
  try {
    auto db = std::make_unique<SQLite::Database>(path, SQLite::OPEN_READONLY, kBusyTimeoutMs);
    SchemaVersion(*db);  // the first read opens the WAL index
    return db;
  } catch (const SQLite::Exception& error) {
    const int code = error.getErrorCode() & 0xff;
    std::error_code ignored;
    const bool stale_wal = std::filesystem::file_size(path + "-wal", ignored) > 0 && !ignored;
    if ((code != SQLITE_READONLY && code != SQLITE_CANTOPEN) || stale_wal || !std::filesystem::exists(path)) throw;
  }
  return std::make_unique<SQLite::Database>(ImmutableUri(path), SQLite::OPEN_READONLY | SQLITE_OPEN_URI,
                                            kBusyTimeoutMs);
}

}  // namespace

std::unique_ptr<SQLite::Database> OpenForReading(const std::string& path) {
  if (std::error_code ec; !std::filesystem::exists(path, ec)) {
    throw StoreError(path + ": no such database; create it with `keikaku ingest --db " + path +
                     " FOLDER…`, or give another with --db or $KEIKAKU_DB");
  }
  try {
    auto db = OpenReadOnlyConnection(path);
    db->exec("PRAGMA query_only = 1");
    // ATTACH and VACUUM INTO would create files even here; with no attachments allowed,
    // they fail before touching the disk.
    sqlite3_limit(db->getHandle(), SQLITE_LIMIT_ATTACHED, 0);
    const int version = SchemaVersion(*db);
    RefuseNewerSchema(path, version);
    if (version == 0 && db->execAndGet(kCountTables).getInt() == 0) {
      // An empty file (an import killed before its first commit, or a new path) reads as an
      // empty keikaku database: the schema in memory, nothing in it.
      auto empty = std::make_unique<SQLite::Database>(":memory:", SQLite::OPEN_READWRITE);
      empty->exec(kSchemaSql);
      empty->exec("PRAGMA query_only = 1");
      return empty;
    }
    if (version == 0) {
      throw StoreError(path + ": not a keikaku database (it holds other tables); run `keikaku ingest` to create one");
    }
    if (version != kSchemaVersion) {
      throw StoreError(path + ": written by an older keikaku (schema version " + std::to_string(version) +
                       "); the next `keikaku ingest --db " + path + " …` upgrades it");
    }
    return db;
  } catch (const SQLite::Exception& error) {
    ThrowStoreError(path, error);
  }
}

}  // namespace keikaku::store::internal
