// Issue 6: every subcommand of the built keikaku binary on the corpus — compare, search,
// measures, concepts, export --format csv, query, layouts, normalize, --help and usage errors.
// The corpus is ingested once per test process (ctest runs each TEST in its own process;
// five files are cheap).
#include <gtest/gtest.h>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <algorithm>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "support/gold_scoring.h"
#include "support/shell.h"

namespace keikaku {
namespace {

using testing::CommandResult;
using testing::KeikakuCommand;
using testing::Quote;
using testing::RunShell;
using testing::ScratchDir;

// RFC 4180 records of `csv` (quoted fields hold commas, quotes, CR and LF); `ok` is false when
// a quote is left open or a record does not end in CRLF.
struct CsvRecords {
  std::vector<std::vector<std::string>> records;
  bool ok = true;
};

CsvRecords ParseCsv(const std::string& csv) {
  CsvRecords result;
  std::vector<std::string> record(1);
  bool quoted = false;
  for (size_t i = 0; i < csv.size(); ++i) {
    const char c = csv[i];
    if (quoted) {
      if (c != '"') record.back() += c;
      else if (i + 1 < csv.size() && csv[i + 1] == '"') record.back() += csv[++i];
      else quoted = false;
    } else if (c == '"' && record.back().empty()) {
      quoted = true;
    } else if (c == ',') {
      record.emplace_back();
    } else if (c == '\r' && i + 1 < csv.size() && csv[i + 1] == '\n') {
      result.records.push_back(std::move(record));
      record.assign(1, "");
      ++i;
    } else if (c == '\n' || c == '\r' || c == '"') {
      result.ok = false;  // a bare line end, or a quote inside an unquoted field
      record.back() += c;
    } else {
      record.back() += c;
    }
  }
  if (quoted || record.size() > 1 || !record.back().empty()) result.ok = false;
  return result;
}

// The columns of a `PrintTable` line: cells are separated by runs of two or more spaces.
std::vector<std::string> Columns(const std::string& line) {
  std::vector<std::string> columns;
  static const std::regex separator(" {2,}");
  for (std::sregex_token_iterator it(line.begin(), line.end(), separator, -1), end; it != end; ++it) {
    columns.push_back(*it);
  }
  return columns;
}

// The data lines of a `PrintTable` output: those after the "----" rule, up to the first line
// that is not a table row (blank, or a summary such as "2 rows; …").
std::vector<std::string> TableRows(const std::string& output) {
  std::vector<std::string> rows;
  std::istringstream lines(output);
  bool body = false;
  for (std::string line; std::getline(lines, line);) {
    if (!body) {
      body = line.rfind("---", 0) == 0;
      continue;
    }
    if (Columns(line).size() < 2) break;
    rows.push_back(line);
  }
  return rows;
}

Poco::JSON::Object::Ptr Object(const Poco::Dynamic::Var& value) { return value.extract<Poco::JSON::Object::Ptr>(); }
Poco::JSON::Array::Ptr Array(const Poco::Dynamic::Var& value) { return value.extract<Poco::JSON::Array::Ptr>(); }

class Commands : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new ScratchDir;
    for (const char* name : {"kazo-gyosei-keiei-plan-2016.txt", "annaka-gyosei-kaikaku-jisshi-keikaku-2020.txt",
                             "honjo-sogo-keikaku-zenki-ch6.txt", "komoro-seika-setsumeisho-2019.txt",
                             "sakado-action-plan-shinko-kanri-2020.txt"}) {
      dir_->Write(std::string("corpus/") + name, testing::ReadFileBytes(testing::CorpusPath(name)));
    }
    const CommandResult ingest = RunShell(KeikakuCommand("ingest --quiet --db " + Quote(Db()) + " " +
                                                         Quote(dir_->path() + "/corpus")));
    ASSERT_EQ(ingest.exit_code, 0) << ingest.output << ingest.errors;
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }
  static std::string Db() { return dir_->path() + "/k.db"; }
  // Runs `keikaku COMMAND --db <the corpus database> ARGS`.
  static CommandResult Keikaku(const std::string& command, const std::string& args) {
    return RunShell(KeikakuCommand(command + " --db " + Quote(Db()) + " " + args));
  }

  static inline ScratchDir* dir_ = nullptr;
};

// ---- compare ----

