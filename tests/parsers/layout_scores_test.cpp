// The layout score contract ParseGrid relies on (it stops at the first layout that scores
// 1): every score is within [0, 1], and the chosen layout is the first of the best.
#include <gtest/gtest.h>

#include "keikaku/parsers/grid.h"
#include "keikaku/parsers/parse.h"
#include "support/gold_scoring.h"

namespace keikaku {
namespace {

class LayoutScores : public ::testing::TestWithParam<const char*> {};

TEST_P(LayoutScores, StayWithinZeroAndOne) {
  const Grid grid = ReadTextGrid(testing::ReadFileBytes(testing::CorpusPath(GetParam())));
  for (const Layout& layout : KnownLayouts()) {
    const double score = layout.Score(grid);
    EXPECT_GE(score, 0.0) << layout.name;
    EXPECT_LE(score, 1.0) << layout.name;
  }
}

TEST_P(LayoutScores, ParseGridChoosesTheFirstBestLayout) {
  const Grid grid = ReadTextGrid(testing::ReadFileBytes(testing::CorpusPath(GetParam())));
  const Layout* best = nullptr;
  double best_score = -1;
  for (const Layout& layout : KnownLayouts()) {
    if (const double score = layout.Score(grid); score > best_score) {
      best = &layout;
      best_score = score;
    }
  }
  EXPECT_EQ(ParseGrid(grid).layout, best->name);
}

INSTANTIATE_TEST_SUITE_P(Corpus, LayoutScores,
                         ::testing::Values("kazo-gyosei-keiei-plan-2016.txt",
                                           "annaka-gyosei-kaikaku-jisshi-keikaku-2020.txt",
                                           "honjo-sogo-keikaku-zenki-ch6.txt", "komoro-seika-setsumeisho-2019.txt",
                                           "sakado-action-plan-shinko-kanri-2020.txt"));

}  // namespace
}  // namespace keikaku
