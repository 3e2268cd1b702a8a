#include "store/store_fixtures.h"

#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>

namespace keikaku::store::testing {

TempDatabase::TempDatabase() {
  std::string pattern = (std::filesystem::temp_directory_path() / "keikaku-store-XXXXXX").string();
  directory_ = mkdtemp(pattern.data());
  path_ = directory_ + "/test.db";
}

TempDatabase::~TempDatabase() {
  std::error_code ignored;
  std::filesystem::remove_all(directory_, ignored);
}

namespace {

Observation Value(std::optional<int> fy, std::optional<double> value, std::string text, int line, int cell) {
  Observation observation;
  observation.fy = fy;
  observation.value = value;
  observation.text = std::move(text);
  observation.at = {line, cell};
  return observation;
}

Measure FullMeasure() {
  Measure measure;
  measure.ref = "1-2";
  measure.kind = "action";
  measure.title = "窓口サービスの向上";
  measure.path = {"第3章 行政改革", "(1) 市民サービス > 窓口", "\"引用\"\\ と改行\n"};
  measure.departments = {"市民課", "総務課"};
  measure.related_departments = {};
  measure.status = "";  // printed but empty: not the same as nullopt
  measure.repost = true;
  measure.description = "窓口の待ち時間を短縮する。";
  measure.texts = {
      {"現状と課題", "待ち時間が長い。"}, {"取組内容", "案内を改善する。"}, {"現状と課題", "二度目のラベル"}};
  measure.line = 42;

  Indicator rate;
  rate.name = "経常収支比率";
  rate.kind = "outcome";
  rate.unit = "%";
  rate.baseline = Value(2014, 91.3, "91.3", 44, 2);
  rate.targets = {Value(2016, 90.0, "90.0", 44, 3), Value(2017, -0.125, "▲0.125", 44, 4)};
  rate.targets[1].comparator = "<=";
  rate.actuals = {Value(std::nullopt, std::nullopt, "―", 45, -1), Value(2015, 0.1 + 0.2, "0.3", 0, -1)};
  rate.actuals[0].unit = "件";
  rate.texts = {{"備考", "決算統計による"}};
  measure.indicators.push_back(rate);

  Indicator plain;
  plain.name = "マイナンバーカードを利用したサービスの導入";
  plain.unit = std::nullopt;  // kind "" and no unit
  plain.actuals = {Value(2016, std::nullopt, "検討", 46, 5)};
  measure.indicators.push_back(plain);

  Indicator empty_unit;
  empty_unit.name = "開館日(時間)の拡充";
  empty_unit.kind = "activity";
  empty_unit.unit = "";  // printed empty: not the same as nullopt
  measure.indicators.push_back(empty_unit);

  measure.budgets = {Budget{2016, "total", 123456789.5, false, {50, 2}},
                     Budget{2016, "general", 1e15 + 1, true, {0, -1}},
                     Budget{2017, "bonds", -2500000, false, {51, 7}}};
  return measure;
}

}  // namespace

ParsedDocument FullDocument() {
  ParsedDocument document;
  document.layout = "action_blocks";
  document.layout_score = 0.8765432109876543;
  document.municipality = {"加須市", "埼玉県", "112101"};
  document.plan = {"加須市行政経営計画", "implementation_plan", 2016, 2020, "2016-04-01", "2016-03",
                   std::nullopt};
  document.measures.push_back(FullMeasure());
  Measure bare;
  bare.kind = "policy";
  bare.title = "見出しだけの施策";
  bare.line = 80;
  document.measures.push_back(bare);
  document.glossary = {{"PDCA", "計画・実行・評価・改善"}, {"KPI", ""}};
  document.diagnostics = {{12, "unaligned_row", "行を揃えられませんでした"},
                          {0, "derived_budget", "合計を計算で補いました"}};
  return document;
}

ParsedDocument SmallDocument(const std::string& municipality, const std::string& title,
                             const std::string& indicator, const std::string& unit) {
  ParsedDocument document;
  document.layout = "progress_grid";
  document.layout_score = 0.5;
  document.municipality = {municipality, "埼玉県", std::nullopt};
  document.plan = {
      municipality + "行政改革大綱", "plan", 2020, 2024, std::nullopt, std::nullopt, std::nullopt};
  Measure measure;
  measure.ref = "1";
  measure.kind = "action";
  measure.title = title;
  measure.departments = {"財政課"};
  measure.status = "実施";
  measure.line = 10;
  Indicator kpi;
  kpi.name = indicator;
  kpi.unit = unit;
  kpi.baseline = Value(2019, 91.5, "91.5", 11, 2);
  kpi.targets = {Value(2021, 90, "90", 11, 3), Value(2022, 89.5, "89.5", 11, 4)};
  kpi.actuals = {Value(2021, 92.25, "92.25", 12, 3)};
  measure.indicators.push_back(kpi);
  document.measures.push_back(measure);
  return document;
}

SourceInfo SourceFor(const std::string& path, const std::string& sha256) {
  SourceInfo source;
  source.path = path;
  source.sha256 = sha256;
  source.encoding = "Shift_JIS (CP932)";
  source.encoding_confidence = 0.73;
  source.format = "text";
  source.size_bytes = 12345;
  source.modified_ns = 1'700'000'000'123'456'789;
  return source;
}

int CountRows(const std::string& db_path, const std::string& table) {
  const QueryResult result = RunReadOnlyQuery(db_path, "SELECT count(*) FROM " + table);
  return std::stoi(result.rows.at(0).at(0).value());
}

}  // namespace keikaku::store::testing
