// Inputs of hostile size go through decoding, sniffing and reading without trouble.
// (Their speed is measured by bench/ingest_bench, not here.)
#include <gtest/gtest.h>

#include "keikaku/ingest/decode.h"
#include "keikaku/ingest/formats.h"

namespace keikaku::ingest {
namespace {

TEST(DecodeHugeInput, FiftyMegabyteSingleLineIsReadWithoutTrouble) {
  const std::string line(50u << 20, 'a');
  const DecodeResult result = Decode(line);
  ASSERT_TRUE(result.ok);
  const Format format = SniffFormat(line, result.decoded.utf8);
  EXPECT_EQ(format, Format::kText);
  const GridResult grid = ReadGrid(format, line, result.decoded.utf8);
  ASSERT_TRUE(grid.ok);
  EXPECT_EQ(grid.grid.rows.size(), 1u);
}

TEST(DecodeHugeInput, LineOfAMillionCellsIsReadAsCsv) {
  std::string csv = "a";
  for (int i = 0; i < 1000000; ++i) csv += ",1";
  csv += "\n";
  const GridResult grid = ReadGrid(Format::kCsv, csv, csv);
  ASSERT_TRUE(grid.ok);
  EXPECT_EQ(grid.grid.rows[0].cells.size(), 1000001u);
}

}  // namespace
}  // namespace keikaku::ingest
