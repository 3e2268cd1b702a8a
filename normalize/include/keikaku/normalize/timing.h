// Time spent in the normaliser, per thread, for `keikaku ingest --timings`: the normalising is
// done inside the parsers, so only the normaliser itself can tell its share of parsing. Off
// (and free but for one relaxed load per call) unless enabled.
#ifndef KEIKAKU_NORMALIZE_TIMING_H_
#define KEIKAKU_NORMALIZE_TIMING_H_

namespace keikaku::normalize {

// Turns timing on or off for every thread.
void EnableTiming(bool on);

// Seconds this thread has spent in the normaliser's public functions while timing was on.
double ThreadSecondsInNormalizer();

namespace internal {

// Declared first in each public entry point; calls nested inside another count once.
class ScopedTiming {
 public:
  ScopedTiming();
  ~ScopedTiming();
  ScopedTiming(const ScopedTiming&) = delete;
  ScopedTiming& operator=(const ScopedTiming&) = delete;

 private:
  bool counted_ = false;    // timing was on at entry
  bool outermost_ = false;
};

}  // namespace internal
}  // namespace keikaku::normalize

#endif  // KEIKAKU_NORMALIZE_TIMING_H_
