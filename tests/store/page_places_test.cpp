// Pages of PDF sources: stored with each observation and budget, read back, exported in "at".
#include <gtest/gtest.h>

#include "keikaku/store/export.h"
#include "keikaku/store/store.h"
#include "store/store_fixtures.h"

namespace keikaku::store {
namespace {

using testing::FullDocument;
using testing::SourceFor;
using testing::TempDatabase;

ParsedDocument PagedDocument() {
  ParsedDocument document = FullDocument();
  Indicator& indicator = document.measures.at(0).indicators.at(0);
  indicator.baseline->at = {12, 1, 5, 3};
  for (Budget& budget : document.measures.at(0).budgets) budget.at.page = 2;
  return document;
}

StoredDocument PutAndLoad(const TempDatabase& db, const ParsedDocument& document) {
  Store::Open(db.path(), Store::Mode::kReadWrite)->Put(SourceFor("plan.pdf", "bb22"), document);
  return Store::Open(db.path(), Store::Mode::kReadOnly)->LoadDocuments().at(0);
}

TEST(PagePlaces, RoundTripThroughTheStore) {
  TempDatabase db;
  const ParsedDocument document = PagedDocument();
  EXPECT_EQ(PutAndLoad(db, document).parsed, document);
}

TEST(PagePlaces, ExportNamesPageAndPrintedPage) {
  TempDatabase db;
  const std::string json = ToKeikakuJson(PutAndLoad(db, PagedDocument()));
  EXPECT_NE(json.find(R"("at":{"line":12,"cell":1,"page":5,"printed_page":3})"), std::string::npos) << json;
}

TEST(PagePlaces, ExportLeavesPageOutForUnpagedSources) {
  TempDatabase db;
  const std::string json = ToKeikakuJson(PutAndLoad(db, FullDocument()));
  EXPECT_EQ(json.find("\"page\""), std::string::npos);
}

}  // namespace
}  // namespace keikaku::store
