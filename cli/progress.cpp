#include "progress.h"

#include <cstdio>
#include <string>

namespace keikaku::cli {

Progress::Progress(size_t total, bool enabled)
    : total_(total), enabled_(enabled), start_(Clock::now()), last_done_(start_) {
  if (enabled_) ticker_ = std::thread([this] { Tick(); });
}

Progress::~Progress() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  stop_.notify_all();
  if (ticker_.joinable()) ticker_.join();
}

void Progress::Update(size_t bytes) {
  std::lock_guard lock(mutex_);
  if (done_ == total_) return;  // pruned files come after the last one
  ++done_;
  bytes_ += bytes;
  last_done_ = Clock::now();
  if (!enabled_) return;
  DrawLocked();
  if (done_ == total_) std::fprintf(stderr, "\n");
}

void Progress::Clear() {
  std::lock_guard lock(mutex_);
  if (enabled_ && done_ < total_) std::fprintf(stderr, "\r\033[K");
}

void Progress::DrawLocked() {
  const auto now = Clock::now();
  const double seconds = std::chrono::duration<double>(now - start_).count();
  const double rate = seconds > 0 ? static_cast<double>(bytes_) / seconds / 1e6 : 0;
  const double eta = done_ ? seconds / static_cast<double>(done_) * static_cast<double>(total_ - done_) : 0;
  const double current = std::chrono::duration<double>(now - last_done_).count();
  constexpr int kWidth = 30;
  constexpr char kTurning[] = "|/-\\";
  const int filled = total_ ? static_cast<int>(kWidth * done_ / total_) : kWidth;
  std::fprintf(stderr, "\r[%s%s] %zu/%zu  %.1f MB/s  ETA %.0fs  %c %.0fs on the current file ",
               std::string(filled, '#').c_str(), std::string(kWidth - filled, '.').c_str(), done_, total_, rate, eta,
               kTurning[ticks_ % 4], current);
  std::fflush(stderr);
}

void Progress::Tick() {
  std::unique_lock lock(mutex_);
  while (!stop_.wait_for(lock, std::chrono::milliseconds(500), [&] { return stopping_; })) {
    if (done_ == total_) continue;
    ++ticks_;
    DrawLocked();
  }
}

}  // namespace keikaku::cli
