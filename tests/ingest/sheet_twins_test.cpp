// The progress sheet as TSV, UTF-8 CSV, CP932 CSV and XLSX: each ingests to the same cells, row
// by row and line by line, as the PDF-converted original (trailing empty cells and trailing
// blank rows aside: sheet readers drop them, as a sheet export pads them).
#include <gtest/gtest.h>

#include "ingest/ingest_test_util.h"
#include "keikaku/ingest/decode.h"
#include "keikaku/ingest/formats.h"
#include "support/twins.h"

namespace keikaku::ingest {
namespace {

using testing::Comparable;
using testing::Encode;
using testing::ReadCorpus;

constexpr const char* kSakado = "sakado-action-plan-shinko-kanri-2020.txt";

struct Ingested {
  Format format;
  Grid grid;
};

// decode → sniff → read, as the pipeline does.
Ingested Ingest(const std::string& bytes) {
  const DecodeResult decoded = Decode(bytes);
  EXPECT_TRUE(decoded.ok) << decoded.error;
  const Format format = SniffFormat(bytes, decoded.decoded.utf8);
  const GridResult grid = ReadGrid(format, bytes, decoded.decoded.utf8);
  EXPECT_TRUE(grid.ok) << grid.error << " at " << grid.place;
  return {format, grid.grid};
}

class SheetTwin : public ::testing::Test {
 protected:
  const std::string original_ = ReadCorpus(kSakado);
  const Grid original_grid_ = ReadTextGrid(original_);
};

TEST_F(SheetTwin, TsvGivesTheOriginalCells) {
  const Ingested twin = Ingest(keikaku::testing::TsvOf(keikaku::testing::PaddedRows(original_grid_), "\r\n"));
  EXPECT_EQ(twin.format, Format::kTsv);
  EXPECT_EQ(Comparable(twin.grid), Comparable(original_grid_));
}

TEST_F(SheetTwin, Utf8CsvWithBomGivesTheOriginalCells) {
  const Ingested twin = Ingest("\xEF\xBB\xBF" + keikaku::testing::CsvOf(keikaku::testing::PaddedRows(original_grid_)));
  EXPECT_EQ(twin.format, Format::kCsv);
  EXPECT_EQ(Comparable(twin.grid), Comparable(original_grid_));
}

TEST_F(SheetTwin, Cp932CsvGivesTheOriginalCells) {
  const std::string csv = Encode(keikaku::testing::CsvOf(keikaku::testing::PaddedRows(original_grid_)), "windows-31j");
  EXPECT_EQ(Decode(csv).decoded.encoding, "Shift_JIS (CP932)");
  const Ingested twin = Ingest(csv);
  EXPECT_EQ(twin.format, Format::kCsv);
  EXPECT_EQ(Comparable(twin.grid), Comparable(original_grid_));
}

TEST_F(SheetTwin, XlsxGivesTheOriginalCells) {
  const Ingested twin = Ingest(testing::XlsxOf(original_grid_));
  EXPECT_EQ(twin.format, Format::kXlsx);
  EXPECT_EQ(twin.grid.sheet_names, "進行管理");
  EXPECT_EQ(Comparable(twin.grid), Comparable(original_grid_));
}

TEST_F(SheetTwin, CsvWithCellsHoldingNewlinesKeepsTheRecordsStartLine) {
  const std::string csv = "No,内容\n1,\"一行目\n二行目\"\n2,次\n";
  const Ingested twin = Ingest(csv);
  EXPECT_EQ(twin.format, Format::kCsv);
  ASSERT_EQ(twin.grid.rows.size(), 3u);
  EXPECT_EQ(twin.grid.rows[2].line, 4);
}

}  // namespace
}  // namespace keikaku::ingest
