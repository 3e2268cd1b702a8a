// Test support: score a parsed seed document or an export against the hand-verified gold in
// tests/gold with the project's scorer (support/gold_scorer.h).
#ifndef KEIKAKU_TESTS_SUPPORT_GOLD_SCORING_H_
#define KEIKAKU_TESTS_SUPPORT_GOLD_SCORING_H_

#include <initializer_list>
#include <map>
#include <string>

#include "keikaku/parsers/records.h"

namespace keikaku::testing {

// F1 (measures, indicators, observations, budgets) and accuracy (departments, status,
// units) as the gold scorer reports them; a key is absent when it had nothing to count.
struct GoldScores {
  std::map<std::string, double> f1;
  std::map<std::string, double> accuracy;
  // Per gold document (file name): F1 per record kind.
  std::map<std::string, std::map<std::string, double>> document_f1;
  std::string report;  // the scorer's table with every miss, for failure messages
};

// Contents of a file; throws std::runtime_error when it cannot be read.
std::string ReadFileBytes(const std::string& path);

// Lower-case hex SHA-256 of `bytes`.
std::string Sha256Hex(const std::string& bytes);

// The folder of the gold files: KEIKAKU_SOURCE_DIR/tests/gold.
std::string GoldDir();

// Path of a corpus document: KEIKAKU_SOURCE_DIR/corpus/<name>.
std::string CorpusPath(const std::string& name);

// Exports `parsed` as keikaku/1 for corpus document `corpus_name` and scores it against that
// document's gold (found by sha256). Throws std::runtime_error when no gold file names it.
GoldScores ScoreAgainstGold(const ParsedDocument& parsed, const std::string& corpus_name);

// Expects issue 4's thresholds: measures F1 >= 0.99, indicators >= 0.97, observations >=
// `min_observation_f1`, budgets >= 0.99, departments and status accuracy >= 0.98. Budgets,
// departments and status are checked when the scorer counted them; those named in `required`
// must have been counted. Failures print the scorer's miss list.
void ExpectIssue4Thresholds(const GoldScores& scores, double min_observation_f1,
                            std::initializer_list<std::string> required = {});

// Scores a whole keikaku/1 export file against every gold file.
GoldScores ScoreExportFile(const std::string& export_path);

}  // namespace keikaku::testing

#endif  // KEIKAKU_TESTS_SUPPORT_GOLD_SCORING_H_
