// keikaku export: stored documents as keikaku/1 JSON, JSON Lines or CSV.
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>

#include "commands.h"
#include "keikaku/store/export.h"
#include "keikaku/store/store.h"
#include "options.h"

namespace keikaku::cli {
namespace {

const CommandSpec kExportSpec = {
    "export",
    "",
    "Prints stored documents: json (an array of keikaku/1 documents), jsonl (one document per "
    "line) or csv (RFC 4180; --table observations by default, or measures, indicators, budgets).",
    {DatabaseOption(),
     {"format", "", "json, jsonl or csv (default json)", "FORMAT"},
     {"table", "", "with csv: observations, measures, indicators or budgets", "TABLE"},
     {"municipality", "m", "only documents of this municipality (e.g. 加須市)", "NAME"},
     {"bom", "", "start CSV with a UTF-8 byte-order mark (for Excel)", ""},
     {"output", "o", "write to FILE instead of standard output", "FILE"}},
};

}  // namespace

int RunExport(const Args& args) {
  const ParsedArgs parsed = ParseArgs(kExportSpec, args);
  if (parsed.help) {
    PrintHelp(kExportSpec, std::cout);
    return 0;
  }
  if (!parsed.positional.empty()) throw UsageError("unexpected argument '" + parsed.positional[0] + "'");
  const std::string format = parsed.Get("format", "json");
  const std::string table = parsed.Get("table", "observations");
  if (format != "json" && format != "jsonl" && format != "csv") {
    throw UsageError("--format must be json, jsonl or csv, not '" + format + "'");
  }
  const auto writer = store::CsvTableWriter(table);
  if (format == "csv" && !writer) {
    throw UsageError("--table must be observations, measures, indicators or budgets, not '" + table + "'");
  }
  auto db = store::Store::Open(DatabasePath(parsed), store::Store::Mode::kReadOnly);
  const std::vector<store::StoredDocument> documents = db->LoadDocuments(parsed.Get("municipality"));

  std::ofstream file;
  if (parsed.Has("output")) {
    file.open(parsed.Get("output"), std::ios::binary);
    if (!file) throw std::runtime_error("cannot write " + parsed.Get("output"));
  }
  std::ostream& out = parsed.Has("output") ? file : std::cout;
  if (format == "json") {
    store::WriteJsonArray(documents, out);
  } else if (format == "jsonl") {
    store::WriteJsonLines(documents, out);
  } else {
    if (parsed.Has("bom")) out << "\xEF\xBB\xBF";
    writer(documents, out);
  }
  errno = 0;
  out.flush();
  if (parsed.Has("output")) file.close();
  if (!out || (parsed.Has("output") && file.fail())) {
    const int error = errno;
    // Standard output closed early (`| head`) is the reader's choice, not an error to report.
    if (!parsed.Has("output") && error == EPIPE) return 1;
    throw std::runtime_error("cannot write " + (parsed.Has("output") ? parsed.Get("output") : "the output") +
                             (error ? std::string(": ") + std::strerror(error) : ""));
  }
  return 0;
}

}  // namespace keikaku::cli
