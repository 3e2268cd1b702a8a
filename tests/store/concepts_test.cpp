#include <gtest/gtest.h>

#include <set>

#include "keikaku/store/queries.h"

namespace keikaku::store {
namespace {

struct NameCase {
  const char* name;  // an indicator name as printed (most from tests/gold)
  const char* key;   // expected key; nullptr for no concept
};

// At least one row per lexicon entry (ConceptsTest.EveryLexiconEntryHasACase checks).
constexpr NameCase kNames[] = {
    {"経常収支比率", "keijo_shushi_hiritsu"},
    {"経常収支比率（普通会計）", "keijo_shushi_hiritsu"},
    {"実質公債費比率", "jisshitsu_kosaihi_hiritsu"},
    {"将来負担比率", "shorai_futan_hiritsu"},
    {"市税の収納率", "shizei_shunoritsu"},
    {"収納率", "shizei_shunoritsu"},
    {"市税徴収率", "shizei_shunoritsu"},
    {"市税現年度収納率", "shizei_shunoritsu"},
    {"市税収納率(現年度課税分)", "shizei_shunoritsu"},
    {"国税徴収率", nullptr},
    {"各種料金などの収納率", nullptr},
    {"4月1日現在の管理職に占める女性職員の割合", "josei_kanrishoku"},
    {"管理職に占める女性の割合", "josei_kanrishoku"},
    {"女性管理職登用率", "josei_kanrishoku"},
    {"審議会等委員のうち女性の割合", "shingikai_josei"},
    {"職員提案件数", "shokuin_teian"},
    {"職員提案制度件数(年間)", "shokuin_teian"},
    {"行政手続きなどのオンライン利用率", "online_tetsuzuki"},
    {"オンラインで可能な行政手続数", "online_tetsuzuki"},
    {"電子申請システム利用手続数", "online_tetsuzuki"},
    {"電子申請 手続数", "online_tetsuzuki"},
    {"HPアクセス数", "homepage_access"},
    {"ＨＰアクセス数", "homepage_access"},
    {"市ホームページへのアクセス数", "homepage_access"},
    {"ホームページサイト訪問者数", "homepage_access"},
    {"市ホームページ更新件数", "homepage_koshin"},
    {"市のホームページの月平均更新件数", "homepage_koshin"},
    {"施策に係る市民満足度", "shimin_manzokudo"},
    {"普通会計における市債残高", "shisai_zandaka"},
    {"年度末市債残高(一般会計・元金)", "shisai_zandaka"},
    {"財政調整基金残高", "zaisei_chosei_kikin"},
    {"ふるさと納税寄附額", "furusato_nozei"},
    {"オープンデータの公開数", "open_data"},
    {"オープンデータ県HP公表数", "open_data"},
    {"個人番号カードの交付枚数", "mynumber_card"},
    {"マイナンバーカード交付率", "mynumber_card"},
    {"住民票・印鑑証明書等のコンビニ交付の発行割合", "konbini_kofu"},
    {"コンビニ納付の年間利用 割合", nullptr},
    {"指定管理者導入施設数", "shitei_kanrisha"},
    {"特定健診受診率", "tokutei_kenshin"},
    {"定期健康診断の受診率", "shokuin_kenko_shindan"},
    {"時間外勤務の延べ時間数", "jikangai_kinmu"},
    {"一人一日当たりのごみの排出量", "gomi_haishutsu"},
    {"家庭系ごみの1人1日当たりのごみの排出量", "gomi_haishutsu"},
    {"リサイクル率", "gomi_recycle"},
    {"ごみの資源化率", "gomi_recycle"},
    {"後発医薬品利用率(国保)", "kohatsu_iyakuhin"},
    {"肺がん検診受診率", nullptr},
    {"", nullptr},
};

class ConceptForIndicatorTest : public ::testing::TestWithParam<NameCase> {};

TEST_P(ConceptForIndicatorTest, MapsNameToConcept) {
  const NameCase& c = GetParam();
  const std::optional<std::string> expected = c.key ? std::optional<std::string>(c.key) : std::nullopt;
  EXPECT_EQ(ConceptForIndicator(c.name), expected) << c.name;
}

INSTANTIATE_TEST_SUITE_P(Lexicon, ConceptForIndicatorTest, ::testing::ValuesIn(kNames));

TEST(ConceptLexicon, EveryLexiconEntryHasACase) {
  std::set<std::string> tested;
  for (const NameCase& c : kNames) {
    if (c.key) tested.insert(c.key);
  }
  for (const IndicatorConcept& entry : ConceptLexicon()) {
    EXPECT_TRUE(tested.count(entry.key)) << entry.key << " has no row in kNames";
    EXPECT_FALSE(entry.label.empty()) << entry.key;
  }
}

TEST(ConceptLexicon, KeysAreUnique) {
  std::set<std::string> keys;
  for (const IndicatorConcept& entry : ConceptLexicon()) {
    EXPECT_TRUE(keys.insert(entry.key).second) << entry.key;
  }
}

}  // namespace
}  // namespace keikaku::store
