#include "support/gold_scorer.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Parser.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <set>
#include <sstream>
#include <tuple>

#include "support/gold_json.h"
#include "support/gold_scoring.h"
#include "support/text_similarity.h"

namespace keikaku::testing {
namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

// Money units the scorer converts to yen before comparing values.
const std::map<std::string, double>& MoneyUnits() {
  static const std::map<std::string, double> kMoney = {{"円", 1},        {"千円", 1e3},      {"万円", 1e4},
                                                       {"百万円", 1e6}, {"億円", 1e8}, {"兆円", 1e12}};
  return kMoney;
}

struct Tally {
  std::map<std::string, Counts> counts;
  void Add(const std::string& kind, int tp, int fp, int fn) {
    Counts& c = counts[kind];
    c.tp += tp, c.fp += fp, c.fn += fn;
  }
};

using Pairs = std::vector<std::pair<size_t, size_t>>;

// Every (gold, predicted) candidate scoring at least `threshold`, best first (ties: later
// indices first, as a reversed sort of (score, i, j) tuples), each record used once.
template <typename Score>
Pairs GreedyPairs(const std::vector<Object::Ptr>& golds, const std::vector<Object::Ptr>& preds, Score score,
                  double threshold) {
  std::vector<std::tuple<double, size_t, size_t>> candidates;
  for (size_t i = 0; i < golds.size(); ++i) {
    for (size_t j = 0; j < preds.size(); ++j) {
      const double s = score(golds[i], preds[j]);
      if (s >= threshold) candidates.emplace_back(s, i, j);
    }
  }
  std::sort(candidates.begin(), candidates.end(), std::greater<>());
  std::set<size_t> used_gold, used_pred;
  Pairs pairs;
  for (const auto& [s, i, j] : candidates) {
    if (used_gold.count(i) || used_pred.count(j)) continue;
    used_gold.insert(i), used_pred.insert(j);
    pairs.emplace_back(i, j);
  }
  return pairs;
}

// Tallies `kind` for `pairs` and hands every record left unpaired to `unpaired(record,
// missing)`: the gold ones first (missing), then the predicted ones (extra).
template <typename OnUnpaired>
void TallyPairs(const std::string& kind, const std::vector<Object::Ptr>& gold, const std::vector<Object::Ptr>& pred,
                const Pairs& pairs, Tally& tally, OnUnpaired unpaired) {
  const int paired = static_cast<int>(pairs.size());
  tally.Add(kind, paired, static_cast<int>(pred.size()) - paired, static_cast<int>(gold.size()) - paired);
  std::set<size_t> paired_gold, paired_pred;
  for (const auto& [i, j] : pairs) paired_gold.insert(i), paired_pred.insert(j);
  for (size_t i = 0; i < gold.size(); ++i) {
    if (!paired_gold.count(i)) unpaired(gold[i], /*missing=*/true);
  }
  for (size_t j = 0; j < pred.size(); ++j) {
    if (!paired_pred.count(j)) unpaired(pred[j], /*missing=*/false);
  }
}

double MeasureScore(const Object::Ptr& gold, const Object::Ptr& pred) {
  const double s = TextSimilarity(Text(gold, "title"), Text(pred, "title"));
  const std::string ref = ScoringKey(Text(gold, "ref"));
  const bool same_ref = !ref.empty() && ref == ScoringKey(Text(pred, "ref"));
  if (s >= 0.85) return s + (same_ref ? 0.5 : 0);
  if (same_ref && s >= 0.5) return s + 0.5;
  return 0.0;
}

bool IsDash(const Object::Ptr& observation) {
  static const std::set<std::string> kDashes = [] {
    std::set<std::string> keys;
    for (const char* dash : {"—", "-", "―", "ー", "－", "–", "‐", "─", ""}) keys.insert(ScoringKey(dash));
    return keys;
  }();
  return IsNullOrAbsent(observation, "value") && kDashes.count(ScoringKey(Text(observation, "text")));
}

struct Observation {
  std::string kind;  // baseline, target or actual
  Object::Ptr record;
};

// The indicator's observations other than dash cells, baseline first.
std::vector<Observation> ObservationsOf(const Object::Ptr& indicator) {
  std::vector<Observation> all;
  const Object::Ptr baseline = ObjectOf(indicator, "baseline");
  if (baseline && baseline->size() > 0) all.push_back({"baseline", baseline});
  for (const auto& [key, kind] : {std::pair{"targets", "target"}, std::pair{"actuals", "actual"}}) {
    for (const Object::Ptr& o : Objects(indicator, key)) all.push_back({kind, o});
  }
  std::erase_if(all, [](const Observation& o) { return IsDash(o.record); });
  return all;
}

int CountObservations(const Object::Ptr& measure) {
  int count = 0;
  for (const Object::Ptr& indicator : Objects(measure, "indicators")) {
    count += static_cast<int>(ObservationsOf(indicator).size());
  }
  return count;
}

bool ValuesEqual(const Object::Ptr& gold, const Object::Ptr& pred, const std::string& gold_unit,
                 const std::string& pred_unit) {
  std::optional<double> gold_value = Number(gold, "value"), pred_value = Number(pred, "value");
  const bool gold_null = IsNullOrAbsent(gold, "value"), pred_null = IsNullOrAbsent(pred, "value");
  if (gold_null || pred_null) {
    if (!(gold_null && pred_null)) return false;
    const std::string gt = ScoringKey(Text(gold, "text")), pt = ScoringKey(Text(pred, "text"));
    return !gt.empty() && (gt == pt || pt.find(gt) != std::string::npos || gt.find(pt) != std::string::npos);
  }
  if (!gold_value || !pred_value) return false;
  const std::string gu = ScoringKey(TextOr(gold, "unit", gold_unit)), pu = ScoringKey(TextOr(pred, "unit", pred_unit));
  const auto& money = MoneyUnits();
  if (money.count(gu) && money.count(pu)) *gold_value *= money.at(gu), *pred_value *= money.at(pu);
  if (std::abs(*gold_value - *pred_value) > 1e-9 * std::max(1.0, std::abs(*gold_value))) return false;
  return Text(gold, "comparator") == Text(pred, "comparator");
}

void ScoreObservations(const Object::Ptr& gi, const Object::Ptr& pi, Tally& tally, std::vector<std::string>& misses,
                       const std::string& label) {
  const std::vector<Observation> gold = ObservationsOf(gi), pred = ObservationsOf(pi);
  std::set<size_t> used;
  int tp = 0;
  for (const Observation& go : gold) {
    std::optional<size_t> hit;
    for (size_t k = 0; k < pred.size() && !hit; ++k) {
      const Observation& po = pred[k];
      if (used.count(k) || po.kind != go.kind || Number(go.record, "fy") != Number(po.record, "fy")) continue;
      if (ValuesEqual(go.record, po.record, Text(gi, "unit"), Text(pi, "unit"))) hit = k;
    }
    if (!hit) {
      misses.push_back(label + ": indicator " + Repr(Prefix(Text(gi, "name"), 30)) + " " + go.kind +
                       " fy=" + ReprOf(go.record, "fy") + " gold " + ReprOf(go.record, "value") + "/" +
                       ReprOf(go.record, "text") + " not found");
    } else {
      used.insert(*hit);
      ++tp;
    }
  }
  const int gold_count = static_cast<int>(gold.size()), pred_count = static_cast<int>(pred.size());
  tally.Add("observations", tp, pred_count - tp, gold_count - tp);
}

void ScoreIndicators(const Object::Ptr& g, const Object::Ptr& p, Tally& tally, std::vector<std::string>& misses,
                     const std::string& label) {
  const std::vector<Object::Ptr> gis = Objects(g, "indicators"), pis = Objects(p, "indicators");
  const auto by_name = [](const Object::Ptr& a, const Object::Ptr& b) {
    return TextSimilarity(Text(a, "name"), Text(b, "name"));
  };
  const Pairs pairs = GreedyPairs(gis, pis, by_name, 0.7);
  TallyPairs("indicators", gis, pis, pairs, tally, [&](const Object::Ptr& indicator, bool missing) {
    misses.push_back(label + (missing ? ": missing indicator " : ": extra indicator ") + ReprOf(indicator, "name"));
    const int observations = static_cast<int>(ObservationsOf(indicator).size());
    tally.Add("observations", 0, missing ? 0 : observations, missing ? observations : 0);
  });
  for (const auto& [i, j] : pairs) {
    const bool unit_ok = ScoringKey(Text(gis[i], "unit")) == ScoringKey(Text(pis[j], "unit"));
    tally.Add("units", unit_ok, 0, !unit_ok);
    if (!unit_ok) {
      misses.push_back(label + ": indicator " + Repr(Prefix(Text(gis[i], "name"), 30)) + " unit " +
                       ReprOf(gis[i], "unit") + " != " + ReprOf(pis[j], "unit"));
    }
    ScoreObservations(gis[i], pis[j], tally, misses, label);
  }
}

using BudgetKey = std::pair<std::optional<double>, std::optional<std::string>>;
using Budgets = std::vector<std::pair<BudgetKey, std::optional<double>>>;

Budgets::const_iterator FindBudget(const Budgets& budgets, const BudgetKey& key) {
  return std::find_if(budgets.begin(), budgets.end(), [&](const auto& entry) { return entry.first == key; });
}

// (fy, category) → amount in first-seen order; a later entry with the same key replaces the
// amount of an earlier one.
Budgets BudgetsOf(const Object::Ptr& measure) {
  Budgets budgets;
  for (const Object::Ptr& b : Objects(measure, "budgets")) {
    std::optional<std::string> category;
    if (!IsNullOrAbsent(b, "category")) category = Text(b, "category");
    const BudgetKey key{Number(b, "fy"), category};
    const auto found = FindBudget(budgets, key);
    if (found == budgets.end()) budgets.emplace_back(key, Number(b, "amount_yen"));
    else budgets[static_cast<size_t>(found - budgets.begin())].second = Number(b, "amount_yen");
  }
  return budgets;
}

void ScoreBudgets(const Object::Ptr& g, const Object::Ptr& p, Tally& tally, std::vector<std::string>& misses,
                  const std::string& label) {
  const Budgets gold = BudgetsOf(g), pred = BudgetsOf(p);
  int tp = 0;
  for (const auto& [key, amount] : gold) {
    const auto found = FindBudget(pred, key);
    const bool hit = found != pred.end() && found->second && amount && std::abs(*found->second - *amount) < 0.5;
    tp += hit;
    if (!hit) {
      const std::string got = found == pred.end() || !found->second ? "None" : ReprNumber(*found->second);
      misses.push_back(label + ": budget (" + (key.first ? ReprNumber(*key.first) : "None") + ", " +
                       (key.second ? Repr(*key.second) : "None") + ") gold " +
                       (amount ? ReprNumber(*amount) : "None") + " got " + got);
    }
  }
  tally.Add("budgets", tp, static_cast<int>(pred.size()) - tp, static_cast<int>(gold.size()) - tp);
}

void CountUnpairedMeasure(const Object::Ptr& measure, bool missing, Tally& tally) {
  const int indicators = static_cast<int>(Objects(measure, "indicators").size());
  const int observations = CountObservations(measure);
  const int budgets = static_cast<int>(Objects(measure, "budgets").size());
  tally.Add("indicators", 0, missing ? 0 : indicators, missing ? indicators : 0);
  tally.Add("observations", 0, missing ? 0 : observations, missing ? observations : 0);
  tally.Add("budgets", 0, missing ? 0 : budgets, missing ? budgets : 0);
}

void ScorePairedMeasure(const Object::Ptr& g, const Object::Ptr& p, Tally& tally, std::vector<std::string>& misses) {
  const std::string label = "measure " + ReprOf(g, "ref") + " " + Repr(Prefix(Text(g, "title"), 30));
  std::vector<std::string> gd, pd;
  for (const std::string& d : Texts(g, "departments")) gd.push_back(ScoringKey(d));
  for (const std::string& d : Texts(p, "departments")) pd.push_back(ScoringKey(d));
  tally.Add("departments", gd == pd, 0, gd != pd);
  if (gd != pd) {
    misses.push_back(label + ": departments " + ReprOf(g, "departments") + " != " + ReprOf(p, "departments"));
  }
  if (!IsNullOrAbsent(g, "status") || !IsNullOrAbsent(p, "status")) {
    const bool ok = ScoringKey(Text(g, "status")) == ScoringKey(Text(p, "status"));
    tally.Add("status", ok, 0, !ok);
    if (!ok) misses.push_back(label + ": status " + ReprOf(g, "status") + " != " + ReprOf(p, "status"));
  }
  ScoreIndicators(g, p, tally, misses, label);
  ScoreBudgets(g, p, tally, misses, label);
}

void ScoreDocument(const Object::Ptr& gold, const Object::Ptr& pred, Tally& tally, std::vector<std::string>& misses) {
  const std::vector<Object::Ptr> gms = Objects(gold, "measures");
  const std::vector<Object::Ptr> pms = pred ? Objects(pred, "measures") : std::vector<Object::Ptr>{};
  const Pairs pairs = GreedyPairs(gms, pms, MeasureScore, 0.5);
  TallyPairs("measures", gms, pms, pairs, tally, [&](const Object::Ptr& measure, bool missing) {
    misses.push_back(std::string(missing ? "missing" : "extra") + " measure " + ReprOf(measure, "ref") + " " +
                     ReprOf(measure, "title"));
    CountUnpairedMeasure(measure, missing, tally);
  });
  for (const auto& [i, j] : pairs) ScorePairedMeasure(gms[i], pms[j], tally, misses);
}

}  // namespace

