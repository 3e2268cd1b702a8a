#include "support/gold_scoring.h"

#include <gtest/gtest.h>

#include <Poco/DigestEngine.h>
#include <Poco/SHA2Engine.h>
#include <Poco/TemporaryFile.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "keikaku/store/export.h"
#include "support/gold_scorer.h"

namespace keikaku::testing {
namespace {

std::string GoldFileFor(const std::string& sha256) {
  for (const std::string& path : GoldFiles({GoldDir()})) {
    if (ReadFileBytes(path).find(sha256) != std::string::npos) return path;
  }
  throw std::runtime_error("no gold file in " + GoldDir() + " for sha256 " + sha256);
}

GoldScores RunScorer(const std::string& export_path, const std::string& gold_path) {
  const ScoreReport report =
      ScoreExport(LoadKeikakuDocuments(export_path), GoldFiles({gold_path.empty() ? GoldDir() : gold_path}));
  GoldScores scores;
  scores.report = FormatScoreTable(report, /*verbose=*/true);
  for (const DocumentScore& document : report.documents) {
    for (const std::string key : {"measures", "indicators", "observations", "budgets"}) {
      if (document.counts.count(key)) scores.document_f1[document.name][key] = FiguresOf(document.counts.at(key)).f1;
    }
  }
  for (const std::string key : {"measures", "indicators", "observations", "budgets"}) {
    if (report.overall.count(key)) scores.f1[key] = FiguresOf(report.overall.at(key)).f1;
  }
  for (const std::string key : {"departments", "status", "units"}) {
    if (report.overall.count(key)) scores.accuracy[key] = AccuracyOf(report.overall.at(key));
  }
  return scores;
}

}  // namespace

std::string ReadFileBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

std::string Sha256Hex(const std::string& bytes) {
  Poco::SHA2Engine engine(Poco::SHA2Engine::SHA_256);
  engine.update(bytes.data(), static_cast<unsigned>(bytes.size()));
  return Poco::DigestEngine::digestToHex(engine.digest());
}

std::string GoldDir() { return KEIKAKU_GOLD_DIR; }

std::string CorpusPath(const std::string& name) {
  return std::string(KEIKAKU_SOURCE_DIR) + "/corpus/" + name;
}

GoldScores ScoreAgainstGold(const ParsedDocument& parsed, const std::string& corpus_name) {
  const std::string bytes = ReadFileBytes(CorpusPath(corpus_name));
  store::StoredDocument document;
  document.source.path = "corpus/" + corpus_name;
  document.source.sha256 = Sha256Hex(bytes);
  document.source.encoding = "UTF-8";
  document.source.format = "text";
  document.parsed = parsed;
  Poco::TemporaryFile export_file;
  {
    std::ofstream out(export_file.path());
    out << store::ToKeikakuJson(document) << '\n';
  }
  return RunScorer(export_file.path(), GoldFileFor(document.source.sha256));
}

void ExpectIssue4Thresholds(const GoldScores& scores, double min_observation_f1,
                            std::initializer_list<std::string> required) {
  for (const std::string& key : required) {
    EXPECT_TRUE(scores.f1.count(key) || scores.accuracy.count(key)) << key << " not scored\n" << scores.report;
  }
  const auto at_least = [&](const std::map<std::string, double>& figures, const std::string& key, double min) {
    if (figures.count(key)) {
      EXPECT_GE(figures.at(key), min) << key << "\n" << scores.report;
    }
  };
  for (const std::string key : {"measures", "indicators", "observations"}) {
    EXPECT_TRUE(scores.f1.count(key)) << key << " not scored\n" << scores.report;
  }
  at_least(scores.f1, "measures", 0.99);
  at_least(scores.f1, "indicators", 0.97);
  at_least(scores.f1, "observations", min_observation_f1);
  at_least(scores.f1, "budgets", 0.99);
  at_least(scores.accuracy, "departments", 0.98);
  at_least(scores.accuracy, "status", 0.98);
}

GoldScores ScoreExportFile(const std::string& export_path) { return RunScorer(export_path, ""); }

}  // namespace keikaku::testing
