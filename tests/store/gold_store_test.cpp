// The store on realistic content: the five hand-verified gold documents.
#include <gtest/gtest.h>

#include <set>

#include "keikaku/store/queries.h"
#include "store/gold_documents.h"
#include "store/store_fixtures.h"

namespace keikaku::store {
namespace {

using testing::LoadGoldDocuments;
using testing::TempDatabase;

TEST(GoldStore, EveryGoldDocumentRoundTrips) {
  TempDatabase db;
  const std::vector<testing::GoldDocument> gold = LoadGoldDocuments();
  ASSERT_EQ(gold.size(), 5u);
  auto store = Store::Open(db.path(), Store::Mode::kReadWrite);
  for (const auto& document : gold) store->Put(document.source, document.parsed);
  const std::vector<StoredDocument> loaded = store->LoadDocuments();
  ASSERT_EQ(loaded.size(), gold.size());
  for (size_t i = 0; i < gold.size(); ++i) {
    EXPECT_EQ(loaded[i].source, gold[i].source);
    EXPECT_TRUE(loaded[i].parsed == gold[i].parsed) << gold[i].source.path;
  }
}

TEST(GoldStore, CompareKeijoShushiHiritsuFindsKazoAndHonjo) {
  TempDatabase db;
  auto store = Store::Open(db.path(), Store::Mode::kReadWrite);
  for (const auto& document : LoadGoldDocuments()) store->Put(document.source, document.parsed);
  const std::vector<CompareRow> rows = Compare(db.path(), {"keijo_shushi_hiritsu", "", std::nullopt});
  std::set<std::string> cities;
  for (const CompareRow& row : rows) {
    cities.insert(row.municipality);
    EXPECT_FALSE(row.targets.empty() && row.actuals.empty() && !row.baseline) << row.municipality;
  }
  EXPECT_EQ(cities, (std::set<std::string>{"加須市", "本庄市"}));
}

}  // namespace
}  // namespace keikaku::store
