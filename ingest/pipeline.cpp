// The per-document pipeline, as a list of steps: read → hash → decode → sniff → grid →
// parse → store. Parsing runs on worker threads; one writer thread owns the database.
#include "keikaku/ingest/ingest.h"

#include <Poco/Crypto/DigestEngine.h>
#include <Poco/Crypto/OpenSSLInitializer.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <thread>

#include "keikaku/ingest/decode.h"
#include "keikaku/ingest/formats.h"
#include "keikaku/normalize/timing.h"
#include "keikaku/parsers/parse.h"
#include "keikaku/store/store.h"
#include "pages.h"

namespace keikaku::ingest {
namespace {

namespace fs = std::filesystem;

// Parsed documents waiting for the writer, per worker thread: bounds memory (a parsed
// document is well under a megabyte) and the size of one store transaction: the documents of
// a batch share a commit, a full-text index segment and the WAL pages they touch.
constexpr size_t kQueuedPerWorker = 32;

// The writer is the critical path of a bulk import (one SQLite connection; see the README's
// performance section), so workers run at a lower priority: when the cores are busy, the
// writer keeps one to itself instead of sharing it with a worker that can only fill the
// queue faster than it drains. Linux applies nice values per thread.
void LowerThisThreadsPriority() {
  constexpr int kWorkerNice = 5;
  setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), kWorkerNice);  // best effort
}

// File bytes being read and parsed, across workers (IngestOptions::max_bytes_in_flight).
class ByteBudget {
 public:
  explicit ByteBudget(size_t limit) : limit_(std::max<size_t>(limit, 1)) {}
  // Waits until `bytes` fit beside those taken (a file larger than the whole budget waits for
  // all of it, so it runs alone) and takes them; returns what to give back.
  size_t Acquire(size_t bytes) {
    bytes = std::min(bytes, limit_);
    std::unique_lock lock(mutex_);
    released_.wait(lock, [&] { return in_use_ + bytes <= limit_; });
    in_use_ += bytes;
    return bytes;
  }
  void Release(size_t bytes) {
    std::lock_guard lock(mutex_);
    in_use_ -= bytes;
    released_.notify_all();
  }

 private:
  const size_t limit_;
  size_t in_use_ = 0;
  std::mutex mutex_;
  std::condition_variable released_;
};

// Holds a file's share of the budget while it is read and parsed.
class BudgetShare {
 public:
  BudgetShare(ByteBudget& budget, size_t bytes) : budget_(budget), bytes_(budget.Acquire(bytes)) {}
  ~BudgetShare() { budget_.Release(bytes_); }
  // Takes a larger share, once the file's weight is known. Gives back what it holds first, so
  // that two workers growing at once cannot wait for each other.
  void Grow(size_t bytes) {
    if (bytes <= bytes_) return;
    budget_.Release(bytes_);
    bytes_ = 0;
    bytes_ = budget_.Acquire(bytes);
  }
  BudgetShare(const BudgetShare&) = delete;
  BudgetShare& operator=(const BudgetShare&) = delete;

 private:
  ByteBudget& budget_;
  size_t bytes_;
};

// A cell costs far more than its bytes once it is a string in a row of the grid and then
// normalised (measured: a line of 4 million two-byte cells peaks at ≈ 270 MB, a 32 MB line of
// 13-byte cells at ≈ 300 MB): a file weighs its bytes plus this much per cell, and reading it
// takes about seven times its weight.
constexpr size_t kBytesPerCell = 9;

// The most cells the text grid readers can make of `text`: one per separator (tab, comma,
// pipe) and line, whichever the format turns out to be.
size_t EstimateCells(std::string_view text) {
  size_t cells = 1;
  for (const char c : text) cells += (c == '\t') | (c == '\n') | (c == ',') | (c == '|');
  return cells;
}

// What a worker hands to the writer: a parsed document, an unchanged file or a failure.
struct WorkResult {
  FileReport report;
  StageSeconds stages;
  std::optional<store::SourceInfo> source;
  std::optional<ParsedDocument> parsed;
  std::string failure_place, failure_reason;
  int64_t unchanged_modified_ns = 0;  // unchanged content under a new modification time
};

// OpenSSL's SHA-256 (through Poco::Crypto), which uses the CPU's SHA instructions: ≈ 980 MB/s
// here against Poco::SHA2Engine's ≈ 115 MB/s (64 MB buffer, one core, loaded machine).
std::string Sha256Hex(std::string_view bytes) {
  Poco::Crypto::DigestEngine engine("SHA256");
  engine.update(bytes.data(), static_cast<unsigned>(bytes.size()));
  return Poco::DigestEngine::digestToHex(engine.digest());
}

