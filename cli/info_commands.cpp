// keikaku query, stats and layouts: looking into the database.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <cstdio>
#include <map>
#include <sstream>

#include "commands.h"
#include "keikaku/ingest/document_grid.h"
#include "keikaku/parsers/parse.h"
#include "keikaku/store/export.h"
#include "keikaku/store/queries.h"
#include "keikaku/store/store.h"
#include "options.h"
#include "table.h"

namespace keikaku::cli {
namespace {

const CommandSpec kQuerySpec = {
    "query",
    "SQL",
    "Runs one SQL statement on a read-only connection (store/SCHEMA.md describes the tables) and "
    "prints the result as a table, CSV or JSON (numbers stay numbers; BLOBs are written X'0A1B'). "
    "Several statements are refused; a statement running past --timeout is interrupted (exit 2).",
    {DatabaseOption(),
     {"format", "", "table, csv or json (default table)", "FORMAT"},
     {"timeout", "", "seconds a statement may run (default 10)", "SECONDS"}},
};

const CommandSpec kStatsSpec = {
    "stats",
    "",
    "Summarises every stored document: municipality, plan title and kind, layout, encoding, "
    "format, and the number of measures, indicators, observations, budgets and diagnostics.",
    {DatabaseOption()},
};

const CommandSpec kLayoutsSpec = {
    "layouts",
    "",
    "Lists the layouts keikaku reads and how many stored documents each parsed. With --explain, "
    "reads FILE as ingest does and shows every layout's score for it, the layout ingest would "
    "choose and the municipality it recognises; nothing is stored.",
    {DatabaseOption(), {"explain", "", "score FILE against every layout instead of listing them", "FILE"}},
};

std::string Score(double score) {
  char text[16];
  std::snprintf(text, sizeof text, "%.2f", score);
  return text;
}

// `keikaku layouts --explain FILE`: the file's grid scored by every layout, the layout
// ParseGrid chooses and the municipality it records. Returns 1 when FILE cannot be read.
int ExplainLayouts(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  if (!in || !(bytes << in.rdbuf())) {
    std::cerr << "keikaku layouts: cannot read " << path << '\n';
    return 1;
  }
  const ingest::DocumentGrid read = ingest::ReadDocumentGrid(bytes.str());
  if (!read.ok) {
    std::cerr << "keikaku layouts: " << path << ": " << (read.place.empty() ? "" : read.place + ": ") << read.error
              << '\n';
    return 1;
  }
  const ParsedDocument document = ParseGrid(read.grid);
  std::cout << "file: " << path << " (" << ingest::FormatName(read.format) << ", " << read.encoding << ", "
            << read.grid.rows.size() << " rows)\n\n";
  std::vector<std::vector<std::string>> rows;
  for (const Layout& layout : KnownLayouts()) {
    rows.push_back({std::string(layout.name), Score(layout.Score(read.grid)),
                    layout.name == document.layout ? "chosen" : "-"});
  }
  PrintTable({"layout", "score", "ingest"}, rows, std::cout);
  std::cout << "\nsignals (strength × weight; a required signal that is absent scores 0, and without\n"
               "any anchor signal the score is halved):\n";
  for (const Layout& layout : KnownLayouts()) {
    std::cout << "  " << layout.name << '\n';
    for (const Signal& signal : layout.detect(read.grid)) {
      const SignalGate gate = signal.spec->gate;
      std::cout << "    " << Score(signal.strength) << " × " << Score(signal.spec->weight) << "  "
                << signal.spec->name
                << (gate == SignalGate::kRequired ? " (required)" : gate == SignalGate::kAnchor ? " (anchor)" : "")
                << '\n';
    }
  }
  std::cout << "\nchosen: " << document.layout << " ("
            << (document.layout == "generic" ? "no layout scores 0.30 or more, so the generic reader takes the file"
                                             : "score " + Score(document.layout_score) + ", the highest")
            << ")\n";
  const Municipality& body = document.municipality;
  std::cout << "municipality: ";
  if (!body.name.empty()) {
    std::cout << body.name << " (" << body.prefecture << (body.code ? ", " + *body.code : "") << ")\n";
    return 0;
  }
  std::cout << "none recognised";
  for (const Diagnostic& diagnostic : document.diagnostics) {
    if (diagnostic.kind == "ambiguous_municipality") std::cout << " (" << diagnostic.message << ")";
  }
  std::cout << '\n';
  return 0;
}

// A query cell in JSON: integers and finite reals as numbers, NULL as null, the rest as strings.
std::string JsonCell(const std::optional<std::string>& text, store::QueryResult::CellType type) {
  using Type = store::QueryResult::CellType;
  if (!text) return "null";
  if (type == Type::kInteger) return *text;
  if (type == Type::kReal) {
    const bool finite = text->find_first_not_of("0123456789+-.eE") == std::string::npos;
    return finite ? (text->find_first_of(".eE") == std::string::npos ? *text + ".0" : *text) : "null";
  }
  return store::JsonQuote(*text);
}

constexpr size_t kStatsWidth = 36, kStatsPathWidth = 60;

// The end of `path` within `width` bytes ("…" and the tail), cut at a character boundary:
// the file name is what tells two documents of one city apart.
std::string PathTail(const std::string& path, size_t width) {
  if (path.size() <= width) return path;
  size_t start = path.size() - (width - 1);
  while (start < path.size() && (static_cast<unsigned char>(path[start]) & 0xC0) == 0x80) ++start;
  return "…" + path.substr(start);
}

// `text` cut to `width` display columns with "…", as PrintTable cuts its cells.
std::string CutToWidth(const std::string& text, size_t width) {
  if (DisplayWidth(text) <= width) return text;
  std::string cut;
  for (size_t i = 0; i < text.size();) {
    size_t length = 1;
    while (i + length < text.size() && (static_cast<unsigned char>(text[i + length]) & 0xC0) == 0x80) ++length;
    if (DisplayWidth(cut + text.substr(i, length)) + 1 > width) break;
    cut += text.substr(i, length);
    i += length;
  }
  return cut + "…";
}

// One line per group of documents stored from different files with the same bytes (one file
// is one document; a copy of it elsewhere is another document that shares its sha256).
void PrintSharedContent(const std::vector<store::DocumentSummary>& documents, std::ostream& out) {
  std::map<std::string, std::vector<std::string>> by_hash;
  for (const store::DocumentSummary& d : documents) by_hash[d.sha256].push_back(d.path);
  for (const auto& [hash, paths] : by_hash) {
    if (paths.size() < 2) continue;
    out << "same content (sha256 " << hash.substr(0, 12) << "…) in " << paths.size() << " files:";
    for (const std::string& path : paths) out << "  " << path;
    out << '\n';
  }
}

}  // namespace

int RunQuery(const Args& args) {
  const ParsedArgs parsed = ParseArgs(kQuerySpec, args);
  if (parsed.help) {
    PrintHelp(kQuerySpec, std::cout);
    return 0;
  }
  if (parsed.positional.size() != 1) throw UsageError("give exactly one SQL statement");
  const std::string format = parsed.Get("format", "table");
  if (format != "table" && format != "csv" && format != "json") {
    throw UsageError("--format must be table, csv or json, not '" + format + "'");
  }
  const double timeout = static_cast<double>(parsed.GetInt("timeout", 10, 1, 86400));
  const store::QueryResult result = store::RunReadOnlyQuery(DatabasePath(parsed), parsed.positional[0], timeout);
  std::vector<std::vector<std::string>> rows;
  for (const auto& row : result.rows) {
    std::vector<std::string> cells;
    for (const auto& cell : row) cells.push_back(cell.value_or(format == "table" ? "NULL" : ""));
    rows.push_back(std::move(cells));
  }
  if (format == "table") {
    PrintTable(result.columns, rows, std::cout);
  } else if (format == "csv") {
    for (size_t c = 0; c < result.columns.size(); ++c) std::cout << (c ? "," : "") << store::CsvField(result.columns[c]);
    std::cout << "\r\n";
    for (const auto& row : rows) {
      for (size_t c = 0; c < row.size(); ++c) std::cout << (c ? "," : "") << store::CsvField(row[c]);
      std::cout << "\r\n";
    }
  } else {
    std::cout << "[";
    for (size_t r = 0; r < result.rows.size(); ++r) {
      std::cout << (r ? ",\n" : "\n") << "{";
      for (size_t c = 0; c < result.columns.size(); ++c) {
        std::cout << (c ? "," : "") << store::JsonQuote(result.columns[c]) << ":"
                  << JsonCell(result.rows[r][c], result.types[r][c]);
      }
      std::cout << "}";
    }
    std::cout << "\n]\n";
  }
  return 0;
}

int RunStats(const Args& args) {
  const ParsedArgs parsed = ParseArgs(kStatsSpec, args);
  if (parsed.help) {
    PrintHelp(kStatsSpec, std::cout);
    return 0;
  }
  const std::string db_path = DatabasePath(parsed);
  std::vector<std::vector<std::string>> rows;
  int totals[5] = {0, 0, 0, 0, 0};
  const auto documents = store::ListDocuments(db_path);
  for (const store::DocumentSummary& d : documents) {
    const int counts[5] = {d.measures, d.indicators, d.observations, d.budgets, d.diagnostics};
    for (int k = 0; k < 5; ++k) totals[k] += counts[k];
    char score[16];
    std::snprintf(score, sizeof score, " (%.2f)", d.layout_score);
    rows.push_back({d.municipality, CutToWidth(d.plan_title, kStatsWidth), d.plan_kind, d.layout + score, d.encoding, d.format,
                    std::to_string(d.measures), std::to_string(d.indicators), std::to_string(d.observations),
                    std::to_string(d.budgets), std::to_string(d.diagnostics), PathTail(d.path, kStatsPathWidth)});
  }
  PrintTable({"municipality", "plan", "kind", "layout", "encoding", "format", "measures", "indicators",
              "observations", "budgets", "diagnostics", "document"},
             rows, std::cout, kStatsPathWidth);
  std::cout << documents.size() << " documents: " << totals[0] << " measures, " << totals[1] << " indicators, "
            << totals[2] << " observations, " << totals[3] << " budgets, " << totals[4] << " diagnostics\n";
  PrintSharedContent(documents, std::cout);
  const auto failures = store::ListFailures(db_path);
  for (const store::ImportFailure& f : failures) {
    std::cout << "failed: " << f.path << ": " << (f.place.empty() ? "" : f.place + ": ") << f.reason << '\n';
  }
  return 0;
}

int RunLayouts(const Args& args) {
  const ParsedArgs parsed = ParseArgs(kLayoutsSpec, args);
  if (parsed.help) {
    PrintHelp(kLayoutsSpec, std::cout);
    return 0;
  }
  if (parsed.Has("explain")) {
    if (!parsed.positional.empty()) throw UsageError("--explain takes one FILE and no other arguments");
    return ExplainLayouts(parsed.Get("explain"));
  }
  std::map<std::string, int> counts;
  const std::string path = DatabasePath(parsed);
  if (std::filesystem::exists(path)) {
    for (const store::LayoutCount& count : store::CountLayouts(path)) counts[count.layout] = count.documents;
  }
  std::vector<std::vector<std::string>> rows;
  for (const Layout& layout : KnownLayouts()) {
    rows.push_back({std::string(layout.name), std::to_string(counts[std::string(layout.name)]),
                    std::string(layout.description)});
  }
  PrintTable({"layout", "documents", "what it reads"}, rows, std::cout, 80);
  return 0;
}

}  // namespace keikaku::cli
