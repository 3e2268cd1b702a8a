// ReadPdfGridIsolated: the PDF is read in a keikaku-pdf-reader process (pdf_process.h) held to
// an address-space and a CPU-time limit and watched by a wall clock; the PDF goes in through a
// memfd, the grid comes back through a pipe. A crash, a hang or a bomb costs this file only
// (Apache Tika runs its parsers apart for the same reason).
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstring>
#include <filesystem>

#include "pdf_process.h"
#include "readers.h"

extern char** environ;

namespace keikaku::ingest {
namespace {

namespace fs = std::filesystem;

// Beside the running program (a copied installation), else where the build put it.
std::string PdfReaderPath() {
  std::error_code error;
  const fs::path beside = fs::read_symlink("/proc/self/exe", error).parent_path() / "keikaku-pdf-reader";
  if (!error && fs::exists(beside, error)) return beside.string();
  return KEIKAKU_PDF_READER_PATH;
}

// A memfd holding the PDF, read from its start; -1 with errno on failure.
int PdfInMemory(std::string_view raw_bytes) {
  const int fd = memfd_create("keikaku-pdf", MFD_CLOEXEC);
  if (fd < 0) return -1;
  if (!WriteAll(fd, raw_bytes) || lseek(fd, 0, SEEK_SET) != 0) {
    const int saved = errno;
    close(fd);
    errno = saved;
    return -1;
  }
  return fd;
}

// Starts `program` (keikaku-pdf-reader) with `input` as its standard input and `output` as its standard
// output; every other descriptor of ours stays closed in it. Returns 0 or an errno value.
int SpawnReader(const std::string& program, int input, int output, const ReadLimits& limits, pid_t& child) {
  std::vector<std::string> arguments = PdfReaderArguments(limits);
  arguments.insert(arguments.begin(), program);
  std::vector<char*> argv;
  for (std::string& argument : arguments) argv.push_back(argument.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, input, STDIN_FILENO);
  posix_spawn_file_actions_adddup2(&actions, output, STDOUT_FILENO);
  posix_spawn_file_actions_addclosefrom_np(&actions, STDERR_FILENO + 1);
  const int error = posix_spawn(&child, program.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  return error;
}

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
  const auto cannot_start = [](int error) {
    return GridError(std::string("cannot start the PDF reader: ") + strerror(error), "");
  };
  const int input = PdfInMemory(raw_bytes);
  if (input < 0) return cannot_start(errno);
  int fds[2];
  if (pipe2(fds, O_CLOEXEC) != 0) {
    const int error = errno;
    close(input);
    return cannot_start(error);
  }
  const std::string program = PdfReaderPath();
  pid_t child = 0;
  const int spawn_error = SpawnReader(program, input, fds[1], limits, child);
  close(input);
  close(fds[1]);
  if (spawn_error != 0) {
    close(fds[0]);
    return GridError("cannot start the PDF reader " + program + ": " + strerror(spawn_error), "");
  }
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
  if (!DeserializeGrid(bytes, result)) return GridError("PDF reader returned a damaged grid", "");
  return result;
}

}  // namespace keikaku::ingest
