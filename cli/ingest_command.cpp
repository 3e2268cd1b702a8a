// keikaku ingest: files and folders into the database, one line per document.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <iostream>

#include "commands.h"
#include "keikaku/ingest/ingest.h"
#include "options.h"

namespace keikaku::cli {
namespace {

const CommandSpec kIngestSpec = {
    "ingest",
    "[PATH...]",
    "Imports files and folders (recursively; default corpus/) into the database. Prints one line "
    "per document (imported / unchanged / replaced / failed: reason) and a total. Exit 0 when every "
    "file imported, 1 when some failed, 2 for usage or database errors.",
    {DatabaseOption(),
     {"jobs", "j", "parser threads (default: the number of cores)", "N"},
     {"force", "f", "re-parse files whose sha256 is already stored", ""},
     {"prune", "", "remove stored documents whose file no longer exists", ""},
     {"quiet", "q", "print only failures and the total", ""},
     {"timings", "", "also print the seconds spent in each stage", ""},
     {"time-budget", "", "seconds one document may take before it fails (default 60)", "SECONDS"},
     {"max-file-mb", "", "largest file to read, in MiB (default 256)", "MB"},
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

// A one-line progress bar on stderr: documents done/total, MB/s, ETA.
class Progress {
 public:
  Progress(size_t total, bool enabled) : total_(total), enabled_(enabled), start_(Clock::now()) {}
  void Update(const ingest::FileReport& report) {
    if (done_ == total_) return;  // pruned files come after the last one
    ++done_;
    bytes_ += report.bytes;
    if (!enabled_) return;
    const double seconds = std::chrono::duration<double>(Clock::now() - start_).count();
    const double rate = seconds > 0 ? bytes_ / seconds / 1e6 : 0;
    const double eta = done_ ? seconds / done_ * (total_ - done_) : 0;
    constexpr int kWidth = 30;
    const int filled = total_ ? static_cast<int>(kWidth * done_ / total_) : kWidth;
    std::fprintf(stderr, "\r[%s%s] %zu/%zu  %.1f MB/s  ETA %.0fs ", std::string(filled, '#').c_str(),
                 std::string(kWidth - filled, '.').c_str(), done_, total_, rate, eta);
    if (done_ == total_) std::fprintf(stderr, "\n");
  }
  // Clears the bar so a normal line can be printed.
  void Clear() const {
    if (enabled_ && done_ < total_) std::fprintf(stderr, "\r\033[K");
  }

 private:
  using Clock = std::chrono::steady_clock;
  size_t total_, done_ = 0, bytes_ = 0;
  bool enabled_;
  Clock::time_point start_;
};

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
  options.max_file_bytes = static_cast<size_t>(parsed.GetInt("max-file-mb", 256, 1, 4096)) << 20;
  options.read_limits.max_pdf_pages = static_cast<size_t>(parsed.GetInt("pdf-pages", 2000, 1, 1000000));
  options.read_limits.max_pdf_objects = static_cast<size_t>(parsed.GetInt("pdf-objects", 1000000, 1, 100000000));
  options.read_limits.pdf_cpu_seconds = static_cast<int>(parsed.GetInt("pdf-seconds", 30, 1, 86400));
  options.read_limits.pdf_wall_seconds = 2 * options.read_limits.pdf_cpu_seconds;
  options.read_limits.pdf_memory_bytes = static_cast<size_t>(parsed.GetInt("pdf-memory-mb", 1024, 64, 65536)) << 20;
  const bool quiet = parsed.Has("quiet");
  const std::vector<std::string> paths = parsed.positional.empty() ? Args{"corpus"} : parsed.positional;
  const std::vector<std::string> files = ingest::CollectFiles(paths);

  Progress progress(files.size(), !quiet && isatty(STDERR_FILENO));
  const auto print = [&](const ingest::FileReport& report) {
    progress.Clear();
    if (report.outcome == ingest::FileOutcome::kFailed) {
      std::cerr << "keikaku: " << report.path << ": " << report.detail << '\n';
    } else if (!report.warning.empty()) {
      std::cerr << "keikaku: " << report.path << ": warning: " << report.warning << '\n';
    }
    if (report.outcome != ingest::FileOutcome::kFailed && !quiet) {
      std::cout << OutcomeWord(report.outcome) << "  " << report.path;
      if (report.outcome == ingest::FileOutcome::kImported || report.outcome == ingest::FileOutcome::kReplaced) {
        std::cout << "  (" << report.layout << ": " << report.measures << " measures, " << report.indicators
                  << " indicators, " << report.observations << " observations, " << report.budgets
                  << " budgets, " << report.diagnostics << " diagnostics)";
      }
      std::cout << std::endl;
    }
    progress.Update(report);
  };
  const ingest::IngestSummary summary = ingest::Ingest(files, options, print);
  std::cout << "total: " << files.size() << " files: " << summary.imported << " imported, " << summary.replaced
            << " replaced, " << summary.unchanged << " unchanged, " << summary.failed << " failed";
  if (options.prune) std::cout << ", " << summary.pruned << " pruned";
  std::cout << '\n';
  if (parsed.Has("timings")) {
    const ingest::StageSeconds& t = summary.stages;
    std::printf("stages (seconds, summed over threads): read %.3f  decode %.3f  grid %.3f  parse %.3f  "
                "normalise %.3f  store %.3f\n",
                t.read, t.decode, t.grid, t.parse, t.normalize, t.store);
  }
  return summary.failed ? 1 : 0;
}

}  // namespace keikaku::cli
