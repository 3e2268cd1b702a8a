// PDF twins of corpus documents (tests/ingest/pdf/make_fixtures.py printed them from the
// text): each gives the observations of its original, F1 >= 0.9, each with its page.
#include <gtest/gtest.h>

#include <map>
#include <tuple>

#include "../../ingest/pages.h"
#include "keikaku/ingest/decode.h"
#include "keikaku/ingest/formats.h"
#include "keikaku/parsers/parse.h"
#include "support/gold_scoring.h"

namespace keikaku::ingest {
namespace {

using Key = std::tuple<std::string, std::string, int, double>;  // indicator, role, fy, value

std::map<Key, int> Observations(const ParsedDocument& parsed) {
  std::map<Key, int> keys;
  for (const Measure& measure : parsed.measures) {
    for (const Indicator& indicator : measure.indicators) {
      std::string name = indicator.name;
      std::erase(name, ' ');
      const auto add = [&](const char* role, const Observation& observation) {
        ++keys[{name, role, observation.fy.value_or(0), observation.value.value_or(-1e300)}];
      };
      if (indicator.baseline) add("baseline", *indicator.baseline);
      for (const Observation& target : indicator.targets) add("target", target);
      for (const Observation& actual : indicator.actuals) add("actual", actual);
    }
  }
  return keys;
}

double F1(const std::map<Key, int>& found, const std::map<Key, int>& expected) {
  int common = 0, found_total = 0, expected_total = 0;
  for (const auto& [key, count] : found) {
    found_total += count;
    const auto match = expected.find(key);
    if (match != expected.end()) common += std::min(count, match->second);
  }
  for (const auto& [key, count] : expected) expected_total += count;
  if (common == 0) return 0;
  const double precision = static_cast<double>(common) / found_total, recall = static_cast<double>(common) / expected_total;
  return 2 * precision * recall / (precision + recall);
}

ParsedDocument ParseOriginal(const std::string& name) {
  const std::string bytes = keikaku::testing::ReadFileBytes(keikaku::testing::CorpusPath(name + ".txt"));
  const DecodeResult decoded = Decode(bytes);
  const GridResult grid = ReadGrid(SniffFormat(bytes, decoded.decoded.utf8), bytes, decoded.decoded.utf8);
  return ParseGrid(grid.grid);
}

class PdfTwin : public ::testing::TestWithParam<const char*> {
 protected:
  void SetUp() override {
    const std::string bytes =
        keikaku::testing::ReadFileBytes(KEIKAKU_SOURCE_DIR "/tests/ingest/pdf/" + std::string(GetParam()) + ".pdf");
    const GridResult grid = ReadGrid(Format::kPdf, bytes, "");
    ASSERT_TRUE(grid.ok) << grid.error;
    twin_ = ParseGrid(grid.grid);
    AssignPages(grid.grid, twin_);
  }
  ParsedDocument twin_;
};

TEST_P(PdfTwin, GivesTheObservationsOfItsOriginal) {
  const std::map<Key, int> expected = Observations(ParseOriginal(GetParam()));
  ASSERT_FALSE(expected.empty());
  EXPECT_GE(F1(Observations(twin_), expected), 0.9);
}

TEST_P(PdfTwin, EveryObservationNamesItsPage) {
  for (const Measure& measure : twin_.measures) {
    for (const Indicator& indicator : measure.indicators) {
      for (const Observation& target : indicator.targets) EXPECT_GE(target.at.page, 1) << indicator.name;
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Corpus, PdfTwin,
                         ::testing::Values("sakado-action-plan-shinko-kanri-2020",
                                           "annaka-gyosei-kaikaku-jisshi-keikaku-2020"),
                         [](const ::testing::TestParamInfo<const char*>& info) {
                           std::string name = info.param;
                           return name.substr(0, name.find('-'));
                         });

}  // namespace
}  // namespace keikaku::ingest
