// ReadPdfGridIsolated: the PDF is read in a forked child held to an address-space and a
// CPU-time limit, watched by a wall clock; the grid comes back through a pipe. A crash, a
// hang or a bomb costs this file only (Apache Tika forks its parsers for the same reason).
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstring>
#include <new>

#include "readers.h"

#if defined(__SANITIZE_ADDRESS__)
#define KEIKAKU_ADDRESS_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define KEIKAKU_ADDRESS_SANITIZER 1
#endif
#endif

namespace keikaku::ingest {
namespace {

// --- the grid as bytes: integers as 8 raw bytes (parent and child are one binary), strings
// length-prefixed ---

void PutInt(std::string& out, int64_t value) { out.append(reinterpret_cast<const char*>(&value), sizeof value); }

void PutString(std::string& out, std::string_view text) {
  PutInt(out, static_cast<int64_t>(text.size()));
  out.append(text);
}

std::string Serialize(const GridResult& result) {
  std::string out;
  PutInt(out, result.ok ? 1 : 0);
  PutString(out, result.error);
  PutString(out, result.place);
  PutString(out, result.grid.title);
  PutString(out, result.grid.author);
  PutInt(out, static_cast<int64_t>(result.grid.rows.size()));
  for (const GridRow& row : result.grid.rows) {
    PutInt(out, row.line);
    PutInt(out, static_cast<int64_t>(row.kind));
    PutInt(out, row.page);
    PutInt(out, row.printed_page);
    PutInt(out, static_cast<int64_t>(row.cells.size()));
    for (const std::string& cell : row.cells) PutString(out, cell);
  }
  return out;
}

class Reader {
 public:
  explicit Reader(std::string_view bytes) : bytes_(bytes) {}
  bool Int(int64_t& value) {
    if (bytes_.size() < sizeof value) return false;
    std::memcpy(&value, bytes_.data(), sizeof value);
    bytes_.remove_prefix(sizeof value);
    return true;
  }
  bool Count(size_t& count) {  // a count or length that the remaining bytes can hold
    int64_t value = 0;
    if (!Int(value) || value < 0 || static_cast<uint64_t>(value) > bytes_.size()) return false;
    count = static_cast<size_t>(value);
    return true;
  }
  bool String(std::string& text) {
    size_t size = 0;
    if (!Count(size)) return false;
    text.assign(bytes_.substr(0, size));
    bytes_.remove_prefix(size);
    return true;
  }

 private:
  std::string_view bytes_;
};

bool Deserialize(std::string_view bytes, GridResult& result) {
  Reader in(bytes);
  int64_t ok = 0;
  size_t rows = 0;
  if (!in.Int(ok) || !in.String(result.error) || !in.String(result.place) || !in.String(result.grid.title) ||
      !in.String(result.grid.author) || !in.Count(rows)) {
    return false;
  }
  result.ok = ok == 1;
  result.grid.rows.resize(rows);
  for (GridRow& row : result.grid.rows) {
    int64_t line = 0, kind = 0, page = 0, printed = 0;
    size_t cells = 0;
    if (!in.Int(line) || !in.Int(kind) || !in.Int(page) || !in.Int(printed) || !in.Count(cells) || cells == 0) return false;
    row = {static_cast<int>(line), static_cast<RowKind>(kind), std::vector<std::string>(cells), static_cast<int>(page),
           static_cast<int>(printed)};
    for (std::string& cell : row.cells) {
      if (!in.String(cell)) return false;
    }
  }
  return true;
}

// --- the child ---

// Bytes of address space in use now (the child inherits its parent's mappings). Plain system
// calls: a lock another thread of the parent held at the fork (iostreams, locales) stays held
// in the child.
size_t AddressSpaceInUse() {
  const int fd = open("/proc/self/statm", O_RDONLY | O_CLOEXEC);
  if (fd < 0) return 0;
  char text[64] = {};
  const ssize_t got = read(fd, text, sizeof text - 1);
  close(fd);
  size_t pages = 0;
  for (ssize_t i = 0; i < got && text[i] >= '0' && text[i] <= '9'; ++i) pages = pages * 10 + static_cast<size_t>(text[i] - '0');
  return pages * static_cast<size_t>(sysconf(_SC_PAGESIZE));
}

bool WriteAll(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t written = write(fd, bytes.data(), bytes.size());
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) return false;
    bytes.remove_prefix(static_cast<size_t>(written));
  }
  return true;
}

