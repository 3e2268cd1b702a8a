#include "keikaku/store/store.h"

#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

#include <cstring>
#include <fstream>
#include <thread>

#include "store/store_fixtures.h"

namespace keikaku::store {
namespace {

using testing::CountRows;
using testing::FullDocument;
using testing::SmallDocument;
using testing::SourceFor;
using testing::TempDatabase;

std::unique_ptr<Store> OpenWritable(const TempDatabase& db) {
  return Store::Open(db.path(), Store::Mode::kReadWrite);
}

TEST(Store, RoundTripsEveryField) {
  TempDatabase db;
  const ParsedDocument original = FullDocument();
  const SourceInfo source = SourceFor("corpus/kazo.txt", "aa11");
  ASSERT_EQ(OpenWritable(db)->Put(source, original), PutOutcome::kImported);

  const std::vector<StoredDocument> loaded = Store::Open(db.path(), Store::Mode::kReadOnly)->LoadDocuments();
  ASSERT_EQ(loaded.size(), 1u);
  EXPECT_EQ(loaded[0].source, source);
  EXPECT_EQ(loaded[0].parsed, original);
  EXPECT_EQ(loaded[0].imported_at.size(), std::strlen("2026-11-21T12:00:00Z"));
}

TEST(Store, KeepsDoublesBitExact) {
  TempDatabase db;
  ParsedDocument document = FullDocument();
  const double awkward[] = {0.1 + 0.2,          1.0 / 3.0,           -1e-300, 1e300,
                            9007199254740993.0, 123456789.123456789, -5e-324, 4503599627370497.5};
  std::vector<Observation>& targets = document.measures[0].indicators[0].targets;
  targets.resize(std::size(awkward), targets[0]);
  for (size_t i = 0; i < std::size(awkward); ++i) targets[i].value = awkward[i];
  auto store = OpenWritable(db);
  store->Put(SourceFor("a.txt", "1"), document);
  const ParsedDocument loaded = store->LoadDocuments().at(0).parsed;
  for (size_t i = 0; i < std::size(awkward); ++i) {
    const double stored = *loaded.measures[0].indicators[0].targets[i].value;
    EXPECT_EQ(std::memcmp(&stored, &awkward[i], sizeof stored), 0) << awkward[i];
  }
  EXPECT_EQ(loaded, document);
}

TEST(Store, LoadDocumentFindsOneById) {
  TempDatabase db;
  auto store = OpenWritable(db);
  store->Put(SourceFor("b.txt", "1"), SmallDocument("本庄市", "財政の健全化", "経常収支比率", "%"));
  store->Put(SourceFor("a.txt", "2"), FullDocument());
  const std::vector<StoredDocument> all = store->LoadDocuments();
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].source.path, "a.txt");  // ordered by path
  const std::optional<StoredDocument> one = store->LoadDocument(all[1].id);
  ASSERT_TRUE(one.has_value());
  EXPECT_EQ(one->parsed, all[1].parsed);
  EXPECT_FALSE(store->LoadDocument(all[1].id + 100).has_value());
}

TEST(Store, LoadDocumentsFiltersByMunicipality) {
  TempDatabase db;
  auto store = OpenWritable(db);
  store->Put(SourceFor("b.txt", "1"), SmallDocument("本庄市", "財政の健全化", "経常収支比率", "%"));
  store->Put(SourceFor("a.txt", "2"), FullDocument());
  const std::vector<StoredDocument> honjo = store->LoadDocuments("本庄市");
  ASSERT_EQ(honjo.size(), 1u);
  EXPECT_EQ(honjo[0].source.path, "b.txt");
}

TEST(Store, SamePathAndShaIsUnchangedAndWritesNothing) {
  TempDatabase db;
  auto store = OpenWritable(db);
  ASSERT_EQ(store->Put(SourceFor("a.txt", "1"), FullDocument()), PutOutcome::kImported);
  const std::string imported_at = store->LoadDocuments()[0].imported_at;
  const int observations = CountRows(db.path(), "observations");
  ParsedDocument other = FullDocument();
  other.measures.pop_back();
  EXPECT_EQ(store->Put(SourceFor("a.txt", "1"), other), PutOutcome::kUnchanged);
  EXPECT_EQ(CountRows(db.path(), "documents"), 1);
  EXPECT_EQ(CountRows(db.path(), "measures"), 2);
  EXPECT_EQ(CountRows(db.path(), "observations"), observations);
  EXPECT_EQ(store->LoadDocuments()[0].imported_at, imported_at);
  EXPECT_EQ(store->StoredFiles().at("a.txt").sha256, "1");
  EXPECT_EQ(store->StoredFiles().count("missing.txt"), 0u);
}

