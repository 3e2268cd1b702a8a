// keikaku ingest: files and folders into the database, one line per document.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <iostream>

#include "commands.h"
#include "keikaku/ingest/ingest.h"
#include "keikaku/parsers/parse.h"
#include "keikaku/store/shown_path.h"
#include "options.h"
#include "progress.h"

namespace keikaku::cli {
namespace {

const CommandSpec kIngestSpec = {
    "ingest",
    "[PATH...]",
    "Imports files and folders (recursively; default corpus/) into the database. Prints one line "
    "per document (imported / unchanged / replaced / failed: reason) and a total; a file from which "
    "no record was extracted is named on stderr and counted. Exit 0 when every file imported (with "
    "or without records), 1 when some failed or were skipped (links that loop or dangle, FIFOs, "
    "sockets, unreadable files), 2 for usage or database errors.",
    {DatabaseOption(),
     {"jobs", "j", "parser threads (default: the number of cores)", "N"},
     {"force", "f", "re-parse files whose sha256 is already stored", ""},
     {"prune", "", "remove stored documents whose file no longer exists, within the PATHs given", ""},
     {"dry-run", "n", "with --prune: list what would be removed, and change nothing", ""},
     {"quiet", "q", "print only failures and the total", ""},
     {"timings", "", "also print the seconds spent in each stage", ""},
     {"layout", "", "parse every file with this layout (see keikaku layouts; generic included) "
                    "instead of detecting it; implies --force", "NAME"},
     {"time-budget", "", "seconds one document may take before it fails (default 60)", "SECONDS"},
     {"max-file-mb", "", "heaviest file to read, in MiB: its bytes plus 9 per cell (default 24, less with "
                         "under 1.5 GiB of memory); files read at once never weigh more together, so peak "
                         "memory stays within about seven times it", "MB"},
     {"pdf-pages", "", "most pages a PDF may have (default 2000)", "N"},
     {"pdf-objects", "", "most objects a PDF may hold (default 1000000)", "N"},
     {"pdf-seconds", "", "CPU seconds the PDF reader may use per file (default 30; twice that on the clock)", "SECONDS"},
     {"pdf-memory-mb", "", "memory the PDF reader may add per file, in MiB (default 1024)", "MB"}},
};

const char* OutcomeWord(ingest::FileOutcome outcome) {
  switch (outcome) {
    case ingest::FileOutcome::kImported: return "imported";
    case ingest::FileOutcome::kReplaced: return "replaced";
    case ingest::FileOutcome::kUnchanged: return "unchanged";
    case ingest::FileOutcome::kFailed: return "failed";
    case ingest::FileOutcome::kPruned: return "pruned";
  }
  return "?";
}

// An imported or replaced document from which the readers extracted no record at all.
bool YieldedNothing(const ingest::FileReport& report) {
  const bool stored =
      report.outcome == ingest::FileOutcome::kImported || report.outcome == ingest::FileOutcome::kReplaced;
  return stored && report.measures == 0 && report.indicators == 0 && report.observations == 0 &&
         report.budgets == 0;
}

}  // namespace

int RunIngest(const Args& args) {
  const ParsedArgs parsed = ParseArgs(kIngestSpec, args);
  if (parsed.help) {
    PrintHelp(kIngestSpec, std::cout);
    return 0;
  }
  ingest::IngestOptions options;
  options.db_path = DatabasePath(parsed);
  options.jobs = static_cast<int>(parsed.GetInt("jobs", 0, 1, 256));
  options.force = parsed.Has("force");
  options.timings = parsed.Has("timings");
  options.prune = parsed.Has("prune");
  options.time_budget_seconds = static_cast<double>(parsed.GetInt("time-budget", 60, 1, 86400));
  if (parsed.Has("max-file-mb")) options.max_file_bytes = static_cast<size_t>(parsed.GetInt("max-file-mb", 24, 1, 4096)) << 20;
  options.layout = parsed.Get("layout", "");
  if (!options.layout.empty()) {
    if (!FindLayout(options.layout)) {
      std::cerr << "keikaku ingest: unknown layout '" << options.layout << "' (keikaku layouts lists them)\n";
      return 2;
    }
    options.force = true;  // a file stored under another layout is read again
  }
  options.read_limits.max_pdf_pages = static_cast<size_t>(parsed.GetInt("pdf-pages", 2000, 1, 1000000));
  options.read_limits.max_pdf_objects = static_cast<size_t>(parsed.GetInt("pdf-objects", 1000000, 1, 100000000));
  options.read_limits.pdf_cpu_seconds = static_cast<int>(parsed.GetInt("pdf-seconds", 30, 1, 86400));
  options.read_limits.pdf_wall_seconds = 2 * options.read_limits.pdf_cpu_seconds;
  options.read_limits.pdf_memory_bytes = static_cast<size_t>(parsed.GetInt("pdf-memory-mb", 1024, 64, 65536)) << 20;
  const bool quiet = parsed.Has("quiet");
  const std::vector<std::string> paths = parsed.positional.empty() ? Args{"corpus"} : parsed.positional;
  const ingest::CollectedFiles collected = ingest::Collect(paths);
  if (!collected.missing.empty()) {
    throw UsageError("no such file or folder: " + store::ShownPath(collected.missing.front()) +
                     " (nothing was imported and no database was created)");
  }
  const std::vector<std::string>& files = collected.files;
  options.prune_roots = collected.roots;
  if (parsed.Has("dry-run")) {
    if (!options.prune) throw UsageError("--dry-run goes with --prune");
    for (const std::string& path : ingest::PlanPrune(files, options)) {
      std::cout << "would prune  " << store::ShownPath(path) << '\n';
    }
    return 0;
  }
  options.skipped = collected.skipped;

  Progress progress(files.size() + collected.skipped.size(), !quiet && isatty(STDERR_FILENO));
  int empty = 0;
  const auto print = [&](const ingest::FileReport& report) {
    progress.Clear();
    const std::string shown = store::ShownPath(report.path);
    if (report.outcome == ingest::FileOutcome::kFailed) {
      std::cerr << "keikaku: " << shown << ": " << report.detail << '\n';
    } else if (!report.warning.empty()) {
      std::cerr << "keikaku: " << shown << ": warning: " << report.warning << '\n';
    }
    if (YieldedNothing(report)) {
      ++empty;
      std::cerr << "keikaku: " << shown << ": no records extracted (read as " << report.layout << ")\n";
    }
    if (report.outcome != ingest::FileOutcome::kFailed && !quiet) {
      std::cout << OutcomeWord(report.outcome) << "  " << shown;
      if (report.outcome == ingest::FileOutcome::kImported || report.outcome == ingest::FileOutcome::kReplaced) {
        std::cout << "  (" << report.layout << ": " << report.measures << " measures, " << report.indicators
                  << " indicators, " << report.observations << " observations, " << report.budgets
                  << " budgets, " << report.diagnostics << " diagnostics)";
      }
      std::cout << std::endl;
    }
    progress.Update(report.bytes);
  };
  const ingest::IngestSummary summary = ingest::Ingest(files, options, print);
  const int failed = summary.failed;
  std::cout << "total: " << files.size() + collected.skipped.size() << " files: " << summary.imported
            << " imported, " << summary.replaced << " replaced, " << summary.unchanged << " unchanged, " << failed
            << " failed";
  if (empty) std::cout << ", " << empty << " with no records";
  if (options.prune) std::cout << ", " << summary.pruned << " pruned";
  std::cout << '\n';
  if (parsed.Has("timings")) {
    const ingest::StageSeconds& t = summary.stages;
    std::printf("stages (seconds, summed over threads): read %.3f  decode %.3f  grid %.3f  parse %.3f  "
                "normalise %.3f  store %.3f\n",
                t.read, t.decode, t.grid, t.parse, t.normalize, t.store);
  }
  return failed ? 1 : 0;
}

}  // namespace keikaku::cli
