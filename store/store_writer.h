// Every write the store makes, as statements prepared once per connection. Callers own the
// transaction: each method REQUIRES one to be open on the database.
#ifndef KEIKAKU_STORE_STORE_WRITER_H_
#define KEIKAKU_STORE_STORE_WRITER_H_

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "keikaku/store/store.h"

namespace keikaku::store::internal {

struct StoredVersion {
  int64_t id = 0;
  std::string sha256;
};

class StoreWriter {
 public:
  // REQUIRES: `db` is at kSchemaVersion and outlives the writer.
  explicit StoreWriter(SQLite::Database& db);

  std::optional<StoredVersion> FindDocument(const std::string& path);
  // Deletes the document and, by cascade, every record it holds.
  void DeleteDocument(int64_t id);
  // Inserts `parsed` with every record but its full-text rows; returns the new document's
  // id and sets `measure_ids` (one per parsed.measures) for InsertSearchRows.
  int64_t InsertDocument(const SourceInfo& source, const ParsedDocument& parsed,
                         const std::string& imported_at, std::vector<int64_t>& measure_ids);
  // Inserts the full-text rows of a document InsertDocument stored. FTS5 writes its pending
  // terms out as a new index segment at every statement savepoint (which UPDATE and DELETE
  // open), so callers insert these after every other write of the transaction: then the
  // transaction's terms become one segment at commit instead of one, plus merges, per measure.
  void InsertSearchRows(const std::vector<int64_t>& measure_ids, const ParsedDocument& parsed);
  // Deletes the failure rows (diagnostics without a document) of `path`.
  void ClearFailures(const std::string& path);
  void InsertFailure(const std::string& path, const std::string& place, const std::string& reason);
  // Marks that the stored content changed (store_generation).
  void BumpGeneration();

 private:
  // Returns the new measure id. The measure's search row is left to InsertDocument.
  int64_t InsertMeasure(int64_t document_id, int ordinal, const Measure& measure);
  void InsertTexts(SQLite::Statement& statement, int64_t owner_id, const Texts& texts);
  void InsertIndicator(int64_t measure_id, int ordinal, const Indicator& indicator);
  void InsertObservation(int64_t indicator_id, const char* role, int ordinal, const Observation& observation);
  void InsertBudget(int64_t measure_id, int ordinal, const Budget& budget);
  void InsertSearchRow(int64_t measure_id, const Measure& measure);
  void InsertGlossary(int64_t document_id, const ParsedDocument& parsed);
  void InsertDiagnostics(int64_t document_id, const std::string& path, const ParsedDocument& parsed);

  SQLite::Database& db_;
  SQLite::Statement find_document_;
  SQLite::Statement delete_document_;
  SQLite::Statement insert_document_;
  SQLite::Statement insert_measure_;
  SQLite::Statement insert_measure_text_;
  SQLite::Statement insert_indicator_;
  SQLite::Statement insert_indicator_text_;
  SQLite::Statement insert_observation_;
  SQLite::Statement insert_budget_;
  SQLite::Statement insert_search_row_;
  SQLite::Statement insert_glossary_;
  SQLite::Statement insert_diagnostic_;
  SQLite::Statement clear_failures_;
  SQLite::Statement bump_generation_;
};

}  // namespace keikaku::store::internal

#endif  // KEIKAKU_STORE_STORE_WRITER_H_
