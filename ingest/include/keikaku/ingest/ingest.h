// Ingesting files and folders: read, decode, sniff, parse, store — one document at a time.
#ifndef KEIKAKU_INGEST_INGEST_H_
#define KEIKAKU_INGEST_INGEST_H_

#include <functional>
#include <string>
#include <vector>

#include "keikaku/ingest/formats.h"

namespace keikaku::ingest {

// An entry of an input folder (or a path given) that is not read, and why: a symbolic link
// loop, a dangling link, a FIFO (never opened: it would block), a socket or device, an
// unreadable file or folder.
struct SkippedEntry {
  std::string path;    // absolute, as found (links not resolved), '/'-separated
  std::string reason;  // "symbolic link loop", "not a regular file: a FIFO", "cannot read: …"
};

// 24 MiB, or 1/64 of the physical memory when that is less.
size_t DefaultMaxFileBytes();

struct IngestOptions {
  std::string db_path;
  int jobs = 0;                  // parser threads; 0 = the number of cores
  bool force = false;            // re-parse files whose sha256 is stored
  bool prune = false;            // remove stored documents whose file is gone …
  std::vector<std::string> prune_roots;  // … and lies in one of these (Collect's roots)
  std::vector<SkippedEntry> skipped;     // Collect's skipped entries: reported and recorded as failed
  // The heaviest file read: a larger file fails as too large before it is read, and a text
  // whose bytes plus 9 per cell (tab, comma, pipe or line) weigh more fails as too many cells.
  // Reading and parsing take about seven times a file's weight (the bytes, the decoded text,
  // the cells, the normalised text), so DefaultMaxFileBytes keeps a default import under 300 MB.
  size_t max_file_bytes = DefaultMaxFileBytes();
  // The weight read and parsed at once across all workers: a worker waits until its file
  // fits, and a file heavier than this runs alone. 0 means max_file_bytes. Bounds peak memory
  // whatever --jobs is.
  size_t max_bytes_in_flight = 0;
  double time_budget_seconds = 60;  // per document
  bool timings = false;          // also time the normaliser (StageSeconds::normalize)
  std::string layout;            // a layout name (keikaku layouts) every file is parsed with; "" = detect
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

struct CollectedFiles {
  std::vector<std::string> files;      // canonical absolute paths, sorted, each once
  std::vector<std::string> roots;      // each given path that exists, canonical (for --prune)
  std::vector<SkippedEntry> skipped;   // in the order found
  std::vector<std::string> missing;    // given paths that do not exist
};

// The files under `paths`: files as given, folders recursively (following links to folders
// once; hidden entries and README/SOURCES/LICENSE/CHANGELOG notes skipped). Every file is
// named by its canonical path, so one file reached as corpus/, /abs/corpus and . is one
// entry. Never opens anything but folders; never throws for a bad entry.
CollectedFiles Collect(const std::vector<std::string>& paths);

// Collect(paths).files.
std::vector<std::string> CollectFiles(const std::vector<std::string>& paths);

// The stored documents an import with `options.prune` would remove: those whose path lies in
// one of `options.prune_roots` (the root itself, or below it), is not in `files`, and no
// longer exists. Opens the database read-only and changes nothing; empty when it is missing.
std::vector<std::string> PlanPrune(const std::vector<std::string>& files, const IngestOptions& options);

// Ingests every file (canonical paths, as Collect gives them; a stored relative path of an
// older keikaku is first re-keyed to its canonical form, resolved from the working directory);
// calls `on_file` (from one thread, in completion order) after each.
// A bad file is recorded as failed and never stops the others. Throws store::StoreError
// when the database itself cannot be used.
IngestSummary Ingest(const std::vector<std::string>& files, const IngestOptions& options,
                     const std::function<void(const FileReport&)>& on_file = {});

}  // namespace keikaku::ingest

#endif  // KEIKAKU_INGEST_INGEST_H_
