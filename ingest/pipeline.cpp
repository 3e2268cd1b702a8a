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
WorkResult ProcessFile(const std::string& path, const store::StoredFile* stored, const IngestOptions& options) {
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
  // Normalising happens inside grid reading and parsing; its share is taken out of both.
  const double normalizing_before = normalize::ThreadSecondsInNormalizer();
  const Format format = SniffFormat(bytes, decoded.decoded.utf8);
  GridResult grid = ReadGrid(format, bytes, decoded.decoded.utf8, options.read_limits);
  const double normalizing_in_grid = normalize::ThreadSecondsInNormalizer() - normalizing_before;
  result.stages.grid = Lap(lap) - normalizing_in_grid;
  if (!grid.ok) {
    Fail(result, grid.place, grid.error);
    return result;
  }
  ParsedDocument parsed = ParseGrid(grid.grid);
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

}  // namespace

std::vector<std::string> CollectFiles(const std::vector<std::string>& paths) {
  std::set<std::string> files;
  // Skipped inside folders (a file named explicitly is always read): hidden entries, and the
  // notes that travel with downloaded documents (README, SOURCES, LICENSE …), which are not plans.
  const auto skipped = [](const fs::path& p) {
    const std::string name = p.filename().string();
    for (std::string_view note : {"README", "SOURCES", "LICENSE", "CHANGELOG"}) {
      if (name.starts_with(note)) return true;
    }
    return name.starts_with('.');
  };
  for (const std::string& path : paths) {
    std::error_code ec;
    if (!fs::is_directory(path, ec)) {
      files.insert(fs::path(path).lexically_normal().generic_string());
      continue;
    }
    fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec), end;
    for (; it != end; it.increment(ec)) {
      if (ec) break;
      if (skipped(it->path())) {
        if (it->is_directory()) it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file()) files.insert(it->path().lexically_normal().generic_string());
    }
  }
  return {files.begin(), files.end()};
}

IngestSummary Ingest(const std::vector<std::string>& files, const IngestOptions& options,
                     const std::function<void(const FileReport&)>& on_file) {
  normalize::EnableTiming(options.timings);
  // Held for the whole import, as Poco::Crypto asks: otherwise each DigestEngine's own
  // initializer shuts OpenSSL's machinery down when its count drops to zero, while another
  // worker sets it up again — a race that crashed 5,000-document imports with --jobs 2.
  const Poco::Crypto::OpenSSLInitializer openssl;
  auto db = store::Store::Open(options.db_path, store::Store::Mode::kReadWrite);
  const std::map<std::string, store::StoredFile> stored = db->StoredFiles();  // workers never touch the db

  const int jobs = std::max(1, options.jobs > 0 ? options.jobs : static_cast<int>(std::thread::hardware_concurrency()));
  // Room for a few documents per worker: the writer takes all that wait as one batch.
  ResultQueue queue(static_cast<size_t>(jobs) * kQueuedPerWorker);
  std::atomic<size_t> next{0};
  std::vector<std::thread> workers;
  for (int i = 0; i < jobs; ++i) {
    workers.emplace_back([&] {
      LowerThisThreadsPriority();
      for (size_t index; (index = next++) < files.size();) {
        const auto it = stored.find(files[index]);
        WorkResult result;
        try {
          result = ProcessFile(files[index], it == stored.end() ? nullptr : &it->second, options);
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

  if (options.prune) {
    const std::set<std::string> present(files.begin(), files.end());
    std::vector<std::string> gone;
    for (const auto& [path, file] : stored) {
      std::error_code ec;
      if (!present.count(path) && !fs::exists(path, ec)) gone.push_back(path);
    }
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
