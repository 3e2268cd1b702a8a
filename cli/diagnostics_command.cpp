// keikaku diagnostics: what a document's readers saw but could not place, with its line.
#include <filesystem>
#include <iostream>

#include "commands.h"
#include "keikaku/store/queries.h"
#include "keikaku/store/shown_path.h"
#include "options.h"
#include "table.h"

namespace keikaku::cli {
namespace {

const CommandSpec kDiagnosticsSpec = {
    "diagnostics",
    "",
    "Lists what the readers could not place (a value without a year, a row they could not align, "
    "a sum that does not add up …) with its file and line, and the files that failed to import; "
    "--document keeps one document, by the id `keikaku stats` and the API show or by its path.",
    {DatabaseOption(), {"document", "", "one document: its id or its file's path", "ID|PATH"}},
};

// --document as a filter: digits are an id, anything else a path, resolved as ingest stored it.
store::DiagnosticFilter FilterFor(const std::string& document) {
  store::DiagnosticFilter filter;
  if (document.empty()) return filter;
  if (document.find_first_not_of("0123456789") == std::string::npos && document.size() < 18) {
    filter.document_id = std::stoll(document);
    return filter;
  }
  std::error_code ec;
  const std::string raw = store::UnescapePath(document);
  const auto canonical = std::filesystem::weakly_canonical(std::filesystem::absolute(raw, ec), ec);
  filter.path = ec ? raw : canonical.generic_string();
  return filter;
}

}  // namespace

int RunDiagnostics(const Args& args) {
  const ParsedArgs parsed = ParseArgs(kDiagnosticsSpec, args);
  if (parsed.help) {
    PrintHelp(kDiagnosticsSpec, std::cout);
    return 0;
  }
  if (!parsed.positional.empty()) throw UsageError("takes no arguments; give --document ID|PATH");
  const auto diagnostics = store::ListDiagnostics(DatabasePath(parsed), FilterFor(parsed.Get("document")));
  std::vector<std::vector<std::string>> rows;
  for (const store::DiagnosticRow& d : diagnostics) {
    rows.push_back({d.document_id ? std::to_string(d.document_id) : "-", d.path,
                    d.line ? std::to_string(*d.line) : "", d.kind, d.message});
  }
  PrintTable({"document", "file", "line", "kind", "message"}, rows, std::cout, 80);
  std::cout << diagnostics.size() << " diagnostics\n";
  return 0;
}

}  // namespace keikaku::cli
