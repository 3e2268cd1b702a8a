// FindMentions: which names a line prints as words of their own. One row per line of text.
#include "common/municipality_mentions.h"

#include <gtest/gtest.h>

#include <ostream>
#include <string>

namespace keikaku::layouts {
namespace {

// The mentions of `text` as "name" per mention, "name+" when compound, "name>" when it is the
// address of the next one, joined with spaces.
std::string Describe(std::string_view text) {
  std::string described;
  for (const Mention& mention : FindMentions(text)) {
    if (!described.empty()) described += ' ';
    described += text.substr(mention.begin, mention.end - mention.begin);
    if (mention.compound) described += '+';
    if (mention.qualifies_next) described += '>';
  }
  return described;
}

struct Case {
  const char* test_name;
  const char* text;
  const char* mentions;
};

void PrintTo(const Case& c, std::ostream* out) { *out << c.test_name; }

const Case kCases[] = {
    {"NameAlone", "加須市の取組", "加須市"},
    {"LongestNameWins", "山陽小野田市", "山陽小野田市"},
    {"NameInsideNameIsNotRead", "四国中央市の計画", "四国中央市"},
    {"EarlierNameKeepsTheOverlap", "東京都府中市", "東京都> 府中市"},
    {"LongerNameReplacesTheNameItStartsWith", "東村山市", "東村山市"},
    {"PrefectureBeforeItsCityIsAnAddress", "京都府福知山市", "京都府> 福知山市"},
    {"DistrictBetweenIsStillAnAddress", "埼玉県北葛飾郡杉戸町", "埼玉県> 杉戸町"},
    {"IdeographicSpaceBetweenIsStillAnAddress", "京都府　福知山市", "京都府> 福知山市"},
    {"WordsBetweenAreNoAddress", "京都府と福知山市", "京都府 福知山市"},
    {"SuffixStartingAWordIsCompound", "中央市民センター", "中央市+"},
    {"CityInsideIsCompound", "坂戸市内の施設", "坂戸市+"},
    {"MarketIsCompound", "中央市場", "中央市+"},
    {"WordNotStartedBySuffixIsAlone", "安中市行政改革", "安中市"},
    {"OneKanjiNameGluedToKanjiIsNoName", "新津市の沿革", ""},
    {"OneKanjiNameGluedToHarbourIsNoName", "漁港区域", ""},
    {"OneKanjiNameUnderPrefecture", "三重県津市", "三重県> 津市"},
    {"OneKanjiNameAfterKana", "の津市", "津市"},
    {"PrefectureFollowedByWordIsAlone", "福島県民の健康", "福島県"},
    {"NameOverlappingAPrefectureIsNotRead", "富山県市町村会議", "富山県"},
    {"SmallKe", "鎌ヶ谷市", "鎌ヶ谷市"},
    {"NoName", "本県の各市町村", ""},
};

class FindMentionsCases : public ::testing::TestWithParam<Case> {};

TEST_P(FindMentionsCases, ReadsTheNames) { EXPECT_EQ(Describe(GetParam().text), GetParam().mentions); }

INSTANTIATE_TEST_SUITE_P(Municipality, FindMentionsCases, ::testing::ValuesIn(kCases),
                         [](const auto& info) { return std::string(info.param.test_name); });

}  // namespace
}  // namespace keikaku::layouts
