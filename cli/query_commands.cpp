// keikaku compare, search, measures and concepts: answers without writing SQL.
#include <iostream>

#include "commands.h"
#include "keikaku/store/export.h"
#include "keikaku/store/queries.h"
#include "options.h"
#include "table.h"

namespace keikaku::cli {
namespace {

const CommandSpec kCompareSpec = {
    "compare",
    "",
    "One row per city and indicator for a concept (see 'keikaku concepts') or for indicators whose "
    "name contains TEXT: municipality, document, indicator as printed, unit, baseline, targets and "
    "actuals by fiscal year, source line. Money is scaled to 円.",
    {DatabaseOption(),
     {"concept", "c", "concept key", "KEY"},
     {"indicator", "i", "text the indicator name contains", "TEXT"},
     {"fy", "", "only this fiscal year (e.g. 2020)", "YEAR"},
     {"format", "", "table, csv or json (default table)", "FORMAT"}},
};

const CommandSpec kSearchSpec = {
    "search",
    "TEXT",
    "Full-text search (SQLite FTS5, any substring of one character or more) over measure titles, "
    "descriptions, texts and indicator names; best matches first, with the match marked in a snippet.",
    {DatabaseOption(),
     {"municipality", "m", "only this municipality", "NAME"},
     {"limit", "n", "at most N results (default 20)", "N"}},
};

const CommandSpec kMeasuresSpec = {
    "measures",
    "",
    "Lists stored measures, filtered by municipality, department and status.",
    {DatabaseOption(),
     {"municipality", "m", "only this municipality", "NAME"},
     {"department", "", "departments containing TEXT", "TEXT"},
     {"status", "", "only this status (A, B, 維持 …)", "STATUS"},
     {"limit", "n", "at most N (default 100)", "N"},
     {"offset", "", "skip the first N", "N"}},
};

const CommandSpec kConceptsSpec = {
    "concepts",
    "",
    "Lists the indicator concepts (store/concepts.tsv) with how many cities, documents and "
    "indicators each covers.",
    {DatabaseOption()},
};

std::string ValueText(const store::ComparedValue& v) {
  return v.value ? store::FormatJsonNumber(*v.value) + (v.comparator.empty() ? "" : " (" + v.comparator + ")") : v.text;
}

std::string Series(const std::vector<store::ComparedValue>& values) {
  std::string out;
  for (const auto& v : values) {
    out += (out.empty() ? "" : "  ") + (v.fy ? std::to_string(*v.fy) : std::string("?")) + ":" + ValueText(v);
  }
  return out;
}

std::string Join(const std::vector<std::string>& parts, const std::string& separator) {
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : separator) + p;
  return out;
}

std::string JsonValue(const store::ComparedValue& v) {
  return std::string("{\"fy\":") + (v.fy ? std::to_string(*v.fy) : "null") +
         ",\"value\":" + (v.value ? store::FormatJsonNumber(*v.value) : "null") +
         ",\"comparator\":" + (v.comparator.empty() ? "null" : store::JsonQuote(v.comparator)) +
         ",\"text\":" + store::JsonQuote(v.text) + ",\"line\":" + std::to_string(v.line) + "}";
}


}  // namespace

