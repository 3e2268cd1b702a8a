#include <gtest/gtest.h>

#include "keikaku/ingest/formats.h"

namespace keikaku::ingest {
namespace {

struct CsvCase {
  const char* name;
  std::string csv;
  std::vector<GridRow> rows;
};

class CsvReader : public ::testing::TestWithParam<CsvCase> {};

TEST_P(CsvReader, ReadsRfc4180Records) {
  const GridResult result = ReadGrid(Format::kCsv, GetParam().csv, GetParam().csv);
  ASSERT_TRUE(result.ok) << result.error;
  EXPECT_EQ(result.grid.rows, GetParam().rows);
}

GridRow Sheet(int line, std::vector<std::string> cells) { return {line, RowKind::kSheet, std::move(cells)}; }

INSTANTIATE_TEST_SUITE_P(
    Quoting, CsvReader,
    ::testing::Values(
        CsvCase{"Plain", "a,b,c\n1,2,3\n", {Sheet(1, {"a", "b", "c"}), Sheet(2, {"1", "2", "3"})}},
        CsvCase{"Crlf", "a,b\r\n1,2\r\n", {Sheet(1, {"a", "b"}), Sheet(2, {"1", "2"})}},
        CsvCase{"EmbeddedComma", "\"1,300\",円\n", {Sheet(1, {"1,300", "円"})}},
        CsvCase{"EmbeddedNewline", "\"一行目\n二行目\",x\nnext,y\n",
                {Sheet(1, {"一行目\n二行目", "x"}), Sheet(3, {"next", "y"})}},
        CsvCase{"EmbeddedCrlfBecomesLf", "\"a\r\nb\",c\r\nd,e\r\n", {Sheet(1, {"a\nb", "c"}), Sheet(3, {"d", "e"})}},
        CsvCase{"EmbeddedTab", "\"a\tb\",c\n", {Sheet(1, {"a\tb", "c"})}},
        CsvCase{"DoubledQuote", "\"say \"\"hi\"\"\",x\n", {Sheet(1, {"say \"hi\"", "x"})}},
        CsvCase{"EmptyQuoted", "\"\",x,\"\"\n", {Sheet(1, {"", "x"})}},
        CsvCase{"TrailingEmptyCellsTrimmed", "a,,,\n,,,\nb,c,,\n", {Sheet(1, {"a"}), Sheet(2, {""}), Sheet(3, {"b", "c"})}},
        CsvCase{"BlankLineKept", "a,b\n\nc,d\n", {Sheet(1, {"a", "b"}), Sheet(2, {""}), Sheet(3, {"c", "d"})}},
        CsvCase{"NoFinalNewline", "a,b\nc,d", {Sheet(1, {"a", "b"}), Sheet(2, {"c", "d"})}},
        CsvCase{"QuoteInsideUnquotedCellIsLiteral", "5\"inch,x\n", {Sheet(1, {"5\"inch", "x"})}}),
    [](const ::testing::TestParamInfo<CsvCase>& info) { return std::string(info.param.name); });

TEST(CsvReader, UnclosedQuoteIsAnErrorWithItsLine) {
  const std::string csv = "a,b\nc,\"never closed\nmore\n";
  const GridResult result = ReadGrid(Format::kCsv, csv, csv);
  ASSERT_FALSE(result.ok);
  EXPECT_EQ(result.error, "quoted cell never closed");
  EXPECT_EQ(result.place, "line 2");
}

TEST(CsvReader, TooManyCellsIsAnError) {
  const std::string csv(1000, ',');
  ReadLimits limits;
  limits.max_cells = 100;
  const GridResult result = ReadGrid(Format::kCsv, csv, csv, limits);
  ASSERT_FALSE(result.ok);
  EXPECT_EQ(result.error.rfind("too many cells", 0), 0u);
}

TEST(TsvReader, SplitsOnTabsIntoSheetRows) {
  const std::string tsv = "a\tb\t\r\n\t\t\nc\t\"d\"\n";
  const GridResult result = ReadGrid(Format::kTsv, tsv, tsv);
  ASSERT_TRUE(result.ok);
  EXPECT_EQ(result.grid.rows, (std::vector<GridRow>{Sheet(1, {"a", "b"}), Sheet(2, {""}), Sheet(3, {"c", "\"d\""})}));
}

}  // namespace
}  // namespace keikaku::ingest