// Size and modification time, read before the content, so a later change shows as another
// time at the next import. A file modified in the last two seconds may still be written to
// within the same clock tick (file times advance in steps of milliseconds), so its time is
// not trusted: modified_ns stays 0 and the next import hashes it again, as git does for
// "racily clean" files.
struct FileStamp {
  uintmax_t size = 0;
  int64_t modified_ns = 0;  // since 1970; 0 when too recent to trust
};

constexpr std::chrono::seconds kRacyWindow{2};

bool StatFile(const std::string& path, FileStamp& stamp, std::string& error) {
  std::error_code ec;
  stamp.size = fs::file_size(path, ec);
  if (!ec) {
    const auto modified = std::chrono::file_clock::to_sys(fs::last_write_time(path, ec));
    if (std::chrono::system_clock::now() - modified >= kRacyWindow) {
      stamp.modified_ns = std::chrono::duration_cast<std::chrono::nanoseconds>(modified.time_since_epoch()).count();
    }
  }
  if (ec) error = "cannot read: " + ec.message();
  return !ec;
}

// Reads a whole file of `size` bytes, refusing one larger than `max_bytes` before reading it.
bool ReadFile(const std::string& path, uintmax_t size, size_t max_bytes, std::string& bytes, std::string& error) {
  if (size > max_bytes) {
    error = "file too large: " + std::to_string(size) + " bytes (limit " + std::to_string(max_bytes) + ")";
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  bytes.resize(size);
  if (!in.read(bytes.data(), static_cast<std::streamsize>(size))) {
    error = "cannot read: I/O error";
    return false;
  }
  return true;
}

void Fail(WorkResult& result, std::string place, std::string reason) {
  result.report.outcome = FileOutcome::kFailed;
  result.failure_place = std::move(place);
  result.failure_reason = std::move(reason);
  result.report.detail = result.failure_place.empty() ? result.failure_reason
                                                      : result.failure_place + ": " + result.failure_reason;
}

void CountRecords(const ParsedDocument& parsed, FileReport& report) {
  report.measures = static_cast<int>(parsed.measures.size());
  for (const Measure& measure : parsed.measures) {
    report.indicators += static_cast<int>(measure.indicators.size());
    report.budgets += static_cast<int>(measure.budgets.size());
    for (const Indicator& indicator : measure.indicators) {
      report.observations += static_cast<int>(indicator.targets.size() + indicator.actuals.size() +
                                              (indicator.baseline ? 1 : 0));
    }
  }
  report.diagnostics = static_cast<int>(parsed.diagnostics.size());
  report.layout = parsed.layout;
}

using Clock = std::chrono::steady_clock;

// Seconds since `since`, and restarts the clock.
double Lap(Clock::time_point& since) {
  const auto now = Clock::now();
  const double seconds = std::chrono::duration<double>(now - since).count();
  since = now;
  return seconds;
}

// Steps one file up to (not including) the store. `stored` is what the database holds for
// the path, if anything: the file is unchanged when its size and modification time are the
// stored ones (then it is not even read, like make or rsync), or else when its content
// hashes to the stored sha256.
WorkResult ProcessFile(const std::string& path, const store::StoredFile* stored, const IngestOptions& options,
                       ByteBudget& budget) {
  const auto started = Clock::now();
  auto lap = started;
  WorkResult result;
  result.report.path = path;
  std::string bytes, error;
  FileStamp stamp;
  if (!StatFile(path, stamp, error)) {
    Fail(result, "", error);
    return result;
  }
  result.report.bytes = stamp.size;
  if (stored && !options.force && stamp.modified_ns != 0 && stored->modified_ns == stamp.modified_ns &&
      static_cast<uintmax_t>(stored->size_bytes) == stamp.size) {
    result.report.outcome = FileOutcome::kUnchanged;
    return result;
  }
  BudgetShare share(budget, stamp.size <= options.max_file_bytes ? stamp.size : 0);
  if (!ReadFile(path, stamp.size, options.max_file_bytes, bytes, error)) {
    Fail(result, "", error);
    return result;
  }
  result.report.bytes = bytes.size();
  const std::string sha256 = Sha256Hex(bytes);
  result.stages.read = Lap(lap);
  if (stored && !options.force && stored->sha256 == sha256) {
    result.report.outcome = FileOutcome::kUnchanged;
    result.unchanged_modified_ns = stamp.modified_ns;
    return result;
  }
  DecodeResult decoded = Decode(bytes);
  result.stages.decode = Lap(lap);
  if (!decoded.ok) {
    Fail(result, "byte " + std::to_string(decoded.error_offset), decoded.error);
    return result;
  }
  const size_t weight = bytes.size() + kBytesPerCell * EstimateCells(decoded.decoded.utf8);
  if (weight > options.max_file_bytes) {
    Fail(result, "", "too many cells: about " + std::to_string((weight - bytes.size()) / kBytesPerCell) +
                         " cells weigh as " + std::to_string(weight >> 20) + " MiB, over the limit of " +
                         std::to_string(options.max_file_bytes >> 20) + " MiB (--max-file-mb)");
    return result;
  }
  share.Grow(weight);
  // Normalising happens inside grid reading and parsing; its share is taken out of both.
  const double normalizing_before = normalize::ThreadSecondsInNormalizer();
  const Format format = SniffFormat(bytes, decoded.decoded.utf8, path);
  if (const std::string contradiction = NameContradiction(path, format); !contradiction.empty()) {
    Fail(result, "", contradiction);
    return result;
  }
  GridResult grid = ReadGrid(format, bytes, decoded.decoded.utf8, options.read_limits);
  const double normalizing_in_grid = normalize::ThreadSecondsInNormalizer() - normalizing_before;
  result.stages.grid = Lap(lap) - normalizing_in_grid;
  if (!grid.ok) {
    Fail(result, grid.place, grid.error);
    return result;
  }
  ParsedDocument parsed = ParseGrid(grid.grid, options.layout.empty() ? nullptr : FindLayout(options.layout));
  AssignPages(grid.grid, parsed);
  result.stages.normalize = normalize::ThreadSecondsInNormalizer() - normalizing_before;
  result.stages.parse = Lap(lap) - (result.stages.normalize - normalizing_in_grid);
  for (const DamagedPlace& place : decoded.decoded.damaged) {
    parsed.diagnostics.push_back({place.line, "damaged_bytes",
                                  "undecodable bytes at offset " + std::to_string(place.byte_offset) +
                                      " replaced with U+FFFD"});
  }
  if (const auto& damaged = decoded.decoded.damaged; !damaged.empty()) {
    result.report.warning = "line " + std::to_string(damaged.front().line) + ": " + std::to_string(damaged.size()) +
                            " undecodable byte sequence(s) replaced with U+FFFD";
  }
  CountRecords(parsed, result.report);
  result.source = store::SourceInfo{path, sha256, decoded.decoded.encoding, decoded.decoded.confidence,
                                    std::string(FormatName(format)), static_cast<int64_t>(bytes.size()),
                                    stamp.modified_ns};
  result.parsed = std::move(parsed);
  result.report.outcome = FileOutcome::kImported;
  result.report.seconds = std::chrono::duration<double>(Clock::now() - started).count();
  if (result.report.seconds > options.time_budget_seconds) {
    Fail(result, "", "time budget exceeded: " + std::to_string(result.report.seconds) + " s (limit " +
                         std::to_string(options.time_budget_seconds) + " s)");
    result.parsed.reset();
  }
  return result;
}

// A bounded queue between the workers and the writer, so memory does not grow with the corpus.
class ResultQueue {
 public:
  explicit ResultQueue(size_t capacity) : capacity_(capacity) {}
  void Push(WorkResult result) {
    std::unique_lock lock(mutex_);
    not_full_.wait(lock, [&] { return items_.size() < capacity_; });
    items_.push_back(std::move(result));
    not_empty_.notify_one();
  }
  WorkResult Pop() {
    std::unique_lock lock(mutex_);
    not_empty_.wait(lock, [&] { return !items_.empty(); });
    WorkResult result = std::move(items_.front());
    items_.pop_front();
    not_full_.notify_one();
    return result;
  }
  // Moves every waiting result to `out` without blocking.
  void PopWaiting(std::vector<WorkResult>& out) {
    std::unique_lock lock(mutex_);
    while (!items_.empty()) {
      out.push_back(std::move(items_.front()));
      items_.pop_front();
    }
    not_full_.notify_all();
  }

 private:
  const size_t capacity_;
  std::mutex mutex_;
  std::condition_variable not_full_, not_empty_;
  std::deque<WorkResult> items_;
};

void Tally(IngestSummary& summary, const FileReport& report) {
  switch (report.outcome) {
    case FileOutcome::kImported: ++summary.imported; break;
    case FileOutcome::kReplaced: ++summary.replaced; break;
    case FileOutcome::kUnchanged: ++summary.unchanged; break;
    case FileOutcome::kFailed: ++summary.failed; break;
    case FileOutcome::kPruned: ++summary.pruned; break;
  }
}

void SetOutcome(FileReport& report, store::PutOutcome outcome) {
  switch (outcome) {
    case store::PutOutcome::kImported: report.outcome = FileOutcome::kImported; break;
    case store::PutOutcome::kReplaced: report.outcome = FileOutcome::kReplaced; break;
    case store::PutOutcome::kUnchanged: report.outcome = FileOutcome::kUnchanged; break;
  }
}

// Stores a batch of worker results: failures one by one, parsed documents in one
// transaction (store::Store::PutAll), which shares the commit and the full-text index
// segment among them. Should that transaction fail, nothing of it was stored and each
// document is put again in its own transaction, so only a document the database itself
// refuses is lost (as before batching, that error ends the import).
void WriteResults(store::Store& db, std::vector<WorkResult>& results, bool force) {
  std::vector<store::Store::Item> items;
  std::vector<WorkResult*> parsed;
  std::map<std::string, int64_t> touched;
  for (WorkResult& result : results) {
    if (result.report.outcome == FileOutcome::kFailed) {
      db.RecordFailure(result.report.path, result.failure_place, result.failure_reason);
    } else if (result.parsed) {
      items.push_back({&*result.source, &*result.parsed});
      parsed.push_back(&result);
    } else if (result.unchanged_modified_ns != 0) {
      touched.emplace(result.report.path, result.unchanged_modified_ns);
    }
  }
  if (!touched.empty()) db.UpdateModified(touched);
  if (items.empty()) return;
  std::vector<store::PutOutcome> outcomes;
  try {
    outcomes = db.PutAll(items, force);
  } catch (const store::StoreError&) {
    if (items.size() == 1) throw;
    outcomes.clear();
    for (const store::Store::Item& item : items) outcomes.push_back(db.Put(*item.source, *item.parsed, force));
  }
  for (size_t i = 0; i < parsed.size(); ++i) SetOutcome(parsed[i]->report, outcomes[i]);
}

// Stored paths that lie in one of `roots` (canonical) and are gone: not among `files` and
// not on disk. A path outside every root is never touched, whatever the working directory.
std::vector<std::string> PrunableOf(const std::map<std::string, store::StoredFile>& stored,
                                    const std::vector<std::string>& files, const std::vector<std::string>& roots) {
  const std::set<std::string> present(files.begin(), files.end());
  const auto in_roots = [&](const std::string& path) {
    return std::any_of(roots.begin(), roots.end(), [&](const std::string& root) {
      return path == root || (path.starts_with(root) && (root.ends_with('/') || path[root.size()] == '/'));
    });
  };
  std::vector<std::string> gone;
  for (const auto& [path, file] : stored) {
    std::error_code ec;
    if (in_roots(path) && !present.count(path) && !fs::exists(path, ec) && !ec) gone.push_back(path);
  }
  return gone;
}

// Older keikaku stored paths as typed; they are resolved here from the working directory
// (where such paths were always checked) to the canonical form imports now use.
std::map<std::string, std::string> CanonicalFormsOfRelativePaths(const std::map<std::string, store::StoredFile>& stored) {
  std::map<std::string, std::string> renames;
  for (const auto& [path, file] : stored) {
    if (path.starts_with('/')) continue;
    std::error_code ec;
    const fs::path canonical = fs::weakly_canonical(fs::absolute(path, ec), ec);
    if (!ec) renames.emplace(path, canonical.generic_string());
  }
  return renames;
}

}  // namespace

