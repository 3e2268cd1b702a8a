// FindMunicipality on small documents: one row per case, each document a few lines of text.
#include "common/municipality.h"

#include <gtest/gtest.h>

#include <ostream>
#include <string>

#include "keikaku/parsers/grid.h"

namespace keikaku::layouts {
namespace {

struct Case {
  const char* test_name;
  std::string text;
  Municipality expected;
  const char* diagnostic_kind = "";  // "" when no diagnostic is expected
};

// `lines` non-blank filler rows, so what follows lies outside the document's head.
std::string Filler(int lines) {
  std::string text;
  for (int i = 0; i < lines; ++i) text += "施策の方向性と取組の内容\n";
  return text;
}

const Case kCases[] = {
    {"CivicCentreIsNotChuoCity", "加古川市の取組\n中央市民センターの利用者数\n中央市民センター\n",
     {"加古川市", "兵庫県", "282103"}},
    {"CivicCentreAloneNamesNoBody", "中央市民センターの利用者数\n", {}},
    {"LongerNameWinsOverNameInside", "山陽小野田市総合計画\n", {"山陽小野田市", "山口県", "352161"}},
    {"NameOnItsOwn", "野田市総合計画\n野田市の施策\n", {"野田市", "千葉県", "122084"}},
    {"PrefectureAloneIsItsOwnBody", "福島県総合計画\n福島県の指標\n", {"福島県", "福島県", "070009"}},
    {"IbarakiPrefecture", "茨城県の指標一覧\n", {"茨城県", "茨城県", "080004"}},
    {"YamagataPrefecture", "山形県の指標一覧\n", {"山形県", "山形県", "060003"}},
    {"MiePrefecture", "三重県の指標一覧\n", {"三重県", "三重県", "240001"}},
    {"PrefectureOutnumbersItsCities", "高知県の施策\n高知県の目標\n高知市との連携\n",
     {"高知県", "高知県", "390003"}},
    {"AmbiguousNameWithoutPrefectureIsLeftEmpty", "府中市総合計画\n府中市の施策\n", {},
     "ambiguous_municipality"},
    {"AmbiguousNameResolvedByPrintedPrefecture", "府中市総合計画\n広島県との連携\n",
     {"府中市", "広島県", "342084"}},
    {"AddressDoesNotReadKyotoInTokyo", "東京都府中市の計画\n", {"府中市", "東京都", "132063"}},
    {"CityWithItsPrefectureIsTheCitys", "福知山市の行政改革\n京都府との連携\n",
     {"福知山市", "京都府", "262013"}},
    {"AddressQualifiesTheCity", "京都府福知山市\n行政改革の取組状況\n", {"福知山市", "京都府", "262013"}},
    {"TitleOutweighsBody",
     "加須市行政経営プラン\n" + Filler(10) + "本庄市との連携\n本庄市との協議\n本庄市の事例\n",
     {"加須市", "埼玉県", "112101"}},
    {"FullWidthText", "第２次　加須市　総合計画（令和２年度）\n", {"加須市", "埼玉県", "112101"}},
    {"SmallKeReadsAsKe", "鎌ヶ谷市総合基本計画\n", {"鎌ケ谷市", "千葉県", "122246"}},
    {"OneKanjiNameInsideLongerWordIsNoMatch", "新津市の沿革\n", {}},
    {"OneKanjiNameUnderItsPrefecture", "三重県津市の計画\n", {"津市", "三重県", "242012"}},
    {"NameContainingAnotherName", "東村山市の計画\n", {"東村山市", "東京都", "132136"}},
    {"CompoundMentionsSupportANamePrintedAlone", "坂戸市の計画\n坂戸市内の施設\n坂戸市民の割合\n川越市の事例\n川越市の施策\n",
     {"坂戸市", "埼玉県", "112399"}},
    {"CentralMarketIsNotChuoCity", "中央市場の再整備\n", {}},
    {"NameInsideLongerNameIsNoMatch", "四国中央市の計画\n", {"四国中央市", "愛媛県", "382132"}},
    {"NoNameNoBody", "施策の方向性\n", {}},
};

// Shown by ctest in place of the bytes of the row.
void PrintTo(const Case& c, std::ostream* out) { *out << c.test_name; }

class FindMunicipalityCases : public ::testing::TestWithParam<Case> {};

TEST_P(FindMunicipalityCases, FindsTheBody) {
  const Case& c = GetParam();
  const MunicipalityFinding found = FindMunicipality(ReadTextGrid(c.text));
  EXPECT_EQ(found.municipality.name, c.expected.name);
  EXPECT_EQ(found.municipality.prefecture, c.expected.prefecture);
  EXPECT_EQ(found.municipality.code, c.expected.code);
  EXPECT_EQ(found.diagnostic ? found.diagnostic->kind : "", c.diagnostic_kind);
}

INSTANTIATE_TEST_SUITE_P(Municipality, FindMunicipalityCases, ::testing::ValuesIn(kCases),
                         [](const auto& info) { return std::string(info.param.test_name); });

TEST(FindMunicipality, AmbiguityDiagnosticNamesThePrefectures) {
  const MunicipalityFinding found = FindMunicipality(ReadTextGrid("\n府中市総合計画\n"));
  ASSERT_TRUE(found.diagnostic.has_value());
  EXPECT_EQ(found.diagnostic->message, "府中市 is in 東京都 and 広島県; no prefecture printed");
  EXPECT_EQ(found.diagnostic->line, 2);
}

TEST(LookupMunicipality, UniqueNameHasItsCode) {
  EXPECT_EQ(LookupMunicipality("本庄市"), (Municipality{"本庄市", "埼玉県", "112119"}));
}

TEST(LookupMunicipality, SharedNameIsNotLookedUp) { EXPECT_FALSE(LookupMunicipality("府中市").has_value()); }

}  // namespace
}  // namespace keikaku::layouts
