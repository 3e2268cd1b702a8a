// Checkpoints the write-ahead log on a thread of its own, so the writer of a bulk import
// never waits for a checkpoint's page copies and fsyncs (which SQLite's automatic
// checkpoint runs inside the commit that crosses 1,000 WAL pages).
#ifndef KEIKAKU_STORE_CHECKPOINTER_H_
#define KEIKAKU_STORE_CHECKPOINTER_H_

#include <SQLiteCpp/Database.h>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

namespace keikaku::store::internal {

class BackgroundCheckpointer {
 public:
  // Takes over `writer`'s checkpoints (its WAL hook) for as long as this object lives; opens
  // a second connection to `path` for them. REQUIRES: `writer` is in WAL mode and outlives this.
  BackgroundCheckpointer(const std::string& path, SQLite::Database& writer);
  // Stops the thread and gives checkpoints back to SQLite's automatic ones.
  ~BackgroundCheckpointer();
  BackgroundCheckpointer(const BackgroundCheckpointer&) = delete;
  BackgroundCheckpointer& operator=(const BackgroundCheckpointer&) = delete;

 private:
  static int OnCommit(void* self, sqlite3* writer, const char* database, int wal_pages);
  void Run();

  SQLite::Database& writer_;
  std::unique_ptr<SQLite::Database> connection_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool wanted_ = false;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace keikaku::store::internal

#endif  // KEIKAKU_STORE_CHECKPOINTER_H_
