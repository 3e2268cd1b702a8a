#include "keikaku/normalize/timing.h"

#include <gtest/gtest.h>

#include <string>

#include "keikaku/normalize/text.h"

namespace keikaku::normalize {
namespace {

std::string LongCell() {
  std::string cell;
  for (int i = 0; i < 2000; ++i) cell += "ＡＢＣ　１２３　<b>全角</b>の文字　";
  return cell;
}

TEST(Timing, CountsNothingWhileOff) {
  EnableTiming(false);
  const double before = ThreadSecondsInNormalizer();
  NormalizeText(LongCell());
  EXPECT_EQ(ThreadSecondsInNormalizer(), before);
}

TEST(Timing, CountsTheNormalisersTimeWhileOn) {
  EnableTiming(true);
  const double before = ThreadSecondsInNormalizer();
  NormalizeText(LongCell());
  EnableTiming(false);
  EXPECT_GT(ThreadSecondsInNormalizer(), before);
}

TEST(Timing, TurningItOnInsideACallIsHarmless) {
  EnableTiming(false);
  {
    internal::ScopedTiming outer;  // entered while off: not counted
    EnableTiming(true);
    internal::ScopedTiming inner;  // the outermost counted call
  }
  const double after_first = ThreadSecondsInNormalizer();
  NormalizeText("ａ");  // depth is back to zero: this call is counted as outermost again
  EnableTiming(false);
  EXPECT_GE(ThreadSecondsInNormalizer(), after_first);
}

}  // namespace
}  // namespace keikaku::normalize
