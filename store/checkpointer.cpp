#include "checkpointer.h"

#include <sqlite3.h>

#include "database.h"

namespace keikaku::store::internal {
namespace {

// SQLite's own threshold: a checkpoint is due once the log holds this many pages.
constexpr int kCheckpointPages = 1000;
// Should the checkpoints fall behind (a reader holding old pages, a slow disk), the writer
// checkpoints itself past this, so the log never grows beyond about 64 MB.
constexpr int kWriterCheckpointPages = 16'000;

}  // namespace

BackgroundCheckpointer::BackgroundCheckpointer(const std::string& path, SQLite::Database& writer)
    : writer_(writer),
      connection_(std::make_unique<SQLite::Database>(path, SQLite::OPEN_READWRITE, kBusyTimeoutMs)) {
  sqlite3_wal_hook(writer_.getHandle(), &BackgroundCheckpointer::OnCommit, this);
  thread_ = std::thread([this] { Run(); });
}

BackgroundCheckpointer::~BackgroundCheckpointer() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_one();
  thread_.join();
  sqlite3_wal_autocheckpoint(writer_.getHandle(), kCheckpointPages);  // SQLite's own hook again
}

int BackgroundCheckpointer::OnCommit(void* self, sqlite3* writer, const char* database, int wal_pages) {
  if (wal_pages >= kWriterCheckpointPages) {
    sqlite3_wal_checkpoint_v2(writer, database, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
  } else if (wal_pages >= kCheckpointPages) {
    auto* checkpointer = static_cast<BackgroundCheckpointer*>(self);
    {
      std::lock_guard lock(checkpointer->mutex_);
      checkpointer->wanted_ = true;
    }
    checkpointer->wake_.notify_one();
  }
  return SQLITE_OK;
}

void BackgroundCheckpointer::Run() {
  std::unique_lock lock(mutex_);
  for (;;) {
    wake_.wait(lock, [this] { return wanted_ || stopping_; });
    if (stopping_) return;
    wanted_ = false;
    lock.unlock();
    // PASSIVE copies what no reader still needs and never blocks the writer; a busy or
    // failed checkpoint is simply tried again after the next commit.
    sqlite3_wal_checkpoint_v2(connection_->getHandle(), nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    lock.lock();
  }
}

}  // namespace keikaku::store::internal
