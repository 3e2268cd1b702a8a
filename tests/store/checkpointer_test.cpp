// A long import keeps checkpointing while it runs (on the store's own thread), so the
// write-ahead log does not grow with the import and the database file fills as it goes.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <thread>

#include "keikaku/store/store.h"
#include "store/store_fixtures.h"

namespace keikaku::store {
namespace {

using testing::FullDocument;
using testing::SourceFor;
using testing::TempDatabase;

TEST(Checkpointer, CheckpointsWhileTheStoreIsOpen) {
  TempDatabase db;
  auto store = Store::Open(db.path(), Store::Mode::kReadWrite);
  const auto initial = std::filesystem::file_size(db.path());
  ParsedDocument document = FullDocument();
  document.measures[0].description = std::string(40'000, 'x');  // ≈ 10 pages per document
  for (int i = 0; i < 300; ++i) store->Put(SourceFor("doc" + std::to_string(i) + ".txt", "1"), document);
  // The log passed 1,000 pages (≈ 4 MB) several times; the checkpoints copied them into the file.
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  while (std::filesystem::file_size(db.path()) < initial + (4u << 20) && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  EXPECT_GE(std::filesystem::file_size(db.path()), initial + (4u << 20));
  EXPECT_LT(std::filesystem::file_size(db.path() + "-wal"), 64u << 20);
}

TEST(Checkpointer, ClosingLeavesEverythingInTheDatabaseFile) {
  TempDatabase db;
  Store::Open(db.path(), Store::Mode::kReadWrite)->Put(SourceFor("a.txt", "1"), FullDocument());
  EXPECT_FALSE(std::filesystem::exists(db.path() + "-wal"));
  EXPECT_EQ(Store::Open(db.path(), Store::Mode::kReadOnly)->LoadDocuments().size(), 1u);
}

}  // namespace
}  // namespace keikaku::store
