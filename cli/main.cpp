// keikaku: Japanese municipal plans into a database people can query.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string_view>

#include "commands.h"
#include "keikaku/store/store.h"
#include "options.h"

namespace {

struct Subcommand {
  std::string_view name;
  std::string_view summary;
  int (*run)(const keikaku::cli::Args&);
};

constexpr Subcommand kSubcommands[] = {
    {"ingest", "import files and folders into the database", keikaku::cli::RunIngest},
    {"export", "print stored documents as keikaku/1 JSON, JSON Lines or CSV", keikaku::cli::RunExport},
    {"query", "run read-only SQL on the database", keikaku::cli::RunQuery},
    {"stats", "summarise the stored documents", keikaku::cli::RunStats},
    {"diagnostics", "list what a document's readers could not place", keikaku::cli::RunDiagnostics},
    {"layouts", "list the layouts keikaku reads and how many documents each parsed", keikaku::cli::RunLayouts},
    {"compare", "compare one indicator across cities", keikaku::cli::RunCompare},
    {"search", "full-text search over measures and indicators", keikaku::cli::RunSearch},
    {"measures", "list measures by municipality, department or status", keikaku::cli::RunMeasures},
    {"concepts", "list indicator concepts and how many cities each covers", keikaku::cli::RunConcepts},
    {"serve", "serve the database as a read-only JSON API over HTTP", keikaku::cli::RunServe},
    {"normalize", "normalise text, numbers or dates as keikaku does", keikaku::cli::RunNormalize},
    {"pdf-grid", "print the cell grid keikaku reads from a PDF (for checking tables)", keikaku::cli::RunPdfGrid},
};

void PrintUsage(std::ostream& out) {
  out << "usage: keikaku COMMAND [OPTIONS] [ARGS]\n\ncommands:\n";
  for (const Subcommand& command : kSubcommands) {
    out << "  " << command.name << std::string(12 - command.name.size(), ' ') << command.summary << '\n';
  }
  out << "\n'keikaku COMMAND --help' describes a command; 'keikaku --version' prints the version.\n";
}

// Flushes standard output and tells whether everything written to it arrived; if not (a full
// disk, a closed pipe, /dev/full), says so on stderr in one line.
bool OutputWritten(std::string_view command) {
  errno = 0;
  std::cout.flush();
  const bool failed = std::cout.fail() || std::fflush(stdout) != 0 || std::ferror(stdout);
  if (!failed) return true;
  const int error = errno;
  std::cerr << "keikaku " << command << ": cannot write the output: "
            << (error ? std::strerror(error) : "write error") << '\n';
  return false;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || std::string_view(argv[1]) == "--help" || std::string_view(argv[1]) == "-h") {
    PrintUsage(argc < 2 ? std::cerr : std::cout);
    return argc < 2 ? 2 : 0;
  }
  if (std::string_view(argv[1]) == "--version" || std::string_view(argv[1]) == "-V") {
    std::cout << "keikaku " << KEIKAKU_VERSION << '\n';
    return OutputWritten("--version") ? 0 : 2;
  }
  const std::string_view name = argv[1];
  const keikaku::cli::Args args(argv + 2, argv + argc);
  for (const Subcommand& command : kSubcommands) {
    if (command.name != name) continue;
    try {
      const int code = command.run(args);
      return OutputWritten(name) ? code : 2;
    } catch (const keikaku::cli::UsageError& e) {
      std::cerr << "keikaku " << name << ": " << e.what() << " (see 'keikaku " << name << " --help')\n";
      return 2;
    } catch (const keikaku::store::StoreError& e) {
      std::cerr << "keikaku " << name << ": database: " << e.what() << '\n';
      return 2;
    } catch (const std::exception& e) {
      std::cerr << "keikaku " << name << ": " << e.what() << '\n';
      return 2;
    }
  }
  std::cerr << "keikaku: unknown command '" << name << "'\n";
  PrintUsage(std::cerr);
  return 2;
}
