// keikaku pdf-grid FILE: the grid a PDF becomes, one row per line, for checking the layout.
#include <fstream>
#include <iostream>
#include <sstream>

#include "commands.h"
#include "keikaku/ingest/formats.h"
#include "options.h"

namespace keikaku::cli {
namespace {

const CommandSpec kPdfGridSpec = {
    "pdf-grid",
    "FILE...",
    "Prints the cell grid keikaku reads from each PDF, one row per line as 'page:line: cell | cell', "
    "with the printed page number in brackets when one was read ('0:' rows are the document's "
    "Title and Author). For checking how a PDF's tables come out; reads each PDF as ingest does, "
    "in a child process with its limits. Exit code 1 when a PDF cannot be read.",
    {}};

}  // namespace

namespace {

// Prints the grid of one PDF; returns false (with a message on stderr) when it cannot be read.
bool PrintPdfGrid(const std::string& path, bool header) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << "keikaku pdf-grid: cannot open " << path << '\n';
    return false;
  }
  std::ostringstream bytes;
  bytes << in.rdbuf();
  const ingest::GridResult result = ingest::ReadGrid(ingest::Format::kPdf, bytes.str(), "");
  if (!result.ok) {
    std::cerr << "keikaku pdf-grid: " << path << ": " << (result.place.empty() ? "" : result.place + ": ")
              << result.error << '\n';
    return false;
  }
  if (header) std::cout << "# file: " << path << '\n';
  if (!result.grid.title.empty()) std::cout << "# title: " << result.grid.title << '\n';
  if (!result.grid.author.empty()) std::cout << "# author: " << result.grid.author << '\n';
  for (const GridRow& row : result.grid.rows) {
    std::cout << row.page << ':' << row.line;
    if (row.printed_page > 0) std::cout << '[' << row.printed_page << ']';
    std::cout << ':';
    for (size_t i = 0; i < row.cells.size(); ++i) std::cout << (i == 0 ? " " : " | ") << row.cells[i];
    std::cout << '\n';
  }
  return true;
}

}  // namespace

int RunPdfGrid(const Args& args) {
  const ParsedArgs parsed = ParseArgs(kPdfGridSpec, args);
  if (parsed.help) {
    PrintHelp(kPdfGridSpec, std::cout);
    return 0;
  }
  if (parsed.positional.empty()) throw UsageError("give a PDF file");
  bool all_read = true;
  for (const std::string& path : parsed.positional) {
    all_read = PrintPdfGrid(path, parsed.positional.size() > 1) && all_read;
  }
  return all_read ? 0 : 1;
}

}  // namespace keikaku::cli
