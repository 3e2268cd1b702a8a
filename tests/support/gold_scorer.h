// Test support: the project's gold scorer. Compares keikaku/1 documents with the hand-verified
// gold in tests/gold by the rules documented in tests/gold/README.md (the same rules, figures
// and table as the score.py the gold was first checked with).
#ifndef KEIKAKU_TESTS_SUPPORT_GOLD_SCORER_H_
#define KEIKAKU_TESTS_SUPPORT_GOLD_SCORER_H_

#include <Poco/JSON/Object.h>

#include <map>
#include <string>
#include <vector>

namespace keikaku::testing {

// Tallies of one record kind. For departments, status and units `fn` counts the wrong ones.
struct Counts {
  int tp = 0, fp = 0, fn = 0;
};

struct Figures {
  double precision = 0, recall = 0, f1 = 0;
};

// Precision (1 when nothing was predicted or missed), recall (1 when nothing was expected), F1.
Figures FiguresOf(const Counts& counts);

// tp / (tp + fn); 1 when nothing was counted.
double AccuracyOf(const Counts& counts);

struct DocumentScore {
  std::string name;                      // the gold's source file name
  std::map<std::string, Counts> counts;  // only the kinds this document counted
  std::vector<std::string> misses;       // one line per record missed, extra or wrong
};

struct ScoreReport {
  std::vector<DocumentScore> documents;  // in gold file order
  std::map<std::string, Counts> overall;
};

// The documents of a keikaku/1 file: a JSON array, one object, or JSON Lines.
// Throws std::runtime_error when the file cannot be read, Poco::Exception when it is not JSON.
std::vector<Poco::JSON::Object::Ptr> LoadKeikakuDocuments(const std::string& path);

// The gold files named by `paths`: a folder stands for its *.json files in name order.
std::vector<std::string> GoldFiles(const std::vector<std::string>& paths);

// Scores `predictions` against every document of `gold_files`, pairing documents by
// source.sha256, else by the source file's base name. A gold document with no partner
// counts all its records as missed. Throws what LoadKeikakuDocuments throws.
ScoreReport ScoreExport(const std::vector<Poco::JSON::Object::Ptr>& predictions,
                        const std::vector<std::string>& gold_files);

// The report as score.py prints it: per document and overall, P/R/F1 with counts for
// measures, indicators, observations and budgets, then accuracies; `verbose` adds the misses.
std::string FormatScoreTable(const ScoreReport& report, bool verbose);

}  // namespace keikaku::testing

#endif  // KEIKAKU_TESTS_SUPPORT_GOLD_SCORER_H_