TEST_F(Commands, CompareByIndicatorFindsKazoAndHonjoWithTheirYearsAndValues) {
  const CommandResult result = Keikaku("compare", "--indicator 経常収支比率");
  ASSERT_EQ(result.exit_code, 0) << result.errors;
  const std::vector<std::string> rows = TableRows(result.output);
  ASSERT_EQ(rows.size(), 2u) << result.output;
  std::map<std::string, std::vector<std::string>> by_city;
  for (const std::string& row : rows) by_city[Columns(row)[0]] = Columns(row);
  ASSERT_EQ(by_city.count("加須市"), 1u) << result.output;
  ASSERT_EQ(by_city.count("本庄市"), 1u) << result.output;
  EXPECT_EQ(by_city["加須市"][2], "経常収支比率");
  EXPECT_EQ(by_city["加須市"][4], "89.3 (2014)");
  EXPECT_EQ(by_city["本庄市"][4], "87.6");  // no fiscal year printed for the baseline
  EXPECT_NE(result.output.find("2016:89.9"), std::string::npos) << result.output;
  EXPECT_NE(result.output.find("?:90 (<=)"), std::string::npos) << result.output;
  EXPECT_NE(result.output.find("\n2 rows\n"), std::string::npos) << result.output;  // no money unit here
}

// Regression: the table once cut every cell at 50 columns, hiding the last target years.
TEST_F(Commands, CompareTableShowsEveryTargetYear) {
  const CommandResult result = Keikaku("compare", "--indicator 経常収支比率");
  ASSERT_EQ(result.exit_code, 0) << result.errors;
  EXPECT_NE(result.output.find("2020:89.5"), std::string::npos) << result.output;
}

TEST_F(Commands, CompareByConceptAsJsonHasBothCitiesYearsAndValues) {
  const CommandResult result = Keikaku("compare", "--concept keijo_shushi_hiritsu --format json");
  ASSERT_EQ(result.exit_code, 0) << result.errors;
  const Poco::JSON::Array::Ptr rows = Array(Poco::JSON::Parser().parse(result.output));
  ASSERT_EQ(rows->size(), 2u) << result.output;
  std::map<std::string, Poco::JSON::Object::Ptr> by_city;
  for (size_t i = 0; i < rows->size(); ++i) by_city[rows->getObject(i)->getValue<std::string>("municipality")] = rows->getObject(i);
  ASSERT_TRUE(by_city.count("加須市") && by_city.count("本庄市")) << result.output;

  const Poco::JSON::Object::Ptr kazo = by_city["加須市"];
  EXPECT_EQ(kazo->getValue<std::string>("prefecture"), "埼玉県");
  EXPECT_EQ(kazo->getValue<std::string>("unit"), "%");
  EXPECT_EQ(kazo->getObject("baseline")->getValue<int>("fy"), 2014);
  EXPECT_DOUBLE_EQ(kazo->getObject("baseline")->getValue<double>("value"), 89.3);
  const std::vector<std::pair<int, double>> kazo_targets = {
      {2016, 89.9}, {2017, 89.8}, {2018, 89.7}, {2019, 89.6}, {2020, 89.5}};
  const Poco::JSON::Array::Ptr targets = kazo->getArray("targets");
  ASSERT_EQ(targets->size(), kazo_targets.size()) << result.output;
  for (size_t i = 0; i < kazo_targets.size(); ++i) {
    EXPECT_EQ(targets->getObject(i)->getValue<int>("fy"), kazo_targets[i].first);
    EXPECT_DOUBLE_EQ(targets->getObject(i)->getValue<double>("value"), kazo_targets[i].second);
  }

  const Poco::JSON::Object::Ptr honjo = by_city["本庄市"];
  EXPECT_TRUE(honjo->getObject("baseline")->isNull("fy")) << result.output;
  EXPECT_DOUBLE_EQ(honjo->getObject("baseline")->getValue<double>("value"), 87.6);
  ASSERT_EQ(honjo->getArray("targets")->size(), 1u) << result.output;
  const Poco::JSON::Object::Ptr target = honjo->getArray("targets")->getObject(0);
  EXPECT_TRUE(target->isNull("fy"));
  EXPECT_DOUBLE_EQ(target->getValue<double>("value"), 90);
  EXPECT_EQ(target->getValue<std::string>("comparator"), "<=");
}

TEST_F(Commands, CompareByConceptGivesTheSameRowsAsByIndicatorName) {
  const CommandResult by_concept = Keikaku("compare", "--concept keijo_shushi_hiritsu --format json");
  const CommandResult by_name = Keikaku("compare", "--indicator 経常収支比率 --format json");
  ASSERT_EQ(by_concept.exit_code, 0) << by_concept.errors;
  EXPECT_EQ(by_concept.output, by_name.output);
}