TEST(Store, StoredFilesGiveSizeAndModificationTime) {
  TempDatabase db;
  auto store = OpenWritable(db);
  store->Put(SourceFor("a.txt", "1"), FullDocument());
  const StoredFile file = store->StoredFiles().at("a.txt");
  EXPECT_EQ(file.size_bytes, 12345);
  EXPECT_EQ(file.modified_ns, SourceFor("a.txt", "1").modified_ns);
}

TEST(Store, UpdateModifiedChangesOnlyTheTime) {
  TempDatabase db;
  auto store = OpenWritable(db);
  store->Put(SourceFor("a.txt", "1"), FullDocument());
  const std::string imported_at = store->LoadDocuments()[0].imported_at;
  store->UpdateModified({{"a.txt", 42}, {"not-stored.txt", 43}});
  EXPECT_EQ(store->StoredFiles().at("a.txt").modified_ns, 42);
  EXPECT_EQ(store->StoredFiles().size(), 1u);
  EXPECT_EQ(store->LoadDocuments()[0].imported_at, imported_at);
}

TEST(Store, ChangedShaReplacesEveryRecord) {
  TempDatabase db;
  auto store = OpenWritable(db);
  store->Put(SourceFor("a.txt", "1"), FullDocument());
  const ParsedDocument smaller = SmallDocument("加須市", "財政の健全化", "経常収支比率", "%");
  EXPECT_EQ(store->Put(SourceFor("a.txt", "2"), smaller), PutOutcome::kReplaced);
  EXPECT_EQ(CountRows(db.path(), "documents"), 1);
  EXPECT_EQ(CountRows(db.path(), "measures"), 1);
  EXPECT_EQ(CountRows(db.path(), "measure_texts"), 0);
  EXPECT_EQ(CountRows(db.path(), "indicators"), 1);
  EXPECT_EQ(CountRows(db.path(), "indicator_texts"), 0);
  EXPECT_EQ(CountRows(db.path(), "observations"), 4);
  EXPECT_EQ(CountRows(db.path(), "budgets"), 0);
  EXPECT_EQ(CountRows(db.path(), "glossary"), 0);
  EXPECT_EQ(CountRows(db.path(), "diagnostics"), 0);
  EXPECT_EQ(CountRows(db.path(), "measure_search"), 1);
  EXPECT_EQ(store->LoadDocuments()[0].parsed, smaller);
}

TEST(Store, ForceReplacesAnUnchangedFile) {
  TempDatabase db;
  auto store = OpenWritable(db);
  store->Put(SourceFor("a.txt", "1"), FullDocument());
  const ParsedDocument reparsed = SmallDocument("加須市", "財政の健全化", "経常収支比率", "%");
  EXPECT_EQ(store->Put(SourceFor("a.txt", "1"), reparsed, /*force=*/true), PutOutcome::kReplaced);
  EXPECT_EQ(store->LoadDocuments()[0].parsed, reparsed);
}

TEST(Store, RecordFailureKeepsOneRowPerPathUntilAnImportClearsIt) {
  TempDatabase db;
  auto store = OpenWritable(db);
  store->RecordFailure("bad.txt", "line 3", "not a plan");
  store->RecordFailure("bad.txt", "byte 9", "invalid UTF-8");
  store->RecordFailure("worse.txt", "", "empty file");
  const QueryResult failures = RunReadOnlyQuery(
      db.path(),
      "SELECT path, place, kind, message FROM diagnostics WHERE document_id IS NULL ORDER BY path");
  ASSERT_EQ(failures.rows.size(), 2u);
  EXPECT_EQ(failures.rows[0][1], "byte 9");
  EXPECT_EQ(failures.rows[0][2], "import_failed");
  EXPECT_EQ(failures.rows[0][3], "invalid UTF-8");
  EXPECT_EQ(failures.rows[1][1], std::nullopt);

  store->Put(SourceFor("bad.txt", "1"), FullDocument());
  const QueryResult left =
      RunReadOnlyQuery(db.path(), "SELECT path FROM diagnostics WHERE document_id IS NULL");
  ASSERT_EQ(left.rows.size(), 1u);
  EXPECT_EQ(left.rows[0][0], "worse.txt");
}

