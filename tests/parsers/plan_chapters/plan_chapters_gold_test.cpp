// The seed of this family scored against its hand-verified gold, and twins that must score
// the same (full-width digits, CRLF line ends, a shifted indicator row).
#include <Poco/JSON/Parser.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "keikaku/parsers/grid.h"
#include "keikaku/store/export.h"
#include "plan_chapters/plan_chapters.h"
#include "support/gold_scoring.h"
#include "support/twins.h"

namespace keikaku::layouts {
namespace {

constexpr char kSeed[] = "honjo-sogo-keikaku-zenki-ch6.txt";

std::string SeedText() {
  return keikaku::testing::ReadFileBytes(keikaku::testing::CorpusPath(kSeed));
}

// Shifts one indicator row one cell to the right, as a converter that saw an empty column does.
std::string WithShiftedRow(std::string text) {
  const std::string row = "| 市ホームページ更新件数";
  const size_t at = text.find(row);
  if (at != std::string::npos) text.insert(at, "|  ");
  return text;
}

void ExpectGoldThresholds(const std::string& text) {
  const ParsedDocument parsed = ParsePlanChapters(ReadTextGrid(text));
  const keikaku::testing::GoldScores scores = keikaku::testing::ScoreAgainstGold(parsed, kSeed);
  for (const auto& [kind, f1] : scores.f1) std::cout << "  f1 " << kind << " = " << f1 << "\n";
  for (const auto& [kind, accuracy] : scores.accuracy) {
    std::cout << "  accuracy " << kind << " = " << accuracy << "\n";
  }
  keikaku::testing::ExpectIssue4Thresholds(scores, 0.97);
}

TEST(PlanChaptersGold, SeedReachesThresholds) {
  ExpectGoldThresholds(SeedText());
  // KEIKAKU_DUMP=<path> writes the parse as keikaku/1 for a field-by-field diff with the gold.
  if (const char* dump = std::getenv("KEIKAKU_DUMP")) {
    store::StoredDocument stored;
    stored.parsed = ParsePlanChapters(ReadTextGrid(SeedText()));
    std::ofstream(dump) << store::ToKeikakuJson(stored) << "\n";
  }
}

TEST(PlanChaptersGold, FullWidthDigitTwinScoresTheSame) {
  ExpectGoldThresholds(testing::FullWidthDigits(SeedText()));
}

TEST(PlanChaptersGold, CrlfTwinScoresTheSame) { ExpectGoldThresholds(testing::CrlfLines(SeedText())); }

TEST(PlanChaptersGold, ShiftedRowTwinScoresTheSame) {
  const std::string shifted = WithShiftedRow(SeedText());
  ASSERT_NE(shifted, SeedText());
  ExpectGoldThresholds(shifted);
}

// The scorer pairs measures by similar titles; the gold's text fields must match exactly.
TEST(PlanChaptersGold, MeasureFieldsMatchTheGoldExactly) {
  const std::string gold_path = keikaku::testing::GoldDir() + "/002_a4168c13edfd39ba.json";
  Poco::JSON::Parser parser;
  const auto gold = parser.parse(keikaku::testing::ReadFileBytes(gold_path))
                        .extract<Poco::JSON::Object::Ptr>()
                        ->getArray("measures");
  const ParsedDocument parsed = ParsePlanChapters(ReadTextGrid(SeedText()));
  ASSERT_EQ(parsed.measures.size(), gold->size());
  for (size_t i = 0; i < gold->size(); ++i) {
    const auto expected = gold->getObject(static_cast<unsigned>(i));
    const Measure& measure = parsed.measures[i];
    const std::string ref = expected->getValue<std::string>("ref");
    EXPECT_EQ(measure.ref, ref);
    EXPECT_EQ(measure.kind, expected->getValue<std::string>("kind")) << ref;
    EXPECT_EQ(measure.title, expected->getValue<std::string>("title")) << ref;
    std::vector<std::string> path;
    for (const auto& level : *expected->getArray("path")) path.push_back(level.toString());
    EXPECT_EQ(measure.path, path) << ref;
    EXPECT_EQ(measure.description.value_or(""),
              expected->isNull("description") ? "" : expected->getValue<std::string>("description"))
        << ref;
    Texts texts;
    const auto gold_texts = expected->getObject("texts");
    for (const auto& [label, text] : *gold_texts) texts.emplace_back(label, text.toString());
    Texts printed = measure.texts;
    std::sort(texts.begin(), texts.end());
    std::sort(printed.begin(), printed.end());
    EXPECT_EQ(printed, texts) << ref;
    ASSERT_EQ(measure.indicators.size(), expected->getArray("indicators")->size()) << ref;
    for (size_t j = 0; j < measure.indicators.size(); ++j) {
      EXPECT_EQ(measure.indicators[j].name, expected->getArray("indicators")
                                                ->getObject(static_cast<unsigned>(j))
                                                ->getValue<std::string>("name"))
          << ref;
    }
  }
}

TEST(PlanChaptersGold, PlanFieldsFollowTheRunningHeader) {
  const ParsedDocument parsed = ParsePlanChapters(ReadTextGrid(SeedText()));
  EXPECT_EQ(parsed.plan.title, "前期基本計画");
  EXPECT_EQ(parsed.plan.kind, "comprehensive_plan");
  EXPECT_FALSE(parsed.plan.start_fy.has_value());
}

}  // namespace
}  // namespace keikaku::layouts