TEST_F(Commands, CompareAsCsvHasAHeaderAndOneRecordPerCity) {
  const CommandResult result = Keikaku("compare", "--concept keijo_shushi_hiritsu --format csv");
  ASSERT_EQ(result.exit_code, 0) << result.errors;
  const CsvRecords csv = ParseCsv(result.output);
  ASSERT_TRUE(csv.ok) << result.output;
  ASSERT_EQ(csv.records.size(), 3u) << result.output;
  EXPECT_EQ(csv.records[0][0], "municipality");
  EXPECT_EQ(csv.records[0].size(), 9u);
  for (const auto& record : csv.records) EXPECT_EQ(record.size(), csv.records[0].size());
  EXPECT_NE(result.output.find("2016:89.9  2017:89.8  2018:89.7  2019:89.6  2020:89.5"), std::string::npos)
      << result.output;
}

TEST_F(Commands, CompareNeedsAConceptOrAnIndicator) {
  const CommandResult result = Keikaku("compare", "");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.errors.find("--concept or --indicator"), std::string::npos) << result.errors;
}

// ---- search and measures ----

TEST_F(Commands, SearchReturnsRankedHitsWithTheMatchMarked) {
  const CommandResult result = Keikaku("search", "窓口");
  ASSERT_EQ(result.exit_code, 0) << result.errors;
  const std::vector<std::string> rows = TableRows(result.output);
  ASSERT_GE(rows.size(), 10u) << result.output;
  EXPECT_LE(rows.size(), 20u) << "the default limit is 20";
  EXPECT_NE(rows[0].find("【窓口】"), std::string::npos) << result.output;
  std::set<std::string> cities;
  for (const std::string& row : rows) cities.insert(Columns(row)[0]);
  EXPECT_GE(cities.size(), 2u) << result.output;
}

TEST_F(Commands, SearchWithMunicipalityKeepsOnlyThatCity) {
  const CommandResult result = Keikaku("search", "窓口 --municipality 坂戸市");
  ASSERT_EQ(result.exit_code, 0) << result.errors;
  const std::vector<std::string> rows = TableRows(result.output);
  ASSERT_FALSE(rows.empty()) << result.output;
  for (const std::string& row : rows) EXPECT_EQ(Columns(row)[0], "坂戸市") << row;
}

TEST_F(Commands, SearchLimitCapsTheHits) {
  const CommandResult result = Keikaku("search", "窓口 --limit 3");
  ASSERT_EQ(result.exit_code, 0) << result.errors;
  EXPECT_EQ(TableRows(result.output).size(), 3u) << result.output;
}

TEST_F(Commands, MeasuresWithStatusListsOnlyThoseOfTheCity) {
  const CommandResult result = Keikaku("measures", "--municipality 坂戸市 --status A");
  ASSERT_EQ(result.exit_code, 0) << result.errors;
  std::set<std::string> refs;
  for (const std::string& row : TableRows(result.output)) {
    const std::vector<std::string> columns = Columns(row);
    ASSERT_EQ(columns.size(), 7u) << row;
    EXPECT_EQ(columns[0], "坂戸市") << row;
    EXPECT_EQ(columns[5], "A") << row;
    refs.insert(columns[1]);
  }
  // The gold (004_*.json) has eight measures with status A.
  EXPECT_EQ(refs, (std::set<std::string>{"3", "4", "8", "12", "13", "16", "20", "22"})) << result.output;
}

// ---- concepts and layouts ----

TEST_F(Commands, ConceptsListsKeijoShushiHiritsuWithTwoCities) {
  const CommandResult result = Keikaku("concepts", "");
  ASSERT_EQ(result.exit_code, 0) << result.errors;
  for (const std::string& row : TableRows(result.output)) {
    const std::vector<std::string> columns = Columns(row);
    if (columns[0] != "keijo_shushi_hiritsu") continue;
    ASSERT_EQ(columns.size(), 6u) << row;
    EXPECT_EQ(columns[1], "経常収支比率");
    EXPECT_EQ(columns[2], "%");
    EXPECT_EQ(columns[3], "2") << "cities";
    EXPECT_EQ(columns[4], "2") << "documents";
    return;
  }
  ADD_FAILURE() << "no keijo_shushi_hiritsu row:\n" << result.output;
}

