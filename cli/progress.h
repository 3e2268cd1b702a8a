// The progress bar of keikaku ingest on a terminal.
#ifndef KEIKAKU_CLI_PROGRESS_H_
#define KEIKAKU_CLI_PROGRESS_H_

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <thread>

namespace keikaku::cli {

// One line on stderr: documents done/total, MB/s, ETA, and the seconds since the last
// document finished with a turning mark, redrawn twice a second so that it moves during one
// long document too. Disabled, it prints nothing and starts no thread.
class Progress {
 public:
  Progress(size_t total, bool enabled);
  ~Progress();  // stops the redrawing
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  // Counts one finished file of `bytes` bytes.
  void Update(size_t bytes);
  // Clears the line so that a normal line can be printed; the next redraw shows it again.
  void Clear();

 private:
  using Clock = std::chrono::steady_clock;
  void DrawLocked();
  void Tick();

  const size_t total_;
  const bool enabled_;
  const Clock::time_point start_;
  size_t done_ = 0, bytes_ = 0, ticks_ = 0;
  Clock::time_point last_done_;
  bool stopping_ = false;
  std::mutex mutex_;
  std::condition_variable stop_;
  std::thread ticker_;
};

}  // namespace keikaku::cli

#endif  // KEIKAKU_CLI_PROGRESS_H_