TEST(Store, RemoveDeletesDocumentsWithTheirRecords) {
  TempDatabase db;
  auto store = OpenWritable(db);
  store->Put(SourceFor("a.txt", "1"), FullDocument());
  store->Put(SourceFor("b.txt", "2"), SmallDocument("本庄市", "財政の健全化", "経常収支比率", "%"));
  store->Remove({"a.txt", "not-stored.txt"});
  EXPECT_EQ(store->StoredFiles().size(), 1u);
  EXPECT_EQ(store->StoredFiles().count("b.txt"), 1u);
  EXPECT_EQ(CountRows(db.path(), "measures"), 1);
  EXPECT_EQ(CountRows(db.path(), "observations"), 4);
  EXPECT_EQ(CountRows(db.path(), "budgets"), 0);
  EXPECT_EQ(CountRows(db.path(), "measure_search"), 1);
}

TEST(Store, ReadsListsAPersonEditedWithEscapes) {
  TempDatabase db;
  OpenWritable(db)->Put(SourceFor("a.txt", "1"), FullDocument());
  SQLite::Database(db.path(), SQLite::OPEN_READWRITE)
      .exec(R"(UPDATE measures SET departments = ' [ "\u7dcf\u52d9\u8ab2", "a\/b\ud83d\ude00" ] ')");
  const Measure measure = OpenWritable(db)->LoadDocuments().at(0).parsed.measures.at(0);
  EXPECT_EQ(measure.departments, (std::vector<std::string>{"総務課", "a/b\xF0\x9F\x98\x80"}));
}

TEST(Store, MalformedStoredListIsAStoreError) {
  TempDatabase db;
  OpenWritable(db)->Put(SourceFor("a.txt", "1"), FullDocument());
  SQLite::Database(db.path(), SQLite::OPEN_READWRITE).exec("UPDATE measures SET path = '[\"unclosed'");
  EXPECT_THROW(OpenWritable(db)->LoadDocuments(), StoreError);
}

TEST(Store, ReadOnlyStoreRefusesToPut) {
  TempDatabase db;
  OpenWritable(db);
  auto store = Store::Open(db.path(), Store::Mode::kReadOnly);
  EXPECT_THROW(store->Put(SourceFor("a.txt", "1"), FullDocument()), StoreError);
}

TEST(Store, RefusesANewerSchemaVersion) {
  TempDatabase db;
  OpenWritable(db);
  SQLite::Database(db.path(), SQLite::OPEN_READWRITE).exec("PRAGMA user_version = 99");
  try {
    OpenWritable(db);
    FAIL() << "opened a version 99 database";
  } catch (const StoreError& error) {
    EXPECT_NE(std::string(error.what()).find("newer"), std::string::npos) << error.what();
  }
  EXPECT_THROW(Store::Open(db.path(), Store::Mode::kReadOnly), StoreError);
}

TEST(Store, RefusesADatabaseOfSomethingElse) {
  TempDatabase db;
  SQLite::Database(db.path(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE).exec("CREATE TABLE t (x)");
  EXPECT_THROW(OpenWritable(db), StoreError);
}

TEST(Store, RefusesAFileThatIsNotSqlite) {
  TempDatabase db;
  std::ofstream(db.path()) << "this is a text file, not a database, and long enough to have a header";
  EXPECT_THROW(OpenWritable(db), StoreError);
}

TEST(Store, ReadOnlyOpenOfAMissingFileFails) {
  TempDatabase db;
  EXPECT_THROW(Store::Open(db.path(), Store::Mode::kReadOnly), StoreError);
}

TEST(Store, SetsWalModeAndForeignKeys) {
  TempDatabase db;
  OpenWritable(db);
  EXPECT_EQ(RunReadOnlyQuery(db.path(), "PRAGMA journal_mode").rows.at(0).at(0), "wal");
  EXPECT_EQ(RunReadOnlyQuery(db.path(), "PRAGMA user_version").rows.at(0).at(0), "3");
}

TEST(Store, TwoConnectionsWriteInTurn) {
  TempDatabase db;
  auto first = OpenWritable(db);
  auto second = OpenWritable(db);
  std::thread other([&] {
    for (int i = 0; i < 20; ++i) {
      second->Put(SourceFor("second/" + std::to_string(i), "1"), FullDocument());
    }
  });
  for (int i = 0; i < 20; ++i) {
    first->Put(SourceFor("first/" + std::to_string(i), "1"), FullDocument());
  }
  other.join();
  EXPECT_EQ(CountRows(db.path(), "documents"), 40);
  EXPECT_EQ(RunReadOnlyQuery(db.path(), "PRAGMA integrity_check").rows.at(0).at(0), "ok");
}

}  // namespace
}  // namespace keikaku::store