Figures FiguresOf(const Counts& c) {
  Figures f;
  f.precision = c.tp + c.fp ? static_cast<double>(c.tp) / (c.tp + c.fp) : (c.fn ? 0.0 : 1.0);
  f.recall = c.tp + c.fn ? static_cast<double>(c.tp) / (c.tp + c.fn) : 1.0;
  f.f1 = f.precision + f.recall > 0 ? 2 * f.precision * f.recall / (f.precision + f.recall) : 0.0;
  return f;
}

double AccuracyOf(const Counts& c) { return c.tp + c.fn ? static_cast<double>(c.tp) / (c.tp + c.fn) : 1.0; }

std::vector<Object::Ptr> LoadKeikakuDocuments(const std::string& path) {
  std::string text = ReadFileBytes(path);
  const size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  std::vector<Object::Ptr> documents;
  try {
    Poco::JSON::Parser parser;
    const Poco::Dynamic::Var root = parser.parse(text);
    if (root.type() == typeid(Array::Ptr)) {
      const Array::Ptr array = root.extract<Array::Ptr>();
      for (size_t i = 0; i < array->size(); ++i) documents.push_back(array->getObject(static_cast<unsigned>(i)));
    } else {
      documents.push_back(root.extract<Object::Ptr>());
    }
  } catch (const Poco::Exception&) {  // JSON Lines: one document a line
    documents.clear();
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) {
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      Poco::JSON::Parser parser;
      documents.push_back(parser.parse(line).extract<Object::Ptr>());
    }
  }
  return documents;
}

