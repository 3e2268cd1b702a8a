// keikaku query: a person's SQL on a connection that cannot write, one statement, timed.
#include <sqlite3.h>

#include <chrono>
#include <cstdio>

#include "database.h"
#include "keikaku/store/store.h"

namespace keikaku::store {
namespace {

using Clock = std::chrono::steady_clock;

// Frees a prepared statement when it goes out of scope.
struct Finalizer {
  sqlite3_stmt* statement = nullptr;
  ~Finalizer() { sqlite3_finalize(statement); }
};

// Called by SQLite every kProgressSteps virtual-machine steps; a non-zero answer interrupts
// the statement with SQLITE_INTERRUPT.
constexpr int kProgressSteps = 1000;
int PastDeadline(void* deadline) { return Clock::now() > *static_cast<Clock::time_point*>(deadline) ? 1 : 0; }

std::string BlobLiteral(const void* data, int size) {
  std::string text = "X'";
  const auto* bytes = static_cast<const unsigned char*>(data);
  for (int i = 0; i < size; ++i) {
    char hex[3];
    std::snprintf(hex, sizeof hex, "%02X", bytes[i]);
    text += hex;
  }
  return text + "'";
}

// Compiles the one statement of `sql`; refuses a second one after it (whitespace, comments
// and semicolons may follow).
sqlite3_stmt* PrepareOne(sqlite3* db, const std::string& path, const std::string& sql) {
  sqlite3_stmt* statement = nullptr;
  const char* tail = nullptr;
  if (sqlite3_prepare_v2(db, sql.c_str(), static_cast<int>(sql.size()), &statement, &tail) != SQLITE_OK) {
    throw StoreError(path + ": " + sqlite3_errmsg(db));
  }
  if (!statement) throw StoreError(path + ": no SQL statement given");
  const char* end = sql.c_str() + sql.size();
  while (tail && tail < end) {
    sqlite3_stmt* next = nullptr;
    const char* next_tail = nullptr;
    const int code = sqlite3_prepare_v2(db, tail, static_cast<int>(end - tail), &next, &next_tail);
    sqlite3_finalize(next);
    if (code != SQLITE_OK || next) {
      sqlite3_finalize(statement);
      throw StoreError(path + ": give one SQL statement per query; run the others separately");
    }
    if (next_tail == tail) break;
    tail = next_tail;
  }
  return statement;
}

}  // namespace

QueryResult RunReadOnlyQuery(const std::string& path, const std::string& sql, double timeout_seconds) {
  const std::unique_ptr<SQLite::Database> database = internal::OpenForReading(path);
  sqlite3* db = database->getHandle();
  Finalizer statement{PrepareOne(db, path, sql)};
  auto deadline = Clock::now() + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(timeout_seconds));
  sqlite3_progress_handler(db, kProgressSteps, PastDeadline, &deadline);
  QueryResult result;
  const int columns = sqlite3_column_count(statement.statement);
  for (int i = 0; i < columns; ++i) result.columns.emplace_back(sqlite3_column_name(statement.statement, i));
  int code;
  while ((code = sqlite3_step(statement.statement)) == SQLITE_ROW) {
    auto& row = result.rows.emplace_back();
    auto& types = result.types.emplace_back();
    for (int i = 0; i < columns; ++i) {
      const int type = sqlite3_column_type(statement.statement, i);
      if (type == SQLITE_NULL) {
        row.emplace_back(std::nullopt);
        types.push_back(QueryResult::CellType::kNull);
      } else if (type == SQLITE_BLOB) {
        row.emplace_back(BlobLiteral(sqlite3_column_blob(statement.statement, i),
                                     sqlite3_column_bytes(statement.statement, i)));
        types.push_back(QueryResult::CellType::kBlob);
      } else {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement.statement, i));
        row.emplace_back(std::string(text, static_cast<size_t>(sqlite3_column_bytes(statement.statement, i))));
        types.push_back(type == SQLITE_INTEGER ? QueryResult::CellType::kInteger
                        : type == SQLITE_FLOAT ? QueryResult::CellType::kReal
                                               : QueryResult::CellType::kText);
      }
    }
  }
  sqlite3_progress_handler(db, 0, nullptr, nullptr);
  if (code == SQLITE_INTERRUPT) {
    char limit[32];
    std::snprintf(limit, sizeof limit, "%g", timeout_seconds);
    throw StoreError(path + ": query interrupted after the time limit of " + limit + " s (--timeout)");
  }
  if (code != SQLITE_DONE) throw StoreError(path + ": " + sqlite3_errmsg(db));
  return result;
}

}  // namespace keikaku::store
