// The seed document (安中市 実施計画) scored against its hand-verified gold, plus twins that
// must score the same: full-width digits, CRLF line ends, a shifted year table.
#include <gtest/gtest.h>

#include <iostream>
#include <string>

#include "implementation_sheets/implementation_sheets.h"
#include "support/gold_scoring.h"
#include "support/twins.h"

namespace keikaku::layouts {
namespace {

constexpr char kSeed[] = "annaka-gyosei-kaikaku-jisshi-keikaku-2020.txt";

std::string SeedText() { return testing::ReadFileBytes(testing::CorpusPath(kSeed)); }

void ExpectThresholds(const testing::GoldScores& scores) {
  std::cout << scores.report;  // the figures and every miss, for whoever reads the log
  testing::ExpectIssue4Thresholds(scores, 0.97, {"departments"});
}

testing::GoldScores ScoreText(const std::string& text) {
  return testing::ScoreAgainstGold(ParseImplementationSheets(ReadTextGrid(text)), kSeed);
}

// Moves every row that starts "\t<label>\t" one cell left, so the year rows all read as
// "<label>\tv1..v5" without their leading empty cell: the other shape the conversion prints.
std::string ShiftedYearRows(const std::string& text) {
  std::string out;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    for (const char* label : {"\t進捗状況\t", "\t年度目標\t", "\t数値\t"}) {
      if (line.rfind(label, 0) == 0) line = line.substr(1);
    }
    out += line;
    if (end < text.size()) out += '\n';
    start = end + 1;
  }
  return out;
}

TEST(ImplementationSheetsGold, SeedMeetsThresholds) { ExpectThresholds(ScoreText(SeedText())); }

TEST(ImplementationSheetsGold, FullWidthDigitsScoreTheSame) {
  const auto plain = ScoreText(SeedText());
  const auto wide = ScoreText(testing::FullWidthDigits(SeedText()));
  EXPECT_EQ(plain.f1, wide.f1) << wide.report;
  EXPECT_EQ(plain.accuracy, wide.accuracy) << wide.report;
}

TEST(ImplementationSheetsGold, CrlfScoresTheSame) {
  const auto plain = ScoreText(SeedText());
  const auto crlf = ScoreText(testing::CrlfLines(SeedText()));
  EXPECT_EQ(plain.f1, crlf.f1) << crlf.report;
  EXPECT_EQ(plain.accuracy, crlf.accuracy) << crlf.report;
}

TEST(ImplementationSheetsGold, ShiftedYearRowsScoreTheSame) {
  const auto plain = ScoreText(SeedText());
  const auto shifted = ScoreText(ShiftedYearRows(SeedText()));
  EXPECT_EQ(plain.f1, shifted.f1) << shifted.report;
}

TEST(ImplementationSheetsGold, PlanFieldsFromTheCover) {
  const ParsedDocument parsed = ParseImplementationSheets(ReadTextGrid(SeedText()));
  EXPECT_EQ(parsed.plan.title, "第3次 安中市行政改革大綱 実施計画");
  EXPECT_EQ(parsed.plan.kind, "implementation_plan");
  EXPECT_EQ(parsed.plan.start_fy, 2020);
  EXPECT_EQ(parsed.plan.end_fy, 2024);
  EXPECT_EQ(parsed.plan.published, "2020-03");
  EXPECT_EQ(parsed.plan.revised, "2021-04");
  EXPECT_FALSE(parsed.plan.as_of.has_value());
}

struct DetectionCase {
  const char* file;
  bool is_family;
};

class ImplementationSheetsDetection : public ::testing::TestWithParam<DetectionCase> {};

TEST_P(ImplementationSheetsDetection, ScoresOnlyItsFamilyHigh) {
  const Grid grid = ReadTextGrid(testing::ReadFileBytes(testing::CorpusPath(GetParam().file)));
  const double score = ScoreOf(DetectImplementationSheets(grid));
  std::cout << GetParam().file << ": " << score << '\n';
  if (GetParam().is_family) {
    EXPECT_GE(score, 0.6);
  } else {
    EXPECT_LT(score, 0.3);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Corpus, ImplementationSheetsDetection,
    ::testing::Values(DetectionCase{kSeed, true}, DetectionCase{"kazo-gyosei-keiei-plan-2016.txt", false},
                      DetectionCase{"honjo-sogo-keikaku-zenki-ch6.txt", false},
                      DetectionCase{"komoro-seika-setsumeisho-2019.txt", false},
                      DetectionCase{"sakado-action-plan-shinko-kanri-2020.txt", false}));

}  // namespace
}  // namespace keikaku::layouts
