// A database written by schema version 1 (trigram search index, no modification times) is
// upgraded in place when opened for writing, and refused with a clear message when read.
#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "keikaku/store/queries.h"
#include "keikaku/store/store.h"
#include "store/store_fixtures.h"

namespace keikaku::store {
namespace {

using testing::TempDatabase;

std::string VersionOneSchema() {
  std::ifstream in(KEIKAKU_SOURCE_DIR "/tests/store/schema_v1.sql");
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// One document with one measure, two texts and two indicators, as version 1 stored them.
void WriteVersionOneDatabase(const std::string& path) {
  SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  db.exec(VersionOneSchema());
  db.exec(
      "INSERT INTO documents (id, path, sha256, size_bytes, encoding, encoding_confidence, format, layout, "
      "layout_score, municipality, plan_title, plan_kind, imported_at) VALUES (1, 'kazo.txt', 'aa', 10, "
      "'UTF-8', 1, 'text', 'action_blocks', 1, '加須市', '行政改革大綱', 'plan', '2026-01-01T00:00:00Z');"
      "INSERT INTO measures (id, document_id, ordinal, kind, title, path, departments, related_departments, "
      "repost, description, line) VALUES (7, 1, 0, 'action', '窓口サービスの向上', '[]', '[]', '[]', 0, "
      "'待ち時間を短くする。', 3);"
      "INSERT INTO measure_texts VALUES (7, 0, '現状と課題', '混雑している'), (7, 1, '取組内容', '案内を改善');"
      "INSERT INTO indicators (measure_id, ordinal, name) VALUES (7, 0, '平均待ち時間'), (7, 1, 'マイナンバー交付率');"
      "INSERT INTO measure_search (rowid, title, description, texts, indicators) VALUES (7, '窓口サービスの向上', "
      "'待ち時間を短くする。', '現状と課題: 混雑している\n取組内容: 案内を改善', '平均待ち時間\nマイナンバー交付率');"
      "PRAGMA user_version = 1;");
}

std::vector<SearchHit> Find(const std::string& db_path, const std::string& text) {
  SearchQuery query;
  query.text = text;
  return Search(db_path, query);
}

TEST(SchemaUpgrade, OpeningForWritingRebuildsTheSearchIndex) {
  TempDatabase db;
  WriteVersionOneDatabase(db.path());
  Store::Open(db.path(), Store::Mode::kReadWrite);
  EXPECT_EQ(RunReadOnlyQuery(db.path(), "PRAGMA user_version").rows.at(0).at(0), "3");
  for (const char* text : {"窓口", "待ち時間", "混雑", "案内を改善", "交付率"}) {
    const std::vector<SearchHit> hits = Find(db.path(), text);
    ASSERT_EQ(hits.size(), 1u) << text;
    EXPECT_EQ(hits[0].measure_id, 7) << text;
  }
  const std::string snippet = Find(db.path(), "課題: 混雑").at(0).snippet;
  EXPECT_NE(snippet.find("現状と[課題: 混雑]している"), std::string::npos) << snippet;
}

TEST(SchemaUpgrade, KeepsDocumentsAndLeavesTheirModificationTimeUnknown) {
  TempDatabase db;
  WriteVersionOneDatabase(db.path());
  auto store = Store::Open(db.path(), Store::Mode::kReadWrite);
  const std::map<std::string, StoredFile> files = store->StoredFiles();
  ASSERT_EQ(files.size(), 1u);
  EXPECT_EQ(files.at("kazo.txt").sha256, "aa");
  EXPECT_EQ(files.at("kazo.txt").modified_ns, 0);
}

TEST(SchemaUpgrade, ReadingAVersionOneDatabaseSaysHowToUpgradeIt) {
  TempDatabase db;
  WriteVersionOneDatabase(db.path());
  try {
    Store::Open(db.path(), Store::Mode::kReadOnly);
    FAIL() << "read a version 1 database";
  } catch (const StoreError& error) {
    EXPECT_NE(std::string(error.what()).find("older keikaku (schema version 1)"), std::string::npos) << error.what();
  }
}

TEST(SchemaUpgrade, OpeningForWritingAddsPageColumns) {
  TempDatabase db;
  WriteVersionOneDatabase(db.path());
  Store::Open(db.path(), Store::Mode::kReadWrite);
  EXPECT_NO_THROW(RunReadOnlyQuery(db.path(), "SELECT page, printed_page FROM observations"));
  EXPECT_NO_THROW(RunReadOnlyQuery(db.path(), "SELECT page, printed_page FROM budgets"));
}

}  // namespace
}  // namespace keikaku::store