TEST_F(Commands, LayoutsListsTheSixLayoutsWithDocumentCounts) {
  const CommandResult result = Keikaku("layouts", "");
  ASSERT_EQ(result.exit_code, 0) << result.errors;
  std::map<std::string, std::string> counts;
  for (const std::string& row : TableRows(result.output)) counts[Columns(row)[0]] = Columns(row)[1];
  const std::map<std::string, std::string> expected = {
      {"action_blocks", "1"}, {"implementation_sheets", "1"}, {"plan_chapters", "1"},
      {"results_reports", "1"}, {"progress_grids", "1"}, {"generic", "0"}};
  EXPECT_EQ(counts, expected) << result.output;
}

// ---- export --format csv ----

// Per table: the header the CSV must start with, and how many records the jsonl export implies.
struct CsvTable {
  std::string table;
  std::vector<std::string> header;
};

// Counts of measures, indicators, observations (baseline + targets + actuals) and budgets in
// a keikaku/1 jsonl export.
std::map<std::string, size_t> CountRecords(const std::string& jsonl) {
  std::map<std::string, size_t> counts;
  std::istringstream lines(jsonl);
  for (std::string line; std::getline(lines, line);) {
    const Poco::JSON::Array::Ptr measures = Object(Poco::JSON::Parser().parse(line))->getArray("measures");
    for (size_t m = 0; m < measures->size(); ++m) {
      const Poco::JSON::Object::Ptr measure = measures->getObject(m);
      ++counts["measures"];
      counts["budgets"] += measure->getArray("budgets")->size();
      const Poco::JSON::Array::Ptr indicators = measure->getArray("indicators");
      for (size_t i = 0; i < indicators->size(); ++i) {
        const Poco::JSON::Object::Ptr indicator = indicators->getObject(i);
        ++counts["indicators"];
        counts["observations"] += (indicator->isNull("baseline") ? 0 : 1) + indicator->getArray("targets")->size() +
                                  indicator->getArray("actuals")->size();
      }
    }
  }
  return counts;
}

class ExportCsv : public Commands, public ::testing::WithParamInterface<CsvTable> {};

TEST_P(ExportCsv, IsRfc4180WithTheHeaderAndOneRecordPerRow) {
  const CommandResult result = Keikaku("export", "--format csv --table " + GetParam().table);
  ASSERT_EQ(result.exit_code, 0) << result.errors;
  const CsvRecords csv = ParseCsv(result.output);
  ASSERT_TRUE(csv.ok) << "not RFC 4180 (CRLF records, quoted fields)";
  ASSERT_FALSE(csv.records.empty());
  EXPECT_EQ(csv.records[0], GetParam().header);
  for (size_t r = 1; r < csv.records.size(); ++r) {
    ASSERT_EQ(csv.records[r].size(), GetParam().header.size()) << "record " << r;
  }
  const CommandResult jsonl = Keikaku("export", "--format jsonl");
  ASSERT_EQ(jsonl.exit_code, 0) << jsonl.errors;
  EXPECT_EQ(csv.records.size() - 1, CountRecords(jsonl.output)[GetParam().table]);
}

INSTANTIATE_TEST_SUITE_P(
    Tables, ExportCsv,
    ::testing::Values(
        CsvTable{"measures", {"municipality", "document", "ref", "kind", "title", "path", "departments",
                              "related_departments", "status", "repost", "description", "line"}},
        CsvTable{"indicators", {"municipality", "document", "measure_ref", "measure_title", "indicator", "kind",
                                "unit", "baseline_fy", "baseline_value", "baseline_text", "targets", "actuals"}},
        CsvTable{"observations", {"municipality", "document", "measure_ref", "measure_title", "indicator", "kind",
                                  "fy", "value", "unit", "comparator", "text", "line", "cell"}},
        CsvTable{"budgets", {"municipality", "document", "measure_ref", "measure_title", "fy", "category",
                             "amount_yen", "derived"}}),
    [](const ::testing::TestParamInfo<CsvTable>& info) { return info.param.table; });

TEST_F(Commands, ExportBudgetsCsvHasKomorosSevenHundredFiveEntries) {
  const CommandResult result = Keikaku("export", "--format csv --table budgets --municipality 小諸市");
  ASSERT_EQ(result.exit_code, 0) << result.errors;
  const CsvRecords csv = ParseCsv(result.output);
  ASSERT_TRUE(csv.ok);
  EXPECT_EQ(csv.records.size() - 1, 705u) << "the gold (003_*.json) has 705 budget entries";
  for (size_t r = 1; r < csv.records.size(); ++r) ASSERT_EQ(csv.records[r][0], "小諸市") << "record " << r;
}

