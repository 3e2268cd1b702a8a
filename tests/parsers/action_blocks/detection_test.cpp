// Layout detection: the seed is claimed, the other families' seeds are not.
#include <gtest/gtest.h>

#include <string>

#include "action_blocks/action_blocks.h"
#include "support/gold_scoring.h"

namespace keikaku::layouts {
namespace {

double ScoreCorpus(const std::string& name) {
  return ScoreOf(DetectActionBlocks(ReadTextGrid(testing::ReadFileBytes(testing::CorpusPath(name)))));
}

TEST(ActionBlocksScore, ClaimsTheSeed) { EXPECT_GE(ScoreCorpus("kazo-gyosei-keiei-plan-2016.txt"), 0.6); }

class ActionBlocksScoreOthers : public ::testing::TestWithParam<std::string> {};

TEST_P(ActionBlocksScoreOthers, LeavesOtherFamilies) { EXPECT_LT(ScoreCorpus(GetParam()), 0.3); }

INSTANTIATE_TEST_SUITE_P(Corpus, ActionBlocksScoreOthers,
                         ::testing::Values("annaka-gyosei-kaikaku-jisshi-keikaku-2020.txt",
                                           "honjo-sogo-keikaku-zenki-ch6.txt",
                                           "komoro-seika-setsumeisho-2019.txt",
                                           "sakado-action-plan-shinko-kanri-2020.txt"));

TEST(ActionBlocksScore, EmptyGridScoresZero) { EXPECT_EQ(ScoreOf(DetectActionBlocks(Grid{})), 0); }

}  // namespace
}  // namespace keikaku::layouts
