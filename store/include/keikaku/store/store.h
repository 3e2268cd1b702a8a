// The SQLite store: one transaction per document, every value traceable to its source.
#ifndef KEIKAKU_STORE_STORE_H_
#define KEIKAKU_STORE_STORE_H_

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "keikaku/parsers/records.h"

namespace keikaku::store {

// Any failure of the database itself (cannot open, not a keikaku database, disk full).
// Bad documents are never a StoreError: they are recorded as failures.
class StoreError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Where a document came from and how it was read.
struct SourceInfo {
  std::string path;          // the file's canonical absolute path (ingest); shown through ShownPath
  std::string sha256;        // hex of the raw bytes
  std::string encoding;      // "UTF-8", "Shift_JIS (CP932)", "EUC-JP", "UTF-16LE" …
  double encoding_confidence = 1.0;
  std::string format;        // "text", "tsv", "csv", "markdown", "html", "xlsx"
  int64_t size_bytes = 0;
  int64_t modified_ns = 0;   // the file's modification time when read, ns since 1970; 0 if unknown
  bool operator==(const SourceInfo&) const = default;
};

// What the database holds of an imported file, to tell whether the file changed since.
struct StoredFile {
  std::string sha256;
  int64_t size_bytes = 0;
  int64_t modified_ns = 0;  // 0 when not recorded
};

struct StoredDocument {
  int64_t id = 0;
  SourceInfo source;
  ParsedDocument parsed;
  std::string imported_at;   // ISO 8601 UTC
};

enum class PutOutcome { kImported, kReplaced, kUnchanged };

class Store {
 public:
  enum class Mode { kReadWrite, kReadOnly };

  // Opens (creating and migrating in read-write mode) the database at `path`: WAL mode,
  // a busy timeout, foreign keys on. Throws StoreError when it cannot, or when the file
  // is a newer keikaku schema or not a keikaku database.
  static std::unique_ptr<Store> Open(const std::string& path, Mode mode);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // Every imported file by path.
  std::map<std::string, StoredFile> StoredFiles();

  // Records new modification times (path → modified_ns) of imported files whose content was
  // found unchanged, so that the next import skips them without reading them.
  void UpdateModified(const std::map<std::string, int64_t>& modified_ns);

  // Stores `parsed` for `source` in one transaction: kUnchanged (and nothing written) when
  // the same path is stored with the same sha256 and `force` is false; kReplaced when the
  // path held other records, which are deleted in the same transaction; else kImported.
  // Clears any failure recorded for the path. Throws StoreError on database failure.
  PutOutcome Put(const SourceInfo& source, const ParsedDocument& parsed, bool force = false);

  // One document for PutAll.
  struct Item {
    const SourceInfo* source;
    const ParsedDocument* parsed;
  };
  // Stores several documents in ONE transaction, each exactly as Put would (outcomes in the
  // order of `items`): cheaper per document for bulk imports, because the commit and the
  // full-text index segment are shared. All or nothing: on StoreError nothing of `items` is
  // stored, so a caller that must keep the others puts them one by one with Put.
  std::vector<PutOutcome> PutAll(const std::vector<Item>& items, bool force = false);

  // Records that `path` could not be imported (`place` and `reason` as printed to the
  // user), as a diagnostic row with no document; replaces an earlier failure of the path.
  void RecordFailure(const std::string& path, const std::string& place, const std::string& reason);

  // Stored documents, ordered by path; only those of `municipality` when it is non-empty.
  std::vector<StoredDocument> LoadDocuments(const std::string& municipality = "");

  // One stored document by id; nullopt when there is none.
  std::optional<StoredDocument> LoadDocument(int64_t id);

  // Deletes the documents at `paths` with all their records, in one transaction.
  void Remove(const std::vector<std::string>& paths);

  // Re-keys documents, their diagnostics and recorded failures from each old path to its new
  // one (old → new), in one transaction. When the new path is already stored, the old row
  // was a second copy of the same file and is deleted. Throws StoreError on database failure.
  void RenamePaths(const std::map<std::string, std::string>& renames);

  // The SQLite handle's file name, for messages.
  const std::string& path() const;

 private:
  struct Impl;
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// A table of query results as text; NULL cells are nullopt, BLOBs are written X'0A1B'.
struct QueryResult {
  enum class CellType { kNull, kInteger, kReal, kText, kBlob };
  std::vector<std::string> columns;
  std::vector<std::vector<std::optional<std::string>>> rows;
  std::vector<std::vector<CellType>> types;  // SQLite's type of each cell of `rows`
};

// Runs the one statement `sql` on a read-only connection to the database at `path`,
// interrupting it after `timeout_seconds`. Throws StoreError on a bad statement, on more
// than one statement (nothing is run), an attempt to write, or the time limit.
QueryResult RunReadOnlyQuery(const std::string& path, const std::string& sql, double timeout_seconds = 10);

}  // namespace keikaku::store

#endif  // KEIKAKU_STORE_STORE_H_