size_t DefaultMaxFileBytes() {
  constexpr size_t kDefault = 24u << 20;
  const long pages = sysconf(_SC_PHYS_PAGES), page_size = sysconf(_SC_PAGE_SIZE);
  if (pages <= 0 || page_size <= 0) return kDefault;
  return std::min(kDefault, static_cast<size_t>(pages) * static_cast<size_t>(page_size) / 64);
}

std::vector<std::string> PlanPrune(const std::vector<std::string>& files, const IngestOptions& options) {
  std::error_code ec;
  if (!fs::exists(options.db_path, ec)) return {};
  auto db = store::Store::Open(options.db_path, store::Store::Mode::kReadOnly);
  std::map<std::string, store::StoredFile> stored;
  for (auto& [path, file] : db->StoredFiles()) {
    const auto renamed = CanonicalFormsOfRelativePaths({{path, file}});
    stored.emplace(renamed.empty() ? path : renamed.begin()->second, file);
  }
  return PrunableOf(stored, files, options.prune_roots);
}

IngestSummary Ingest(const std::vector<std::string>& files, const IngestOptions& options,
                     const std::function<void(const FileReport&)>& on_file) {
  normalize::EnableTiming(options.timings);
  // Held for the whole import, as Poco::Crypto asks: otherwise each DigestEngine's own
  // initializer shuts OpenSSL's machinery down when its count drops to zero, while another
  // worker sets it up again — a race that crashed 5,000-document imports with --jobs 2.
  const Poco::Crypto::OpenSSLInitializer openssl;
  auto db = store::Store::Open(options.db_path, store::Store::Mode::kReadWrite);
  db->RenamePaths(CanonicalFormsOfRelativePaths(db->StoredFiles()));
  const std::map<std::string, store::StoredFile> stored = db->StoredFiles();  // workers never touch the db

  const int jobs = std::max(1, options.jobs > 0 ? options.jobs : static_cast<int>(std::thread::hardware_concurrency()));
  // Room for a few documents per worker: the writer takes all that wait as one batch.
  ResultQueue queue(static_cast<size_t>(jobs) * kQueuedPerWorker);
  ByteBudget budget(options.max_bytes_in_flight ? options.max_bytes_in_flight : options.max_file_bytes);
  std::atomic<size_t> next{0};
  std::vector<std::thread> workers;
  for (int i = 0; i < jobs; ++i) {
    workers.emplace_back([&] {
      LowerThisThreadsPriority();
      for (size_t index; (index = next++) < files.size();) {
        const auto it = stored.find(files[index]);
        WorkResult result;
        try {
          result = ProcessFile(files[index], it == stored.end() ? nullptr : &it->second, options, budget);
        } catch (const std::exception& e) {  // a parser bug must not take the import down
          result.report.path = files[index];
          Fail(result, "", std::string("internal error: ") + e.what());
        }
        queue.Push(std::move(result));
      }
    });
  }

  IngestSummary summary;
  std::exception_ptr store_failure;
  std::vector<WorkResult> batch;
  for (size_t done = 0; done < files.size(); done += batch.size()) {
    // Whatever the workers finished meanwhile joins one transaction (the queue bounds it).
    batch.clear();
    batch.push_back(queue.Pop());
    queue.PopWaiting(batch);
    if (!store_failure) {
      try {
        auto lap = Clock::now();
        WriteResults(*db, batch, options.force);
        summary.stages.store += Lap(lap);
        for (const WorkResult& result : batch) {
          summary.stages.read += result.stages.read;
          summary.stages.decode += result.stages.decode;
          summary.stages.grid += result.stages.grid;
          summary.stages.parse += result.stages.parse;
          summary.stages.normalize += result.stages.normalize;
        }
      } catch (...) {
        store_failure = std::current_exception();  // keep draining so workers can finish
      }
    }
    if (store_failure) continue;
    for (WorkResult& result : batch) {
      Tally(summary, result.report);
      if (on_file) on_file(result.report);
      summary.files.push_back(std::move(result.report));
    }
  }
  for (std::thread& worker : workers) worker.join();
  if (store_failure) std::rethrow_exception(store_failure);

  for (const SkippedEntry& entry : options.skipped) {
    FileReport report;
    report.path = entry.path;
    report.outcome = FileOutcome::kFailed;
    report.detail = "skipped: " + entry.reason;
    db->RecordFailure(entry.path, "", report.detail);
    Tally(summary, report);
    if (on_file) on_file(report);
    summary.files.push_back(std::move(report));
  }

  if (options.prune) {
    const std::vector<std::string> gone = PrunableOf(stored, files, options.prune_roots);
    db->Remove(gone);
    for (const std::string& path : gone) {
      FileReport report;
      report.path = path;
      report.outcome = FileOutcome::kPruned;
      report.detail = "removed from the database";
      Tally(summary, report);
      if (on_file) on_file(report);
      summary.files.push_back(std::move(report));
    }
  }
  std::sort(summary.files.begin(), summary.files.end(),
            [](const FileReport& a, const FileReport& b) { return a.path < b.path; });
  return summary;
}

}  // namespace keikaku::ingest
