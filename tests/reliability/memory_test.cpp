// Peak memory is bounded by design: files over the size limit are refused before they are
// read, and the files read at once never add up to more than it, whatever --jobs is.
#include <gtest/gtest.h>

#include <filesystem>

#include "support/shell.h"

namespace keikaku {
namespace {

// Peak memory under AddressSanitizer (shadow memory, redzones, quarantine) is no measure of
// keikaku's own; `make test-asan` skips the figure, `make test` checks it.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kUnderAddressSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kUnderAddressSanitizer = true;
#else
constexpr bool kUnderAddressSanitizer = false;
#endif
#else
constexpr bool kUnderAddressSanitizer = false;
#endif

using testing::KeikakuCommand;
using testing::Quote;
using testing::RunShell;
using testing::ScratchDir;

// A single line of `megabytes` MiB of tab-separated cells: the worst case for memory.
std::string LongLine(size_t megabytes) {
  const std::string cell = "市民サービスの向上 12.5%\t";
  std::string line;
  line.reserve((megabytes << 20) + cell.size());
  while (line.size() < (megabytes << 20)) line += cell;
  return line;
}

TEST(Memory, FileOverTheLimitIsRefusedUnread) {
  ScratchDir scratch;
  const std::string file = scratch.Write("big.txt", std::string(3u << 20, 'x'));
  const auto result = RunShell(KeikakuCommand("ingest --max-file-mb 2 --db " + Quote(scratch.path() + "/k.db") + " " + Quote(file)));
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.errors.find("file too large"), std::string::npos) << result.errors;
}

TEST(Memory, TwoLongLinesWithTwoJobsStayUnderThreeHundredMegabytes) {
  if (!std::filesystem::exists("/usr/bin/time")) GTEST_SKIP() << "needs /usr/bin/time";
  if (kUnderAddressSanitizer) GTEST_SKIP() << "peak memory is not keikaku's under AddressSanitizer";
  ScratchDir scratch;
  const std::string line = LongLine(10);  // weighs ≈ 17 MiB with its cells: two do not fit at once
  scratch.Write("docs/a.txt", line);
  scratch.Write("docs/b.txt", line + "\n");
  const auto result = RunShell("/usr/bin/time -f 'peak %M' sh -c " +
                               Quote(KeikakuCommand("ingest --quiet --jobs 2 --db " + Quote(scratch.path() + "/k.db") +
                                                    " " + Quote(scratch.path() + "/docs"))));
  ASSERT_EQ(result.exit_code, 0) << result.errors;
  const size_t at = result.errors.rfind("peak ");
  ASSERT_NE(at, std::string::npos) << result.errors;
  EXPECT_LT(std::stol(result.errors.substr(at + 5)), 300L * 1024) << result.errors;  // KiB
}

}  // namespace
}  // namespace keikaku
