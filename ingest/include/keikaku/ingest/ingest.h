// Ingesting files and folders: read, decode, sniff, parse, store — one document at a time.
#ifndef KEIKAKU_INGEST_INGEST_H_
#define KEIKAKU_INGEST_INGEST_H_

#include <functional>
#include <string>
#include <vector>

#include "keikaku/ingest/formats.h"

namespace keikaku::ingest {

struct IngestOptions {
  std::string db_path;
  int jobs = 0;                  // parser threads; 0 = the number of cores
  bool force = false;            // re-parse files whose sha256 is stored
  bool prune = false;            // remove stored documents whose file is gone
  size_t max_file_bytes = 256u << 20;
  double time_budget_seconds = 60;  // per document
  bool timings = false;          // also time the normaliser (StageSeconds::normalize)
  ReadLimits read_limits;        // per file: ZIP, cells, and the PDF child's pages, memory and time
};

enum class FileOutcome { kImported, kReplaced, kUnchanged, kFailed, kPruned };

struct FileReport {
  std::string path;
  FileOutcome outcome = FileOutcome::kFailed;
  std::string detail;            // for kFailed: "place: reason"; else the summary
  std::string warning;           // for an imported file read with damage: "line 12: …"; else ""
  int measures = 0, indicators = 0, observations = 0, budgets = 0, diagnostics = 0;
  std::string layout;
  double seconds = 0;
  size_t bytes = 0;
};

// Seconds spent in each step, summed over all files and threads (for benchmarks).
struct StageSeconds {
  double read = 0;    // reading files and hashing them
  double decode = 0;  // bytes to UTF-8
  double grid = 0;    // format sniffing and the cell grid
  double parse = 0;   // layout detection and parsing, without the normalising inside it
  double normalize = 0;  // the normaliser's calls from grid reading and parsing (IngestOptions::timings)
  double store = 0;   // the writer thread's database work
};

struct IngestSummary {
  std::vector<FileReport> files;  // in path order
  int imported = 0, replaced = 0, unchanged = 0, failed = 0, pruned = 0;
  StageSeconds stages;
};

// The files under `paths` (files as given, folders recursively, hidden entries skipped),
// sorted and deduplicated.
std::vector<std::string> CollectFiles(const std::vector<std::string>& paths);

// Ingests every file; calls `on_file` (from one thread, in completion order) after each.
// A bad file is recorded as failed and never stops the others. Throws store::StoreError
// when the database itself cannot be used.
IngestSummary Ingest(const std::vector<std::string>& files, const IngestOptions& options,
                     const std::function<void(const FileReport&)>& on_file = {});

}  // namespace keikaku::ingest

#endif  // KEIKAKU_INGEST_INGEST_H_
