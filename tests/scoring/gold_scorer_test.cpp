// The gold scorer: gold against itself, and one change per test against a small document.
#include "support/gold_scorer.h"

#include <gtest/gtest.h>

#include <Poco/JSON/Parser.h>

#include "support/gold_scoring.h"
#include "support/shell.h"

namespace keikaku::testing {
namespace {

// One measure with one indicator: a baseline, two targets (one a dash), a budget.
constexpr const char* kGold = R"({"source": {"file": "a.txt", "sha256": "aa"}, "measures": [
  {"ref": "1", "title": "職員の接客力の向上", "departments": ["職員課"], "status": "A",
   "indicators": [{"name": "満足度の割合", "unit": "%",
     "baseline": {"fy": 2013, "value": 72.2, "comparator": null, "text": "72.2%"},
     "targets": [{"fy": 2016, "value": 75, "comparator": ">=", "text": "75以上"},
                 {"fy": 2017, "value": null, "comparator": null, "text": "—"}]}],
   "budgets": [{"fy": 2017, "category": "total", "amount_yen": 416000}]}]})";

ScoreReport Score(const std::string& prediction) {
  ScratchDir dir;
  const std::string gold = dir.Write("gold.json", kGold);
  const std::string export_path = dir.Write("export.json", prediction);
  return ScoreExport(LoadKeikakuDocuments(export_path), GoldFiles({gold}));
}

std::string Replace(std::string text, const std::string& from, const std::string& to) {
  const size_t at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  return text.replace(at, from.size(), to);
}

TEST(GoldScorer, GoldAgainstItselfIsPerfectAndIgnoresDashCells) {
  const ScoreReport report = Score(kGold);
  ASSERT_EQ(report.documents.size(), 1u);
  EXPECT_EQ(report.documents[0].name, "a.txt");
  for (const char* kind : {"measures", "indicators", "budgets"}) EXPECT_EQ(report.overall.at(kind).tp, 1) << kind;
  EXPECT_EQ(report.overall.at("observations").tp, 2);
  for (const char* kind : {"departments", "status", "units"}) EXPECT_EQ(AccuracyOf(report.overall.at(kind)), 1.0);
}

TEST(GoldScorer, MoneyUnitsAreComparedInYen) {
  const std::string gold_in_thousands = Replace(Replace(kGold, R"("unit": "%")", R"("unit": "千円")"), "72.2,", "1,");
  ScratchDir dir;
  const std::string gold = dir.Write("gold.json", gold_in_thousands);
  const std::string in_yen = Replace(gold_in_thousands, R"("unit": "千円")", R"("unit": "円")");
  const std::string pred = dir.Write("export.json", Replace(in_yen, R"("value": 1,)", R"("value": 1000,)"));
  const ScoreReport report = ScoreExport(LoadKeikakuDocuments(pred), GoldFiles({gold}));
  EXPECT_EQ(report.overall.at("observations").tp, 1) << FormatScoreTable(report, true);
  EXPECT_EQ(report.overall.at("observations").fn, 1);  // 75 円 is not 75 千円
}

TEST(GoldScorer, ComparatorMustAgree) {
  const ScoreReport report = Score(Replace(kGold, R"("comparator": ">=")", R"("comparator": null)"));
  EXPECT_EQ(report.overall.at("observations").tp, 1);
  EXPECT_EQ(report.overall.at("observations").fp, 1);
  EXPECT_EQ(report.overall.at("observations").fn, 1);
}

TEST(GoldScorer, SameRefPairsALooselySimilarTitle) {
  const ScoreReport report = Score(Replace(kGold, "職員の接客力の向上", "職員の接遇力"));
  EXPECT_EQ(report.overall.at("measures").tp, 1) << FormatScoreTable(report, true);
}

TEST(GoldScorer, UnpairedMeasureMissesEverythingUnderIt) {
  const std::string retitled = Replace(kGold, "職員の接客力の向上", "窓口の案内");
  const ScoreReport report = Score(Replace(retitled, R"("ref": "1")", R"("ref": "2")"));
  EXPECT_EQ(report.overall.at("measures").fn, 1);
  EXPECT_EQ(report.overall.at("measures").fp, 1);
  EXPECT_EQ(report.overall.at("observations").fn, 2);
  EXPECT_EQ(report.overall.count("departments"), 0u);
}

TEST(GoldScorer, DocumentMissingFromTheExportScoresZeroRecall) {
  const ScoreReport report = Score(Replace(kGold, R"("file": "a.txt", "sha256": "aa")", R"("file": "b.txt", "sha256": "bb")"));
  EXPECT_EQ(FiguresOf(report.overall.at("measures")).recall, 0.0);
  EXPECT_EQ(report.documents[0].misses.front(), "document not in the export");
}

TEST(GoldScorer, BudgetAmountOffByAYenIsWrong) {
  const ScoreReport report = Score(Replace(kGold, "416000", "416001"));
  EXPECT_EQ(report.overall.at("budgets").fn, 1);
  EXPECT_EQ(report.overall.at("budgets").fp, 1);
}

TEST(GoldScorer, JsonLinesExportIsRead) {
  ScratchDir dir;
  const std::string path = dir.Write("export.jsonl", "{\"schema\": \"keikaku/1\"}\n\n{\"schema\": \"keikaku/1\"}\n");
  EXPECT_EQ(LoadKeikakuDocuments(path).size(), 2u);
}

TEST(GoldScorer, RepositoryGoldAgainstItselfFindsEveryRecord) {
  for (const std::string& file : GoldFiles({GoldDir()})) {
    const ScoreReport report = ScoreExport(LoadKeikakuDocuments(file), {file});
    for (const char* kind : {"measures", "indicators", "observations"}) {
      EXPECT_EQ(FiguresOf(report.overall.at(kind)).f1, 1.0) << file << " " << kind;
    }
  }
}

}  // namespace
}  // namespace keikaku::testing
