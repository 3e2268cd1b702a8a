#include <gtest/gtest.h>

#include <algorithm>

#include "keikaku/store/queries.h"
#include "store/store_fixtures.h"

namespace keikaku::store {
namespace {

using testing::FullDocument;
using testing::SmallDocument;
using testing::SourceFor;
using testing::TempDatabase;

class SearchTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = Store::Open(db_.path(), Store::Mode::kReadWrite);
    store_->Put(SourceFor("kazo.txt", "1"), FullDocument());
    store_->Put(SourceFor("honjo.txt", "2"),
                SmallDocument("本庄市", "窓口業務の民間委託", "委託した業務の数", "件"));
  }
  std::vector<SearchHit> Find(const std::string& text, const std::string& municipality = "") {
    SearchQuery query;
    query.text = text;
    query.municipality = municipality;
    return Search(db_.path(), query);
  }
  TempDatabase db_;
  std::unique_ptr<Store> store_;
};

TEST_F(SearchTest, FindsAJapaneseSubstringWithAMarkedSnippet) {
  const std::vector<SearchHit> hits = Find("待ち時間");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].municipality, "加須市");
  EXPECT_EQ(hits[0].measure_ref, "1-2");
  EXPECT_EQ(hits[0].measure_title, "窓口サービスの向上");
  EXPECT_EQ(hits[0].departments, (std::vector<std::string>{"市民課", "総務課"}));
  EXPECT_NE(hits[0].snippet.find("[待ち時間]"), std::string::npos) << hits[0].snippet;
}

TEST_F(SearchTest, FindsIndicatorNamesAndTexts) {
  EXPECT_EQ(Find("マイナンバー").size(), 1u);
  EXPECT_EQ(Find("決算統計").size(), 0u);  // indicator texts are not indexed
  EXPECT_EQ(Find("案内を改善").size(), 1u);
}

TEST_F(SearchTest, TitleMatchesRankBeforeDescriptionMatches) {
  ParsedDocument sakado = SmallDocument("坂戸市", "業務の見直し", "見直した業務の数", "件");
  sakado.measures[0].description = "窓口業務の一部について民間委託を進める。";
  store_->Put(SourceFor("a-sakado.txt", "3"), sakado);
  const std::vector<SearchHit> hits = Find("民間委託");
  ASSERT_EQ(hits.size(), 2u);
  EXPECT_EQ(hits[0].municipality, "本庄市");
  EXPECT_EQ(hits[1].municipality, "坂戸市");
  EXPECT_LT(hits[0].rank, hits[1].rank);
}

TEST_F(SearchTest, TwoCharacterTextIsFoundThroughTheIndex) {
  std::vector<SearchHit> hits = Find("窓口");
  ASSERT_EQ(hits.size(), 2u);
  std::sort(hits.begin(), hits.end(), [](const auto& a, const auto& b) { return a.municipality < b.municipality; });
  EXPECT_EQ(hits[0].municipality, "加須市");
  EXPECT_EQ(hits[0].snippet, "[窓口]サービスの向上");
  EXPECT_EQ(hits[1].snippet, "[窓口]業務の民間委託");
}

TEST_F(SearchTest, OneCharacterTextIsFoundThroughTheIndex) { EXPECT_EQ(Find("窓").size(), 2u); }

TEST_F(SearchTest, PunctuationAloneFindsNothing) { EXPECT_TRUE(Find("%").empty()); }

TEST_F(SearchTest, MatchesOnlyConsecutiveCharacters) {
  EXPECT_EQ(Find("口窓").size(), 0u);      // both characters are there, not in this order
  EXPECT_EQ(Find("窓口サ").size(), 1u);
}

TEST_F(SearchTest, KanaWithAndWithoutVoicingMarksStayApart) {
  EXPECT_EQ(Find("サービス").size(), 1u);
  EXPECT_EQ(Find("サーヒス").size(), 0u);
}

TEST_F(SearchTest, JapanesePunctuationMatchesAsPrinted) {
  EXPECT_EQ(Find("窓口・サービス").size(), 0u);
  EXPECT_EQ(Find("窓口サービス").size(), 1u);
}

TEST_F(SearchTest, AsciiLettersMatchInEitherCaseAndAsciiPunctuationIsSkipped) {
  store_->Put(SourceFor("sakado.txt", "3"), SmallDocument("坂戸市", "DX推進計画(案)", "手続数", "件"));
  EXPECT_EQ(Find("dx推進").size(), 1u);
  EXPECT_EQ(Find("計画案").size(), 1u);
}

TEST_F(SearchTest, SnippetCarriesNoIndexSeparators) {
  const std::vector<SearchHit> hits = Find("待ち時間");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].snippet.find('\x1f'), std::string::npos);
}

TEST_F(SearchTest, MunicipalityNarrowsTheHits) {
  EXPECT_EQ(Find("窓口", "本庄市").size(), 1u);
  EXPECT_EQ(Find("窓口業務", "加須市").size(), 0u);
}

TEST_F(SearchTest, ReplacedDocumentLeavesTheIndex) {
  store_->Put(SourceFor("kazo.txt", "changed"), SmallDocument("加須市", "財政の健全化", "経常収支比率", "%"));
  EXPECT_EQ(Find("待ち時間").size(), 0u);
  EXPECT_EQ(Find("健全化").size(), 1u);
}

TEST_F(SearchTest, ParameterCarryingSqlOrQuerySyntaxMatchesNothing) {
  EXPECT_TRUE(Find("' OR 1=1 --").empty());
  EXPECT_TRUE(Find("\" OR \"窓口").empty());
  EXPECT_TRUE(Find("窓口", "' OR 1=1 --").empty());
}

TEST_F(SearchTest, EmptyTextFindsNothing) { EXPECT_TRUE(Find("").empty()); }

}  // namespace
}  // namespace keikaku::store
