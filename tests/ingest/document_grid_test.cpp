// ReadDocumentGrid: bytes to the grid ingest parses, through decode, sniff and read.
#include "keikaku/ingest/document_grid.h"

#include <gtest/gtest.h>

#include <string>

namespace keikaku::ingest {
namespace {

TEST(ReadDocumentGrid, ReadsUtf8TextAsTextRows) {
  const DocumentGrid read = ReadDocumentGrid("加須市\n第2次行政経営プラン\n");
  ASSERT_TRUE(read.ok) << read.error;
  EXPECT_EQ(read.format, Format::kText);
  EXPECT_EQ(read.encoding, "UTF-8");
  ASSERT_GE(read.grid.rows.size(), 2u);
  EXPECT_EQ(read.grid.rows[0].cells, std::vector<std::string>{"加須市"});
  EXPECT_EQ(read.grid.rows[1].cells, std::vector<std::string>{"第2次行政経営プラン"});
}

TEST(ReadDocumentGrid, DecodesShiftJisBeforeReading) {
  // "加須市第2次行政経営プランの取組と目標値" in CP932.
  const DocumentGrid read = ReadDocumentGrid("\x89\xc1\x90{\x8es\x91\xe6" "2\x8e\x9f\x8ds\x90\xad\x8co\x89" "c\x83v\x83\x89\x83\x93\x82\xcc\x8e\xe6\x91g\x82\xc6\x96\xda\x95W\x92l\n");
  ASSERT_TRUE(read.ok) << read.error;
  EXPECT_EQ(read.encoding, "Shift_JIS (CP932)");
  ASSERT_FALSE(read.grid.rows.empty());
  EXPECT_EQ(read.grid.rows[0].cells, std::vector<std::string>{"加須市第2次行政経営プランの取組と目標値"});
}

TEST(ReadDocumentGrid, SniffsCsv) {
  const DocumentGrid read = ReadDocumentGrid("指標,2020,2021\n利用者数,10,12\n");
  ASSERT_TRUE(read.ok) << read.error;
  EXPECT_EQ(read.format, Format::kCsv);
  EXPECT_EQ(read.grid.rows[1].cells, (std::vector<std::string>{"利用者数", "10", "12"}));
}

TEST(ReadDocumentGrid, EmptyFileFailsAtByteZero) {
  const DocumentGrid read = ReadDocumentGrid("");
  EXPECT_FALSE(read.ok);
  EXPECT_EQ(read.error, "empty file");
  EXPECT_EQ(read.place, "byte 0");
}

}  // namespace
}  // namespace keikaku::ingest
