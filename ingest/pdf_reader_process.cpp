// keikaku-pdf-reader's side of pdf_process.h: a fresh process that holds itself to the limits
// it was given, reads one PDF from standard input and writes its grid to standard output.
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstdio>
#include <new>

#include "pdf_process.h"
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

// Bytes of address space this process uses now (its libraries' mappings), or 0 if unknown.
size_t AddressSpaceInUse() {
  FILE* statm = std::fopen("/proc/self/statm", "r");
  if (statm == nullptr) return 0;
  unsigned long pages = 0;
  const bool read = std::fscanf(statm, "%lu", &pages) == 1;
  std::fclose(statm);
  return read ? pages * static_cast<size_t>(sysconf(_SC_PAGESIZE)) : 0;
}

void HoldTo(const ReadLimits& limits) {
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
}

template <typename Number>
bool ParseNumber(const char* text, Number& value) {
  const std::string_view digits(text);
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  return error == std::errc() && end == digits.data() + digits.size();
}

bool ReadAll(int fd, std::string& bytes) {
  char buffer[1 << 16];
  for (;;) {
    const ssize_t got = read(fd, buffer, sizeof buffer);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) return false;
    if (got == 0) return true;
    bytes.append(buffer, static_cast<size_t>(got));
  }
}

GridResult ReadHeldTo(const ReadLimits& limits) {
  try {
    std::string pdf;
    if (!ReadAll(STDIN_FILENO, pdf)) return GridError("PDF reader cannot read the PDF it was given", "");
    return ReadPdfGrid(pdf, limits);
  } catch (const std::bad_alloc&) {
    return GridError("PDF reader exceeded its memory limit (" + std::to_string(limits.pdf_memory_bytes >> 20) + " MiB)", "");
  } catch (const std::exception& error) {
    return GridError(std::string("cannot read the PDF: ") + error.what(), "");
  }
}

}  // namespace

std::vector<std::string> PdfReaderArguments(const ReadLimits& limits) {
  return {std::to_string(limits.max_pdf_pages), std::to_string(limits.max_pdf_objects), std::to_string(limits.max_cells),
          std::to_string(limits.pdf_memory_bytes), std::to_string(limits.pdf_cpu_seconds)};
}

int PdfReaderMain(int argc, char** argv) {
  ReadLimits limits;
  if (argc != 6 || !ParseNumber(argv[1], limits.max_pdf_pages) || !ParseNumber(argv[2], limits.max_pdf_objects) ||
      !ParseNumber(argv[3], limits.max_cells) || !ParseNumber(argv[4], limits.pdf_memory_bytes) ||
      !ParseNumber(argv[5], limits.pdf_cpu_seconds)) {
    std::fputs("usage: keikaku-pdf-reader MAX_PAGES MAX_OBJECTS MAX_CHARACTERS MEMORY_BYTES CPU_SECONDS < FILE.pdf\n"
               "(keikaku starts it for every PDF it reads)\n",
               stderr);
    return 2;
  }
  HoldTo(limits);
  const GridResult result = ReadHeldTo(limits);
  std::string bytes;
  try {
    bytes = SerializeGrid(result);
  } catch (const std::bad_alloc&) {
    bytes = SerializeGrid(GridError("PDF reader exceeded its memory limit while returning the grid", ""));
  }
  return WriteAll(STDOUT_FILENO, bytes) ? 0 : 3;
}

}  // namespace keikaku::ingest