[[noreturn]] void RunChild(int fd, std::string_view raw_bytes, const ReadLimits& limits) {
#if !defined(KEIKAKU_ADDRESS_SANITIZER)  // ASan reserves terabytes of address space
  if (const size_t in_use = AddressSpaceInUse(); in_use > 0) {  // unknown: no limit rather than a wrong one
    const rlim_t memory = in_use + limits.pdf_memory_bytes;
    const rlimit address_space{memory, memory};
    setrlimit(RLIMIT_AS, &address_space);
  }
#endif
  const rlim_t seconds = static_cast<rlim_t>(std::max(1, limits.pdf_cpu_seconds));
  const rlimit cpu{seconds, seconds + 1};
  setrlimit(RLIMIT_CPU, &cpu);
  const rlimit no_core{0, 0};
  setrlimit(RLIMIT_CORE, &no_core);
  GridResult result;
  try {
    result = ReadPdfGrid(raw_bytes, limits);
  } catch (const std::bad_alloc&) {
    result = GridError("PDF reader exceeded its memory limit (" + std::to_string(limits.pdf_memory_bytes >> 20) + " MiB)", "");
  } catch (const std::exception& error) {
    result = GridError(std::string("cannot read the PDF: ") + error.what(), "");
  }
  std::string bytes;
  try {
    bytes = Serialize(result);
  } catch (const std::bad_alloc&) {
    bytes = Serialize(GridError("PDF reader exceeded its memory limit while returning the grid", ""));
  }
  _exit(WriteAll(fd, bytes) ? 0 : 3);
}

// --- the parent ---

std::string DescribeExit(int status, const ReadLimits& limits) {
  if (WIFSIGNALED(status)) {
    const int signal = WTERMSIG(status);
    if (signal == SIGXCPU || signal == SIGKILL) {
      return "PDF reader exceeded its CPU-time limit (" + std::to_string(limits.pdf_cpu_seconds) + " s)";
    }
    if (signal == SIGABRT) return "PDF reader aborted (memory limit " + std::to_string(limits.pdf_memory_bytes >> 20) + " MiB or a bug)";
    return "PDF reader crashed (signal " + std::to_string(signal) + ": " + strsignal(signal) + ")";
  }
  return "PDF reader failed (exit " + std::to_string(WEXITSTATUS(status)) + ")";
}

}  // namespace

GridResult ReadPdfGridIsolated(std::string_view raw_bytes, const ReadLimits& limits) {
  int fds[2];
  if (pipe2(fds, O_CLOEXEC) != 0) return GridError(std::string("cannot start the PDF reader: ") + strerror(errno), "");
  const pid_t child = fork();
  if (child < 0) {
    close(fds[0]);
    close(fds[1]);
    return GridError(std::string("cannot start the PDF reader: ") + strerror(errno), "");
  }
  if (child == 0) {
    // Only our end of the pipe stays open: another worker's pipe inherited here would hold
    // its reader waiting for this child.
    const int keep = fds[1];
    if (keep > 3) close_range(3, static_cast<unsigned>(keep - 1), 0);
    close_range(static_cast<unsigned>(keep + 1), ~0U, 0);
    RunChild(keep, raw_bytes, limits);
  }
  close(fds[1]);
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(limits.pdf_wall_seconds);
  std::string bytes;
  bool timed_out = false;
  char buffer[1 << 16];
  for (;;) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) {
      timed_out = true;
      break;
    }
    pollfd watch{fds[0], POLLIN, 0};
    const int ready = poll(&watch, 1, static_cast<int>(std::min<int64_t>(left.count(), 1000)));
    if (ready < 0 && errno != EINTR) break;
    if (ready <= 0) continue;
    const ssize_t got = read(fds[0], buffer, sizeof buffer);
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) break;
    bytes.append(buffer, static_cast<size_t>(got));
  }
  close(fds[0]);
  if (timed_out) kill(child, SIGKILL);
  int status = 0;
  while (waitpid(child, &status, 0) < 0 && errno == EINTR) {
  }
  if (timed_out) return GridError("PDF reader timed out after " + std::to_string(limits.pdf_wall_seconds) + " s", "");
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) return GridError(DescribeExit(status, limits), "");
  GridResult result;
  if (!Deserialize(bytes, result)) return GridError("PDF reader returned a damaged grid", "");
  return result;
}

}  // namespace keikaku::ingest
