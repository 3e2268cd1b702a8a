// The Store: opening, one IMMEDIATE transaction per write, errors converted at the boundary.
#include "keikaku/store/store.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <chrono>

#include "database.h"
#include "sql_values.h"
#include "store_reader.h"
#include "store_writer.h"

namespace keikaku::store {

struct Store::Impl {
  std::string path;
  std::unique_ptr<SQLite::Database> db;
  std::unique_ptr<internal::StoreWriter> writer;  // null in read-only mode

  internal::StoreWriter& Writer() {
    if (!writer) throw StoreError(path + ": opened read-only");
    return *writer;
  }
};

namespace {

// Runs `body`, converting SQLite's exceptions into StoreError naming the database.
template <typename Body>
auto Guarded(const std::string& path, Body body) -> decltype(body()) {
  try {
    return body();
  } catch (const SQLite::Exception& error) {
    internal::ThrowStoreError(path, error);
  }
}

// IMMEDIATE takes the write lock up front, so two writers queue on the busy timeout
// instead of one failing when it upgrades a read to a write; attempts are repeated for
// internal::kWriterWaitMs while another importer keeps the lock busy.
SQLite::Transaction BeginWrite(SQLite::Database& db) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(internal::kWriterWaitMs);
  for (;;) {
    try {
      return SQLite::Transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
    } catch (const SQLite::Exception& error) {
      if (!internal::IsBusy(error) || std::chrono::steady_clock::now() >= deadline) throw;
    }
  }
}

}  // namespace

std::unique_ptr<Store> Store::Open(const std::string& path, Mode mode) {
  auto impl = std::make_unique<Impl>();
  impl->path = path;
  if (mode == Mode::kReadOnly) {
    impl->db = internal::OpenForReading(path);
  } else {
    impl->db = internal::OpenForWriting(path);
    Guarded(path, [&] { impl->writer = std::make_unique<internal::StoreWriter>(*impl->db); });
  }
  return std::unique_ptr<Store>(new Store(std::move(impl)));
}

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

Store::~Store() {
  // Statements first: a connection closes only when none is left.
  if (impl_) impl_->writer.reset();
}

const std::string& Store::path() const { return impl_->path; }

constexpr char kSelectFiles[] = "SELECT path, sha256, size_bytes, coalesce(modified_ns, 0) FROM documents";

std::map<std::string, StoredFile> Store::StoredFiles() {
  return Guarded(impl_->path, [&] {
    std::map<std::string, StoredFile> files;
    SQLite::Statement select(*impl_->db, kSelectFiles);
    while (select.executeStep()) {
      files.emplace(select.getColumn(0).getString(),
                    StoredFile{select.getColumn(1).getString(), select.getColumn(2).getInt64(),
                               select.getColumn(3).getInt64()});
    }
    return files;
  });
}

constexpr char kUpdateModified[] = "UPDATE documents SET modified_ns = ?2 WHERE path = ?1";

void Store::UpdateModified(const std::map<std::string, int64_t>& modified_ns) {
  Guarded(impl_->path, [&] {
    SQLite::Transaction transaction = BeginWrite(*impl_->db);
    SQLite::Statement update(*impl_->db, kUpdateModified);
    for (const auto& [path, ns] : modified_ns) {
      update.bind(1, path);
      update.bind(2, ns);
      update.exec();
      update.reset();
    }
    transaction.commit();  // the content did not change: store_generation stays
  });
}

PutOutcome Store::Put(const SourceInfo& source, const ParsedDocument& parsed, bool force) {
  return PutAll({{&source, &parsed}}, force).front();
}

std::vector<PutOutcome> Store::PutAll(const std::vector<Item>& items, bool force) {
  return Guarded(impl_->path, [&] {
    internal::StoreWriter& writer = impl_->Writer();
    SQLite::Transaction transaction = BeginWrite(*impl_->db);
    std::vector<PutOutcome> outcomes;
    std::vector<std::vector<int64_t>> measure_ids(items.size());  // per item, for the search rows
    const std::string imported_at = internal::UtcNow();
    bool changed = false;
    for (size_t i = 0; i < items.size(); ++i) {
      const SourceInfo& source = *items[i].source;
      const std::optional<internal::StoredVersion> stored = writer.FindDocument(source.path);
      writer.ClearFailures(source.path);  // a stale failure of the path; usually none
      if (stored && stored->sha256 == source.sha256 && !force) {
        outcomes.push_back(PutOutcome::kUnchanged);
        continue;
      }
      if (stored) writer.DeleteDocument(stored->id);
      writer.InsertDocument(source, *items[i].parsed, imported_at, measure_ids[i]);
      outcomes.push_back(stored ? PutOutcome::kReplaced : PutOutcome::kImported);
      changed = true;
    }
    if (changed) writer.BumpGeneration();
    // Last, after every statement that opens a savepoint: see StoreWriter::InsertSearchRows.
    for (size_t i = 0; i < items.size(); ++i) writer.InsertSearchRows(measure_ids[i], *items[i].parsed);
    transaction.commit();
    return outcomes;
  });
}

void Store::RecordFailure(const std::string& path, const std::string& place, const std::string& reason) {
  Guarded(impl_->path, [&] {
    internal::StoreWriter& writer = impl_->Writer();
    SQLite::Transaction transaction = BeginWrite(*impl_->db);
    writer.ClearFailures(path);
    writer.InsertFailure(path, place, reason);
    writer.BumpGeneration();
    transaction.commit();
  });
}

std::vector<StoredDocument> Store::LoadDocuments(const std::string& municipality) {
  return Guarded(impl_->path, [&] {
    SQLite::Transaction snapshot(*impl_->db);  // one consistent view; rolled back, never written
    return internal::ReadDocuments(*impl_->db, municipality);
  });
}

std::optional<StoredDocument> Store::LoadDocument(int64_t id) {
  return Guarded(impl_->path, [&] {
    SQLite::Transaction snapshot(*impl_->db);
    return internal::ReadDocument(*impl_->db, id);
  });
}

void Store::Remove(const std::vector<std::string>& paths) {
  Guarded(impl_->path, [&] {
    internal::StoreWriter& writer = impl_->Writer();
    SQLite::Transaction transaction = BeginWrite(*impl_->db);
    for (const std::string& path : paths) {
      if (const auto stored = writer.FindDocument(path)) writer.DeleteDocument(stored->id);
      writer.ClearFailures(path);
    }
    writer.BumpGeneration();
    transaction.commit();
  });
}

constexpr char kRenameDocument[] = "UPDATE documents SET path = ?2 WHERE path = ?1";
constexpr char kRenameDiagnostics[] = "UPDATE diagnostics SET path = ?2 WHERE path = ?1";

void Store::RenamePaths(const std::map<std::string, std::string>& renames) {
  if (renames.empty()) return;
  Guarded(impl_->path, [&] {
    internal::StoreWriter& writer = impl_->Writer();
    SQLite::Transaction transaction = BeginWrite(*impl_->db);
    SQLite::Statement rename_document(*impl_->db, kRenameDocument);
    SQLite::Statement rename_diagnostics(*impl_->db, kRenameDiagnostics);
    for (const auto& [from, to] : renames) {
      const auto old_version = writer.FindDocument(from);
      if (old_version && writer.FindDocument(to)) writer.DeleteDocument(old_version->id);
      writer.ClearFailures(to);
      for (SQLite::Statement* statement : {&rename_document, &rename_diagnostics}) {
        statement->bind(1, from);
        statement->bind(2, to);
        statement->exec();
        statement->reset();
      }
    }
    writer.BumpGeneration();
    transaction.commit();
  });
}

}  // namespace keikaku::store
