#include <gtest/gtest.h>

#include "keikaku/store/queries.h"
#include "store/store_fixtures.h"

namespace keikaku::store {
namespace {

using testing::FullDocument;
using testing::SmallDocument;
using testing::SourceFor;
using testing::TempDatabase;

class ListingsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = Store::Open(db_.path(), Store::Mode::kReadWrite);
    store_->Put(SourceFor("kazo.txt", "1"), FullDocument());
    store_->Put(SourceFor("honjo.txt", "2"), SmallDocument("本庄市", "財政の健全化", "経常収支比率", "%"));
  }
  TempDatabase db_;
  std::unique_ptr<Store> store_;
};

TEST_F(ListingsTest, DocumentsCarryTheirRecordCounts) {
  const std::vector<DocumentSummary> documents = ListDocuments(db_.path());
  ASSERT_EQ(documents.size(), 2u);
  const DocumentSummary& kazo = documents[1];
  EXPECT_EQ(kazo.path, "kazo.txt");
  EXPECT_EQ(kazo.municipality, "加須市");
  EXPECT_EQ(kazo.layout, "action_blocks");
  EXPECT_EQ(kazo.measures, 2);
  EXPECT_EQ(kazo.indicators, 3);
  EXPECT_EQ(kazo.observations, 6);
  EXPECT_EQ(kazo.budgets, 3);
  EXPECT_EQ(kazo.diagnostics, 2);
}

TEST_F(ListingsTest, MeasuresFilterByDepartmentSubstring) {
  MeasureFilter filter;
  filter.department = "総務";
  const std::vector<MeasureRow> rows = ListMeasures(db_.path(), filter);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].title, "窓口サービスの向上");
  EXPECT_EQ(rows[0].indicators, 3);
  EXPECT_EQ(rows[0].budgets, 3);
  EXPECT_EQ(rows[0].status, "");
}

TEST_F(ListingsTest, MeasuresFilterByMunicipalityAndStatus) {
  MeasureFilter filter;
  filter.municipality = "本庄市";
  filter.status = "実施";
  EXPECT_EQ(ListMeasures(db_.path(), filter).size(), 1u);
  filter.status = "完了";
  EXPECT_EQ(ListMeasures(db_.path(), filter).size(), 0u);
}

TEST_F(ListingsTest, MeasuresPageWithLimitAndOffset) {
  MeasureFilter filter;
  filter.limit = 2;
  const std::vector<MeasureRow> first = ListMeasures(db_.path(), filter);
  filter.offset = 2;
  const std::vector<MeasureRow> rest = ListMeasures(db_.path(), filter);
  ASSERT_EQ(first.size(), 2u);
  ASSERT_EQ(rest.size(), 1u);
  EXPECT_EQ(first[0].municipality, "加須市");
  EXPECT_EQ(rest[0].municipality, "本庄市");
}

TEST_F(ListingsTest, MeasureParameterCarryingSqlMatchesNothing) {
  MeasureFilter filter;
  filter.municipality = "' OR 1=1 --";
  EXPECT_TRUE(ListMeasures(db_.path(), filter).empty());
  filter = {};
  filter.department = "' OR 1=1 --";
  EXPECT_TRUE(ListMeasures(db_.path(), filter).empty());
}

TEST_F(ListingsTest, IndicatorsFilterByConcept) {
  IndicatorFilter filter;
  filter.concept_key = "keijo_shushi_hiritsu";
  const std::vector<IndicatorRow> rows = ListIndicators(db_.path(), filter);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].municipality, "加須市");
  EXPECT_EQ(rows[0].observations, 5);
  EXPECT_EQ(rows[1].unit, "%");
}

TEST_F(ListingsTest, ConceptsCountCitiesDocumentsAndIndicators) {
  const std::vector<ConceptCoverage> concepts = ListConcepts(db_.path());
  ASSERT_EQ(concepts.size(), ConceptLexicon().size());
  EXPECT_EQ(concepts[0].concept_info.key, "keijo_shushi_hiritsu");
  EXPECT_EQ(concepts[0].cities, 2);
  EXPECT_EQ(concepts[0].documents, 2);
  EXPECT_EQ(concepts[0].indicators, 2);
  EXPECT_EQ(concepts[1].indicators, 0);
}

TEST_F(ListingsTest, LayoutsCountDocuments) {
  const std::vector<LayoutCount> layouts = CountLayouts(db_.path());
  ASSERT_EQ(layouts.size(), 2u);
  EXPECT_EQ(layouts[0].layout, "action_blocks");
  EXPECT_EQ(layouts[0].documents, 1);
}

TEST_F(ListingsTest, FailuresListPlaceAndReason) {
  store_->RecordFailure("bad.txt", "line 3", "not a plan");
  const std::vector<ImportFailure> failures = ListFailures(db_.path());
  ASSERT_EQ(failures.size(), 1u);
  EXPECT_EQ(failures[0].path, "bad.txt");
  EXPECT_EQ(failures[0].place, "line 3");
  EXPECT_EQ(failures[0].reason, "not a plan");
}

TEST_F(ListingsTest, ContentTagChangesWithEveryWrite) {
  const std::string before = ContentTag(db_.path());
  EXPECT_EQ(ContentTag(db_.path()), before);
  store_->Remove({"honjo.txt"});
  EXPECT_NE(ContentTag(db_.path()), before);
}

}  // namespace
}  // namespace keikaku::store
