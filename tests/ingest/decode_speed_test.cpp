// Decoding valid UTF-8 and sniffing are the per-file fixed cost of a bulk import: keep them cheap.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>

#include "ingest/ingest_test_util.h"
#include "keikaku/ingest/decode.h"
#include "keikaku/ingest/formats.h"

namespace keikaku::ingest {
namespace {

double MegabytesPerSecond(size_t bytes, std::chrono::steady_clock::time_point started) {
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return static_cast<double>(bytes) / (1 << 20) / seconds;
}

TEST(DecodeSpeed, ValidUtf8AndSniffingAreFast) {
  const std::string one = testing::ReadCorpus("kazo-gyosei-keiei-plan-2016.txt");
  std::string text;
  while (text.size() < (32u << 20)) text += one;
  auto started = std::chrono::steady_clock::now();
  const DecodeResult result = Decode(text);
  const double decode_speed = MegabytesPerSecond(text.size(), started);
  ASSERT_TRUE(result.ok);
  started = std::chrono::steady_clock::now();
  const Format format = SniffFormat(text, result.decoded.utf8);
  const double sniff_speed = MegabytesPerSecond(text.size(), started);
  EXPECT_EQ(format, Format::kText);
  std::printf("decode (valid UTF-8, incl. copy): %.0f MB/s; sniff: %.0f MB/s of file\n", decode_speed, sniff_speed);
#ifdef NDEBUG  // optimised builds only: Debug and sanitizer builds are many times slower
  EXPECT_GT(decode_speed, 50);  // loose: the build machine is shared
#endif
}

TEST(DecodeSpeed, Cp932IsDecodedAtConverterSpeed) {
  const std::string one = testing::Encode(testing::ReadCorpus("sakado-action-plan-shinko-kanri-2020.txt"), "windows-31j");
  std::string bytes;
  while (bytes.size() < (8u << 20)) bytes += one;
  const auto started = std::chrono::steady_clock::now();
  const DecodeResult result = Decode(bytes);
  const double speed = MegabytesPerSecond(bytes.size(), started);
  ASSERT_TRUE(result.ok) << result.error;
  EXPECT_EQ(result.decoded.encoding, "Shift_JIS (CP932)");
  std::printf("decode (CP932): %.0f MB/s\n", speed);
#ifdef NDEBUG
  EXPECT_GT(speed, 5);
#endif
}

TEST(DecodeSpeed, FiftyMegabyteSingleLineIsReadWithoutTrouble) {
  const std::string line(50u << 20, 'a');
  const DecodeResult result = Decode(line);
  ASSERT_TRUE(result.ok);
  const Format format = SniffFormat(line, result.decoded.utf8);
  EXPECT_EQ(format, Format::kText);
  const GridResult grid = ReadGrid(format, line, result.decoded.utf8);
  ASSERT_TRUE(grid.ok);
  EXPECT_EQ(grid.grid.rows.size(), 1u);
}

TEST(DecodeSpeed, LineOfAMillionCellsIsReadAsCsv) {
  std::string csv = "a";
  for (int i = 0; i < 1000000; ++i) csv += ",1";
  csv += "\n";
  const GridResult grid = ReadGrid(Format::kCsv, csv, csv);
  ASSERT_TRUE(grid.ok);
  EXPECT_EQ(grid.grid.rows[0].cells.size(), 1000001u);
}

}  // namespace
}  // namespace keikaku::ingest
