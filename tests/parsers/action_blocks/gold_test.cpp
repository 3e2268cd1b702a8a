// The seed document scored against its hand-verified gold, and twins that must score the same.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "action_blocks/action_blocks.h"
#include "support/gold_scoring.h"
#include "support/twins.h"

namespace keikaku::layouts {
namespace {

const std::string kSeed = "kazo-gyosei-keiei-plan-2016.txt";

std::string SeedText() { return testing::ReadFileBytes(testing::CorpusPath(kSeed)); }

// The first line equal to `from` replaced by `to`: one value row of one small block.
std::string ReplaceFirstLine(std::string text, const std::string& from, const std::string& to) {
  const size_t at = text.find("\n" + from + "\n");
  if (at != std::string::npos) text.replace(at + 1, from.size(), to);
  return text;
}

// Issue 4's thresholds; budgets and status only when the gold has them.
void ExpectThresholds(const testing::GoldScores& scores) {
  testing::ExpectIssue4Thresholds(scores, 0.95);
}

TEST(ActionBlocksGold, SeedMeetsThresholds) {
  const ParsedDocument parsed = ParseActionBlocks(ReadTextGrid(SeedText()));
  const testing::GoldScores scores = testing::ScoreAgainstGold(parsed, kSeed);
  for (const auto& [key, f1] : scores.f1) std::printf("  %-14s F1 %.4f\n", key.c_str(), f1);
  for (const auto& [key, acc] : scores.accuracy) std::printf("  %-14s acc %.4f\n", key.c_str(), acc);
  ExpectThresholds(scores);
}

TEST(ActionBlocksGold, SeedPlanFields) {
  const ParsedDocument parsed = ParseActionBlocks(ReadTextGrid(SeedText()));
  EXPECT_EQ(parsed.plan.title, "第2次加須市行政経営プラン");
  EXPECT_EQ(parsed.plan.kind, "plan");
  EXPECT_EQ(parsed.plan.start_fy, 2016);
  EXPECT_EQ(parsed.plan.end_fy, 2020);
  EXPECT_EQ(parsed.plan.published, "2016-03");
  EXPECT_EQ(parsed.plan.as_of, std::nullopt);
}

TEST(ActionBlocksGold, SeedGlossaryHasTermsAndSubTerms) {
  const ParsedDocument parsed = ParseActionBlocks(ReadTextGrid(SeedText()));
  ASSERT_EQ(parsed.glossary.size(), 59u);
  EXPECT_EQ(parsed.glossary.front().term, "アイデンティティ");
}

TEST(ActionBlocksGold, FullWidthDigitTwinParsesTheSame) {
  const ParsedDocument plain = ParseActionBlocks(ReadTextGrid(SeedText()));
  const ParsedDocument wide = ParseActionBlocks(ReadTextGrid(testing::FullWidthDigits(SeedText())));
  EXPECT_EQ(wide.measures, plain.measures);
  EXPECT_EQ(wide.plan, plain.plan);
  ExpectThresholds(testing::ScoreAgainstGold(wide, kSeed));
}

TEST(ActionBlocksGold, CrlfTwinParsesTheSame) {
  const ParsedDocument plain = ParseActionBlocks(ReadTextGrid(SeedText()));
  const ParsedDocument crlf = ParseActionBlocks(ReadTextGrid(testing::CrlfLines(SeedText())));
  EXPECT_EQ(crlf.measures, plain.measures);
  EXPECT_EQ(crlf.glossary, plain.glossary);
}

TEST(ActionBlocksGold, ShiftedCellTwinScoresTheSame) {
  std::string text = ReplaceFirstLine(SeedText(), "\t\t100\t100\t100\t100\t100", "\t100\t100\t100\t100\t100");
  text = ReplaceFirstLine(text, "\t\t13\t14\t14\t15\t15", "\t\t\t13\t14\t14\t15\t15");
  ASSERT_NE(text, SeedText());
  const ParsedDocument shifted = ParseActionBlocks(ReadTextGrid(text));
  const testing::GoldScores scores = testing::ScoreAgainstGold(shifted, kSeed);
  EXPECT_EQ(scores.f1.at("observations"), 1.0) << scores.report;
  ExpectThresholds(scores);
  const auto shifted_rows = std::count_if(shifted.diagnostics.begin(), shifted.diagnostics.end(),
                                          [](const Diagnostic& d) { return d.kind == "shifted_row"; });
  EXPECT_EQ(shifted_rows, 2);
}

}  // namespace
}  // namespace keikaku::layouts
