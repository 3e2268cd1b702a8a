// The scorer's text similarity; expected ratios are Python difflib's (score.py's sim()).
#include "support/text_similarity.h"

#include <gtest/gtest.h>

namespace keikaku::testing {
namespace {

struct SimilarityCase {
  const char* a;
  const char* b;
  double expected;
};

TEST(TextSimilarity, MatchesDifflibRatios) {
  const SimilarityCase cases[] = {
      {"職員の接客力の向上", "職員の接遇力の向上", 0.8888888888888888},
      {"若手職員や女性職員による", "若手や女性職員による", 0.9090909090909091},
      {"ち よこっと", "ちょこっと", 0.8},
      {"自治協力団体 (自治会・町内会・区) との連携", "自治協力団体との連携", 0.7407407407407407},
      {"abcd", "bcda", 0.75},
      {"qabxcd", "abycdf", 0.6666666666666666},
  };
  for (const SimilarityCase& c : cases) EXPECT_DOUBLE_EQ(TextSimilarity(c.a, c.b), c.expected) << c.a << " / " << c.b;
}

TEST(TextSimilarity, EqualAfterFoldingIsOne) {
  EXPECT_EQ(TextSimilarity("ＡＢＣ　１２３", "ABC123"), 1.0);
  EXPECT_EQ(TextSimilarity("ｶﾀｶﾅ", "カタカナ"), 1.0);
  EXPECT_EQ(TextSimilarity("", ""), 1.0);
}

TEST(TextSimilarity, OneEmptySideIsZero) { EXPECT_EQ(TextSimilarity("", "—"), 0.0); }

TEST(ScoringKey, DropsSpacesAndIgnoredPunctuation) {
  EXPECT_EQ(ScoringKey("「窓口」の満足度（%）"), "窓口の満足度%");
  EXPECT_EQ(ScoringKey("自治協力団体 (自治会・町内会・区) との連携"), "自治協力団体自治会町内会区との連携");
  EXPECT_EQ(ScoringKey("※再掲\t*注"), "再掲注");
}

}  // namespace
}  // namespace keikaku::testing
