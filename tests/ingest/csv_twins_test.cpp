// The progress sheet saved as CSV the way offices save it: title lines above a header over two
// rows, blank rows written "", rows of differing widths (trailing empty cells dropped). Made
// from the cells of its XLSX twin, it must give exactly the XLSX twin's records in UTF-8 with and
// without BOM, in CP932, and as Python's csv module writes it.
#include <set>

#include <gtest/gtest.h>

#include "ingest/ingest_test_util.h"
#include "keikaku/ingest/decode.h"
#include "keikaku/ingest/formats.h"
#include "keikaku/parsers/parse.h"
#include "support/twins.h"

namespace keikaku::ingest {
namespace {

constexpr const char* kSakado = "sakado-action-plan-shinko-kanri-2020.txt";

struct Read {
  Format format;
  ParsedDocument parsed;
};

// decode → sniff → read → parse, as the pipeline does.
Read ReadAndParse(const std::string& bytes, const std::string& file_name) {
  const DecodeResult decoded = Decode(bytes);
  EXPECT_TRUE(decoded.ok) << decoded.error;
  const Format format = SniffFormat(bytes, decoded.decoded.utf8, file_name);
  const GridResult grid = ReadGrid(format, bytes, decoded.decoded.utf8);
  EXPECT_TRUE(grid.ok) << grid.error << " at " << grid.place;
  return {format, ParseGrid(grid.grid)};
}

class CsvTwinOfXlsx : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string xlsx = testing::XlsxOf(ReadTextGrid(testing::ReadCorpus(kSakado)));
    const DecodeResult decoded = Decode(xlsx);
    const GridResult grid = ReadGrid(SniffFormat(xlsx, decoded.decoded.utf8), xlsx, decoded.decoded.utf8);
    ASSERT_TRUE(grid.ok) << grid.error;
    xlsx_records_ = ParseGrid(grid.grid);
    ASSERT_GT(xlsx_records_.measures.size(), 10u);
    ragged_rows_ = keikaku::testing::RaggedRows(grid.grid);
  }

  // Expects `bytes` to read as CSV, with and without a .csv name, into the XLSX twin's records.
  void ExpectXlsxRecords(const std::string& bytes) {
    for (const char* name : {"", "進行管理.csv"}) {
      const Read twin = ReadAndParse(bytes, name);
      EXPECT_EQ(FormatName(twin.format), "csv") << "named '" << name << "'";
      EXPECT_EQ(twin.parsed.measures, xlsx_records_.measures) << "named '" << name << "'";
      EXPECT_EQ(twin.parsed.plan, xlsx_records_.plan);
      EXPECT_EQ(twin.parsed.municipality, xlsx_records_.municipality);
    }
  }

  ParsedDocument xlsx_records_;
  std::vector<std::vector<std::string>> ragged_rows_;
};

TEST_F(CsvTwinOfXlsx, TwinHasTitlesBlankRowsAndRaggedWidths) {
  const std::string csv = keikaku::testing::CsvOf(ragged_rows_);
  EXPECT_TRUE(csv.starts_with("\"\"\r\n")) << csv.substr(0, 80);
  std::set<size_t> widths;
  for (const auto& row : ragged_rows_) widths.insert(row.size());
  EXPECT_GT(widths.size(), 4u);
  EXPECT_TRUE(widths.count(1));
}

TEST_F(CsvTwinOfXlsx, Utf8WithoutBomGivesTheXlsxRecords) {
  ExpectXlsxRecords(keikaku::testing::CsvOf(ragged_rows_, "\n"));
}

TEST_F(CsvTwinOfXlsx, Utf8WithBomGivesTheXlsxRecords) {
  ExpectXlsxRecords("\xEF\xBB\xBF" + keikaku::testing::CsvOf(ragged_rows_));
}

TEST_F(CsvTwinOfXlsx, Cp932GivesTheXlsxRecords) {
  const std::string csv = testing::Encode(keikaku::testing::CsvOf(ragged_rows_), "windows-31j");
  EXPECT_EQ(Decode(csv).decoded.encoding, "Shift_JIS (CP932)");
  ExpectXlsxRecords(csv);
}

// Python's csv.writer: CRLF line ends, minimal quoting, no BOM, rows as given.
TEST_F(CsvTwinOfXlsx, PythonCsvWriterOutputGivesTheXlsxRecords) {
  ExpectXlsxRecords(keikaku::testing::CsvOf(ragged_rows_, "\r\n"));
}

}  // namespace
}  // namespace keikaku::ingest