TEST_F(Commands, ExportObservationsHaveOneRowPerBaselineTargetAndActual) {
  const CommandResult result = Keikaku("export", "--format csv --table observations --municipality 加須市");
  ASSERT_EQ(result.exit_code, 0) << result.errors;
  std::vector<std::string> kazo_keijo;
  for (const auto& record : ParseCsv(result.output).records) {
    if (record.size() > 6 && record[4] == "経常収支比率") kazo_keijo.push_back(record[5] + ":" + record[6] + ":" + record[7]);
  }
  EXPECT_EQ(kazo_keijo, (std::vector<std::string>{"baseline:2014:89.3", "target:2016:89.9", "target:2017:89.8",
                                                  "target:2018:89.7", "target:2019:89.6", "target:2020:89.5"}));
}

TEST_F(Commands, ExportWithBomStartsWithTheUtf8ByteOrderMark) {
  const CommandResult with_bom = Keikaku("export", "--format csv --table measures --bom");
  const CommandResult without = Keikaku("export", "--format csv --table measures");
  ASSERT_EQ(with_bom.exit_code, 0) << with_bom.errors;
  EXPECT_EQ(with_bom.output.substr(0, 3), "\xEF\xBB\xBF");
  EXPECT_EQ(with_bom.output.substr(3), without.output);
}

TEST_F(Commands, ExportRejectsAnUnknownTable) {
  const CommandResult result = Keikaku("export", "--format csv --table secrets");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.errors.find("--table"), std::string::npos) << result.errors;
}

// ---- query ----

TEST_F(Commands, QueryRefusesAWrite) {
  const CommandResult result = Keikaku("query", Quote("DELETE FROM documents"));
  EXPECT_NE(result.exit_code, 0);
  EXPECT_FALSE(result.errors.empty());
  const CommandResult count = Keikaku("query", "--format csv " + Quote("SELECT count(*) AS n FROM documents"));
  ASSERT_EQ(count.exit_code, 0) << count.errors;
  EXPECT_EQ(count.output, "n\r\n5\r\n");
}

// ---- normalize ----

TEST_F(Commands, NormalizeNumberScalesMoneyToYen) {
  const CommandResult result = RunShell(KeikakuCommand("normalize number " + Quote("▲318百万円")));
  ASSERT_EQ(result.exit_code, 0) << result.errors;
  const Poco::JSON::Object::Ptr number = Object(Poco::JSON::Parser().parse(result.output));
  EXPECT_DOUBLE_EQ(number->getValue<double>("value"), -318);
  EXPECT_EQ(number->getValue<std::string>("unit"), "百万円");
  EXPECT_DOUBLE_EQ(number->getValue<double>("scaled"), -318000000);
  EXPECT_EQ(number->getValue<std::string>("base_unit"), "円");
}

// ---- --help and usage errors, on every subcommand ----

const char* const kSubcommands[] = {"ingest",  "export",   "query",    "stats", "layouts",  "compare",
                                    "search",  "measures", "concepts", "serve", "normalize", "diagnostics", "pdf-grid"};

class EverySubcommand : public ::testing::TestWithParam<const char*> {};

TEST_P(EverySubcommand, HelpPrintsUsageAndExitsZero) {
  const CommandResult result = RunShell(KeikakuCommand(std::string(GetParam()) + " --help"));
  EXPECT_EQ(result.exit_code, 0) << result.errors;
  EXPECT_EQ(result.output.rfind("usage: keikaku " + std::string(GetParam()), 0), 0u) << result.output;
  EXPECT_NE(result.output.find("--help"), std::string::npos) << result.output;
}

TEST_P(EverySubcommand, UnknownOptionExitsTwoWithOneLine) {
  const CommandResult result = RunShell(KeikakuCommand(std::string(GetParam()) + " --no-such-option"));
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_TRUE(result.output.empty()) << result.output;
  ASSERT_FALSE(result.errors.empty());
  EXPECT_EQ(result.errors.find('\n'), result.errors.size() - 1) << result.errors;
  EXPECT_NE(result.errors.find("no-such-option"), std::string::npos) << result.errors;
}

INSTANTIATE_TEST_SUITE_P(Cli, EverySubcommand, ::testing::ValuesIn(kSubcommands),
                         [](const ::testing::TestParamInfo<const char*>& info) {
                           std::string name = info.param;
                           std::replace(name.begin(), name.end(), '-', '_');
                           return name;
                         });

}  // namespace
}  // namespace keikaku
