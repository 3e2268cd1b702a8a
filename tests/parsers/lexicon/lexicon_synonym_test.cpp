// A synonym added to the lexicon reaches every layout family, detection included: each corpus
// document with one of its labels replaced by a synonym only the added lexicon lines know is
// read exactly as the original. The lines come from KEIKAKU_LABELS, set before first use.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <string>

#include "common/labels.h"
#include "keikaku/parsers/grid.h"
#include "keikaku/parsers/parse.h"
#include "support/gold_scoring.h"

namespace keikaku {
namespace {

const bool kSynonymsAdded = [] {
  const std::filesystem::path path =
      std::filesystem::temp_directory_path() / ("keikaku-synonyms-" + std::to_string(::getpid()) + ".tsv");
  std::ofstream(path) << "department\t所掌課\nrelated_department\t協力課\nchapter_vision\t将来の姿\n"
                      << "baseline\t出発値\ntarget\t到達値\n";
  ::setenv("KEIKAKU_LABELS", path.c_str(), 1);
  return true;
}();

std::string Replace(std::string text, const std::string& from, const std::string& to) {
  for (size_t at = 0; (at = text.find(from, at)) != std::string::npos; at += to.size()) {
    text.replace(at, from.size(), to);
  }
  return text;
}

// `measure` with the synonym turned back into the label in every text it holds: the synonym
// also replaced the label inside narrative, which is no matter of the lexicon.
Measure Restored(Measure measure, const std::string& synonym, const std::string& label) {
  const auto restore = [&](std::string& text) { text = Replace(text, synonym, label); };
  const auto restore_texts = [&](Texts& texts) {
    for (auto& [name, text] : texts) {
      restore(name);
      restore(text);
    }
  };
  const auto restore_observation = [&](Observation& observation) { restore(observation.text); };
  restore(measure.title);
  for (std::string& part : measure.path) restore(part);
  if (measure.description) restore(*measure.description);
  restore_texts(measure.texts);
  for (Indicator& indicator : measure.indicators) {
    restore(indicator.name);
    restore_texts(indicator.texts);
    if (indicator.baseline) restore_observation(*indicator.baseline);
    for (Observation& value : indicator.targets) restore_observation(value);
    for (Observation& value : indicator.actuals) restore_observation(value);
  }
  return measure;
}

struct SynonymCase {
  std::string document;
  std::string label;    // printed in the document
  std::string synonym;  // known only from KEIKAKU_LABELS
};

void PrintTo(const SynonymCase& c, std::ostream* out) { *out << c.document << ": " << c.label << " -> " << c.synonym; }

class LexiconSynonym : public ::testing::TestWithParam<SynonymCase> {};

TEST_P(LexiconSynonym, ReachesTheFamily) {
  ASSERT_TRUE(kSynonymsAdded);
  const SynonymCase& c = GetParam();
  const std::string text = testing::ReadFileBytes(testing::CorpusPath(c.document));
  ASSERT_NE(text.find(c.label), std::string::npos) << c.document;
  ASSERT_EQ(text.find(c.synonym), std::string::npos) << c.document;
  const ParsedDocument original = ParseGrid(ReadTextGrid(text));
  const ParsedDocument renamed = ParseGrid(ReadTextGrid(Replace(text, c.label, c.synonym)));
  EXPECT_EQ(renamed.layout, original.layout);
  ASSERT_EQ(renamed.measures.size(), original.measures.size());
  for (size_t i = 0; i < original.measures.size(); ++i) {
    EXPECT_EQ(Restored(renamed.measures[i], c.synonym, c.label), original.measures[i])
        << original.measures[i].title;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Families, LexiconSynonym,
    ::testing::Values(SynonymCase{"kazo-gyosei-keiei-plan-2016.txt", "担当課", "所掌課"},
                      SynonymCase{"annaka-gyosei-kaikaku-jisshi-keikaku-2020.txt", "担当課", "所掌課"},
                      SynonymCase{"komoro-seika-setsumeisho-2019.txt", "所管課", "所掌課"},
                      SynonymCase{"sakado-action-plan-shinko-kanri-2020.txt", "関係課", "協力課"},
                      SynonymCase{"honjo-sogo-keikaku-zenki-ch6.txt", "めざす姿", "将来の姿"}));

// The generic reader: a KPI list whose header says 出発値 and 到達値.
TEST(LexiconSynonym, LeadsAHeaderCellLikeTheLabelItStandsFor) {
  ASSERT_TRUE(kSynonymsAdded);
  EXPECT_EQ(layouts::LeadingLabel("出発値(H26年度)", "baseline"), "出発値");
}

TEST(LexiconSynonym, ReachesTheGenericReader) {
  ASSERT_TRUE(kSynonymsAdded);
  const std::string list = "指標名 | 現状値（2022年度） | 目標値（2027年度）\n移住者数 | 2,960人 | 4,500人\n";
  const ParsedDocument original = ParseGrid(ReadTextGrid(list), FindLayout("generic"));
  const ParsedDocument renamed = ParseGrid(
      ReadTextGrid(Replace(Replace(list, "現状値", "出発値"), "目標値", "到達値")), FindLayout("generic"));
  ASSERT_FALSE(original.measures.empty());
  ASSERT_EQ(original.measures.front().indicators.size(), 1u);
  EXPECT_EQ(renamed.measures, original.measures);
}

}  // namespace
}  // namespace keikaku