std::vector<std::string> GoldFiles(const std::vector<std::string>& paths) {
  std::vector<std::string> files;
  for (const std::string& path : paths) {
    if (!std::filesystem::is_directory(path)) {
      files.push_back(path);
      continue;
    }
    std::vector<std::string> in_folder;
    for (const auto& entry : std::filesystem::directory_iterator(path)) {
      if (entry.path().extension() == ".json") in_folder.push_back(entry.path().string());
    }
    std::sort(in_folder.begin(), in_folder.end());
    files.insert(files.end(), in_folder.begin(), in_folder.end());
  }
  return files;
}

ScoreReport ScoreExport(const std::vector<Object::Ptr>& predictions, const std::vector<std::string>& gold_files) {
  std::map<std::string, Object::Ptr> by_sha, by_name;
  for (const Object::Ptr& document : predictions) {
    const Object::Ptr source = ObjectOf(document, "source");
    by_sha[source ? Text(source, "sha256") : ""] = document;
    by_name[source ? BaseName(Text(source, "file")) : ""] = document;
  }
  ScoreReport report;
  for (const std::string& gold_file : gold_files) {
    for (const Object::Ptr& gold : LoadKeikakuDocuments(gold_file)) {
      const Object::Ptr source = ObjectOf(gold, "source");
      const std::string sha = source ? Text(source, "sha256") : "", file = source ? Text(source, "file") : "";
      Object::Ptr pred = by_sha.count(sha) ? by_sha.at(sha) : nullptr;
      if (!pred && by_name.count(BaseName(file))) pred = by_name.at(BaseName(file));
      Tally tally;
      DocumentScore score;
      if (!pred) score.misses.push_back("document not in the export");
      ScoreDocument(gold, pred, tally, score.misses);
      for (const auto& [kind, c] : tally.counts) {
        Counts& total = report.overall[kind];
        total.tp += c.tp, total.fp += c.fp, total.fn += c.fn;
      }
      score.name = BaseName(file.empty() ? gold_file : file);
      score.counts = std::move(tally.counts);
      report.documents.push_back(std::move(score));
    }
  }
  return report;
}

}  // namespace keikaku::testing
