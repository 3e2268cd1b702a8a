#include "support/gold_scoring.h"

#include <gtest/gtest.h>

#include <Poco/DigestEngine.h>
#include <Poco/JSON/Parser.h>
#include <Poco/SHA2Engine.h>
#include <Poco/TemporaryFile.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "keikaku/store/export.h"

namespace keikaku::testing {
namespace {

std::string RunCommand(const std::string& command) {
  std::string output;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) throw std::runtime_error("cannot run: " + command);
  std::array<char, 4096> buffer;
  size_t n;
  while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) output.append(buffer.data(), n);
  pclose(pipe);
  return output;
}

std::string GoldFileFor(const std::string& sha256) {
  const std::filesystem::path gold_dir = std::filesystem::path(KEIKAKU_SHARED_DIR) / "gold";
  for (const auto& entry : std::filesystem::directory_iterator(gold_dir)) {
    if (entry.path().extension() != ".json") continue;
    if (ReadFileBytes(entry.path()).find(sha256) != std::string::npos) return entry.path();
  }
  throw std::runtime_error("no gold file in " + gold_dir.string() + " for sha256 " + sha256);
}

GoldScores RunScorer(const std::string& export_path, const std::string& gold_path) {
  const std::string scorer = std::string(KEIKAKU_SHARED_DIR) + "/gold/score.py";
  const std::string args = "'" + export_path + "' " + (gold_path.empty() ? "" : "'" + gold_path + "'");
  GoldScores scores;
  scores.report = RunCommand("python3 '" + scorer + "' " + args + " -v 2>&1");
  const std::string json = RunCommand("python3 '" + scorer + "' " + args + " --json");
  Poco::JSON::Parser parser;
  const auto root = parser.parse(json).extract<Poco::JSON::Object::Ptr>();
  const auto overall = root->getObject("overall");
  const auto documents = root->getObject("documents");
  for (const auto& [name, figures] : *documents) {
    const auto object = figures.extract<Poco::JSON::Object::Ptr>();
    for (const std::string key : {"measures", "indicators", "observations", "budgets"}) {
      if (object->has(key)) scores.document_f1[name][key] = object->getArray(key)->getElement<double>(2);
    }
  }
  for (const std::string key : {"measures", "indicators", "observations", "budgets"}) {
    if (overall->has(key)) scores.f1[key] = overall->getArray(key)->getElement<double>(2);
  }
  for (const std::string key : {"departments", "status", "units"}) {
    if (overall->has(key)) scores.accuracy[key] = overall->getArray(key)->getElement<double>(1);
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