int RunCompare(const Args& args) {
  const ParsedArgs parsed = ParseArgs(kCompareSpec, args);
  if (parsed.help) {
    PrintHelp(kCompareSpec, std::cout);
    return 0;
  }
  store::CompareQuery query;
  query.concept_key = parsed.Get("concept");
  query.indicator_text = parsed.Get("indicator");
  if (query.concept_key.empty() == query.indicator_text.empty()) throw UsageError("give --concept or --indicator");
  if (parsed.Has("fy")) query.fy = static_cast<int>(parsed.GetInt("fy", 0, 1868, 2200));
  const std::string format = parsed.Get("format", "table");
  if (format != "table" && format != "csv" && format != "json") throw UsageError("--format must be table, csv or json");
  const auto rows = store::Compare(DatabasePath(parsed), query);
  if (format == "json") {
    std::cout << "[";
    for (size_t r = 0; r < rows.size(); ++r) {
      const auto& row = rows[r];
      std::string targets, actuals;
      for (const auto& v : row.targets) targets += (targets.empty() ? "" : ",") + JsonValue(v);
      for (const auto& v : row.actuals) actuals += (actuals.empty() ? "" : ",") + JsonValue(v);
      std::cout << (r ? ",\n" : "\n") << "{\"municipality\":" << store::JsonQuote(row.municipality)
                << ",\"prefecture\":" << store::JsonQuote(row.prefecture) << ",\"document\":" << store::JsonQuote(row.document_path)
                << ",\"indicator\":" << store::JsonQuote(row.indicator) << ",\"unit\":" << store::JsonQuote(row.unit)
                << ",\"baseline\":" << (row.baseline ? JsonValue(*row.baseline) : "null") << ",\"targets\":["
                << targets << "],\"actuals\":[" << actuals << "],\"line\":" << row.line << "}";
    }
    std::cout << "\n]\n";
    return 0;
  }
  std::vector<std::vector<std::string>> table;
  for (const auto& row : rows) {
    table.push_back({row.municipality, row.prefecture, row.indicator, row.unit,
                     row.baseline ? ValueText(*row.baseline) + (row.baseline->fy ? " (" + std::to_string(*row.baseline->fy) + ")" : "") : "",
                     Series(row.targets), Series(row.actuals), row.document_path, std::to_string(row.line)});
  }
  const std::vector<std::string> header = {"municipality", "prefecture", "indicator", "unit", "baseline",
                                           "targets (fy:value)", "actuals (fy:value)", "document", "line"};
  if (format == "csv") {
    for (size_t c = 0; c < header.size(); ++c) std::cout << (c ? "," : "") << header[c];
    std::cout << "\r\n";
    for (const auto& row : table) {
      for (size_t c = 0; c < row.size(); ++c) std::cout << (c ? "," : "") << store::CsvField(row[c]);
      std::cout << "\r\n";
    }
  } else {
    PrintTable(header, table, std::cout, 160);  // series must stay whole: every year is the point
    size_t scaled = 0;
    for (const auto& row : rows) scaled += row.scale != 1 ? 1 : 0;
    std::cout << rows.size() << " rows";
    if (scaled) std::cout << "; " << scaled << " printed in a money unit, shown scaled to 円";
    std::cout << '\n';
  }
  return 0;
}

int RunSearch(const Args& args) {
  const ParsedArgs parsed = ParseArgs(kSearchSpec, args);
  if (parsed.help) {
    PrintHelp(kSearchSpec, std::cout);
    return 0;
  }
  if (parsed.positional.empty()) throw UsageError("give the TEXT to search for");
  store::SearchQuery query;
  query.text = Join(parsed.positional, " ");
  query.municipality = parsed.Get("municipality");
  query.limit = static_cast<int>(parsed.GetInt("limit", 20, 1, 1000));
  query.mark_open = "【";
  query.mark_close = "】";
  std::vector<std::vector<std::string>> rows;
  for (const store::SearchHit& hit : store::Search(DatabasePath(parsed), query)) {
    rows.push_back({hit.municipality, hit.measure_ref, hit.measure_title, Join(hit.departments, "、"), hit.snippet});
  }
  PrintTable({"municipality", "ref", "measure", "department", "snippet"}, rows, std::cout, 50);
  return 0;
}

int RunMeasures(const Args& args) {
  const ParsedArgs parsed = ParseArgs(kMeasuresSpec, args);
  if (parsed.help) {
    PrintHelp(kMeasuresSpec, std::cout);
    return 0;
  }
  store::MeasureFilter filter;
  filter.municipality = parsed.Get("municipality");
  filter.department = parsed.Get("department");
  filter.status = parsed.Get("status");
  filter.limit = static_cast<int>(parsed.GetInt("limit", 100, 1, 10000));
  filter.offset = static_cast<int>(parsed.GetInt("offset", 0, 0, 1000000000));
  std::vector<std::vector<std::string>> rows;
  for (const store::MeasureRow& m : store::ListMeasures(DatabasePath(parsed), filter)) {
    rows.push_back({m.municipality, m.ref, m.kind, m.title, Join(m.departments, "、"), m.status.value_or(""),
                    std::to_string(m.indicators)});
  }
  PrintTable({"municipality", "ref", "kind", "title", "departments", "status", "indicators"}, rows, std::cout, 40);
  return 0;
}

int RunConcepts(const Args& args) {
  const ParsedArgs parsed = ParseArgs(kConceptsSpec, args);
  if (parsed.help) {
    PrintHelp(kConceptsSpec, std::cout);
    return 0;
  }
  std::vector<std::vector<std::string>> rows;
  for (const store::ConceptCoverage& c : store::ListConcepts(DatabasePath(parsed))) {
    rows.push_back({c.concept_info.key, c.concept_info.label, c.concept_info.unit, std::to_string(c.cities),
                    std::to_string(c.documents), std::to_string(c.indicators)});
  }
  PrintTable({"concept", "label", "unit", "cities", "documents", "indicators"}, rows, std::cout);
  return 0;
}

}  // namespace keikaku::cli
