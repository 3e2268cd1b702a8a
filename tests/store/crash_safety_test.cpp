// A writer killed at any moment leaves only whole documents, and writers in separate
// processes share one database (issue 7).
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <thread>

#include "keikaku/store/store.h"
#include "store/store_fixtures.h"

namespace keikaku::store {
namespace {

using testing::FullDocument;
using testing::SourceFor;
using testing::TempDatabase;

constexpr int kDocuments = 200;

// In a child process: puts documents doc/0 … doc/kDocuments-1 (`prefix` before each path)
// and exits 0, or 1 on any error.
pid_t SpawnWriter(const std::string& db_path, const std::string& prefix) {
  const pid_t pid = fork();
  if (pid != 0) return pid;
  int code = 0;
  try {
    auto store = Store::Open(db_path, Store::Mode::kReadWrite);
    const ParsedDocument document = FullDocument();
    for (int i = 0; i < kDocuments; ++i) store->Put(SourceFor(prefix + std::to_string(i), "1"), document);
  } catch (const std::exception& error) {
    std::fprintf(stderr, "writer %s: %s\n", prefix.c_str(), error.what());
    code = 1;
  } catch (...) {
    code = 1;
  }
  _exit(code);
}

int WaitFor(pid_t pid) {
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

void ExpectOnlyWholeDocuments(const std::string& db_path) {
  EXPECT_EQ(RunReadOnlyQuery(db_path, "PRAGMA integrity_check").rows.at(0).at(0), "ok");
  EXPECT_TRUE(RunReadOnlyQuery(db_path, "PRAGMA foreign_key_check").rows.empty());
  const ParsedDocument expected = FullDocument();
  for (const StoredDocument& document : Store::Open(db_path, Store::Mode::kReadOnly)->LoadDocuments()) {
    EXPECT_TRUE(document.parsed == expected) << document.source.path << " is not whole";
  }
}

TEST(CrashSafety, KilledWriterLeavesWholeDocumentsAndRerunCompletes) {
  TempDatabase db;
  Store::Open(db.path(), Store::Mode::kReadWrite);  // schema in place before the first kill
  for (const int delay_ms : {5, 40, 120}) {
    const pid_t writer = SpawnWriter(db.path(), "doc/");
    std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms));
    kill(writer, SIGKILL);
    WaitFor(writer);
    ExpectOnlyWholeDocuments(db.path());
    std::printf("killed after %d ms: %d documents stored\n", delay_ms,
                testing::CountRows(db.path(), "documents"));
  }
  ASSERT_EQ(WaitFor(SpawnWriter(db.path(), "doc/")), 0);
  ExpectOnlyWholeDocuments(db.path());
  EXPECT_EQ(testing::CountRows(db.path(), "documents"), kDocuments);
}

TEST(CrashSafety, TwoWriterProcessesBothFinish) {
  TempDatabase db;
  const pid_t first = SpawnWriter(db.path(), "first/");
  const pid_t second = SpawnWriter(db.path(), "second/");
  EXPECT_EQ(WaitFor(first), 0);
  EXPECT_EQ(WaitFor(second), 0);
  EXPECT_EQ(testing::CountRows(db.path(), "documents"), 2 * kDocuments);
  ExpectOnlyWholeDocuments(db.path());
}

}  // namespace
}  // namespace keikaku::store
