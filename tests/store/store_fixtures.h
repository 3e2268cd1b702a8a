// Shared test data for the store tests: a temporary database and hand-built documents.
#ifndef KEIKAKU_TESTS_STORE_STORE_FIXTURES_H_
#define KEIKAKU_TESTS_STORE_STORE_FIXTURES_H_

#include <string>

#include "keikaku/parsers/records.h"
#include "keikaku/store/store.h"

namespace keikaku::store::testing {

// A database path in a fresh temporary directory, removed (with -wal and -shm) on destruction.
class TempDatabase {
 public:
  TempDatabase();
  ~TempDatabase();
  TempDatabase(const TempDatabase&) = delete;
  TempDatabase& operator=(const TempDatabase&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string directory_;
  std::string path_;
};

// A document with every field set: nullopt and "" cases, negative and fractional values,
// derived budgets, texts, glossary and diagnostics.
ParsedDocument FullDocument();

// A small document of `municipality` with one measure whose indicator is `indicator`
// (unit `unit`), a baseline and target/actual values.
ParsedDocument SmallDocument(const std::string& municipality, const std::string& title,
                             const std::string& indicator, const std::string& unit);

SourceInfo SourceFor(const std::string& path, const std::string& sha256);

// Number of rows in `table` (a name from schema.sql), through a read-only query.
int CountRows(const std::string& db_path, const std::string& table);

}  // namespace keikaku::store::testing

#endif  // KEIKAKU_TESTS_STORE_STORE_FIXTURES_H_
