// ScoreOf: the score a layout's detection signals give, table by table.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "keikaku/parsers/parse.h"

namespace keikaku {
namespace {

constexpr SignalSpec kRequired = {"required", 0.4, SignalGate::kRequired};
constexpr SignalSpec kAnchor = {"anchor", 0.3, SignalGate::kAnchor};
constexpr SignalSpec kPlain = {"plain", 0.3};
constexpr SignalSpec kHeavy = {"heavy", 0.9};

struct ScoreCase {
  std::string name;
  std::vector<Signal> signals;
  double score;
};

void PrintTo(const ScoreCase& row, std::ostream* out) { *out << row.name; }

class ScoreOfTable : public ::testing::TestWithParam<ScoreCase> {};

TEST_P(ScoreOfTable, WeighsStrengths) { EXPECT_DOUBLE_EQ(ScoreOf(GetParam().signals), GetParam().score); }

INSTANTIATE_TEST_SUITE_P(
    Signals, ScoreOfTable,
    ::testing::Values(ScoreCase{"WeightTimesStrength", {{&kPlain, 0.5}, {&kHeavy, 0.5}}, 0.6},
                      ScoreCase{"NeverAboveOne", {{&kPlain, 1}, {&kHeavy, 1}}, 1.0},
                      ScoreCase{"AbsentRequiredSignalScoresZero", {{&kRequired, 0}, {&kHeavy, 1}}, 0.0},
                      ScoreCase{"PresentRequiredSignalCounts", {{&kRequired, 1}, {&kPlain, 0.5}}, 0.55},
                      ScoreCase{"WithoutAnyAnchorTheScoreHalves", {{&kAnchor, 0}, {&kPlain, 1}}, 0.15},
                      ScoreCase{"AnAnchorKeepsTheWholeScore", {{&kAnchor, 1}, {&kPlain, 1}}, 0.6},
                      ScoreCase{"NoSignalsScoreZero", {}, 0.0}),
    [](const auto& info) { return info.param.name; });

}  // namespace
}  // namespace keikaku
