#include "keikaku/normalize/timing.h"

#include <atomic>
#include <chrono>

namespace keikaku::normalize {
namespace {

using Clock = std::chrono::steady_clock;

std::atomic<bool> timing_on{false};

thread_local int depth = 0;
thread_local Clock::time_point entered;
thread_local double seconds = 0;

}  // namespace

void EnableTiming(bool on) { timing_on.store(on, std::memory_order_relaxed); }

double ThreadSecondsInNormalizer() { return seconds; }

namespace internal {

ScopedTiming::ScopedTiming() {
  if (!timing_on.load(std::memory_order_relaxed)) return;
  counted_ = true;
  outermost_ = depth++ == 0;
  if (outermost_) entered = Clock::now();
}

ScopedTiming::~ScopedTiming() {
  if (!counted_) return;
  --depth;
  if (outermost_) seconds += std::chrono::duration<double>(Clock::now() - entered).count();
}

}  // namespace internal
}  // namespace keikaku::normalize
