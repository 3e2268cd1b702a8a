#include <gtest/gtest.h>

#include <chrono>
#include <sstream>

#include <Poco/DateTime.h>
#include <Poco/Path.h>
#include <Poco/Zip/Compress.h>

#include "ingest/ingest_test_util.h"
#include "keikaku/ingest/decode.h"
#include "keikaku/ingest/formats.h"

namespace keikaku::ingest {
namespace {

using testing::MakeWorkbook;
using testing::MakeZip;
using testing::WorkbookSpec;

std::vector<std::vector<std::string>> Cells(const Grid& grid) {
  std::vector<std::vector<std::string>> cells;
  for (const GridRow& row : grid.rows) cells.push_back(row.cells);
  return cells;
}

GridResult ReadXlsx(const std::string& bytes, const ReadLimits& limits = {}) {
  EXPECT_EQ(SniffFormat(bytes, ""), Format::kXlsx);
  return ReadGrid(Format::kXlsx, bytes, "", limits);
}

TEST(XlsxReader, RendersNumbersThroughTheirFormats) {
  WorkbookSpec spec;
  spec.sheet_names = {"進捗"};
  spec.num_fmts = {{164, "0.0%"}, {165, "0.0"}};
  spec.cell_xf_num_fmt_ids = {0, 164, 3, 14, 165, 28};
  spec.sheet_xml = {
      "<sheetData><row r=\"1\"><c r=\"A1\" s=\"1\"><v>0.29599999999999999</v></c><c r=\"B1\" s=\"2\"><v>1300</v></c>"
      "<c r=\"C1\" s=\"3\"><v>43921</v></c><c r=\"D1\" s=\"4\"><v>3.5</v></c><c r=\"E1\"><v>0.1</v></c>"
      "<c r=\"F1\" s=\"5\"><v>43921</v></c><c r=\"G1\" t=\"b\"><v>1</v></c></row></sheetData>"};
  const GridResult result = ReadXlsx(MakeWorkbook(spec));
  ASSERT_TRUE(result.ok) << result.error << " at " << result.place;
  EXPECT_EQ(Cells(result.grid), (std::vector<std::vector<std::string>>{
                                    {"29.6%", "1,300", "2020-03-31", "3.5", "0.1", "令和2年3月31日", "TRUE"}}));
  EXPECT_EQ(result.grid.sheet_names, "進捗");
}

TEST(XlsxReader, MergedRangeGivesItsValueToEveryCell) {
  WorkbookSpec spec;
  spec.sheet_names = {"Sheet1"};
  spec.shared_strings = {"<t>基本方針</t>", "<t>x</t>"};
  spec.sheet_xml = {
      "<sheetData><row r=\"2\"><c r=\"B2\" t=\"s\"><v>0</v></c></row><row r=\"4\"><c r=\"A4\" t=\"s\"><v>1</v></c></row>"
      "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"B2:C3\"/></mergeCells>"};
  const GridResult result = ReadXlsx(MakeWorkbook(spec));
  ASSERT_TRUE(result.ok) << result.error;
  ASSERT_EQ(result.grid.rows.size(), 4u);
  EXPECT_EQ(result.grid.rows[0], (GridRow{1, RowKind::kSheet, {""}}));
  EXPECT_EQ(result.grid.rows[1], (GridRow{2, RowKind::kSheet, {"", "基本方針", "基本方針"}}));
  EXPECT_EQ(result.grid.rows[2], (GridRow{3, RowKind::kSheet, {"", "基本方針", "基本方針"}}));
  EXPECT_EQ(result.grid.rows[3], (GridRow{4, RowKind::kSheet, {"x"}}));
}

TEST(XlsxReader, RichTextRunsJoinAndFuriganaIsDropped) {
  WorkbookSpec spec;
  spec.sheet_names = {"S"};
  spec.shared_strings = {"<r><rPr><b/></rPr><t>坂戸</t></r><r><t xml:space=\"preserve\">市 </t></r>"
                         "<rPh sb=\"0\" eb=\"2\"><t>サカド</t></rPh>",
                         "<t>改行_x000D_\nあり</t>"};
  spec.sheet_xml = {"<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"inlineStr\"><is><t>直接</t></is></c>"
                    "<c r=\"C1\" t=\"s\"><v>1</v></c></row></sheetData>"};
  const GridResult result = ReadXlsx(MakeWorkbook(spec));
  ASSERT_TRUE(result.ok) << result.error;
  EXPECT_EQ(Cells(result.grid), (std::vector<std::vector<std::string>>{{"坂戸市 ", "直接", "改行\r\nあり"}}));
}

TEST(XlsxReader, EverySheetInWorkbookOrder) {
  WorkbookSpec spec;
  spec.sheet_names = {"一", "二"};
  spec.sheet_xml = {"<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row></sheetData>",
                    "<sheetData><row r=\"1\"><c r=\"B1\"><v>2</v></c></row></sheetData>"};
  const GridResult result = ReadXlsx(MakeWorkbook(spec));
  ASSERT_TRUE(result.ok) << result.error;
  EXPECT_EQ(result.grid.sheet_names, "一\n二");
  EXPECT_EQ(result.grid.rows, (std::vector<GridRow>{{1, RowKind::kSheet, {"1"}}, {1, RowKind::kSheet, {"", "2"}}}));
}

TEST(XlsxReader, DoctypeIsRefused) {
  WorkbookSpec spec;
  spec.sheet_names = {"S"};
  spec.sheet_xml = {"<sheetData/>"};
  std::string bytes = MakeWorkbook(spec);
  std::map<std::string, std::string> parts = {
      {"xl/workbook.xml",
       "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;\">]>"
       "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheets/>&lol2;</workbook>"}};
  const GridResult result = ReadXlsx(MakeZip(parts));
  ASSERT_FALSE(result.ok);
  EXPECT_EQ(result.error, "DOCTYPE not allowed in a workbook part (xl/workbook.xml)");
}

TEST(XlsxReader, ExternalEntityIsRefused) {
  std::map<std::string, std::string> parts = {
      {"xl/workbook.xml", "<?xml version=\"1.0\"?><workbook><sheets><sheet name=\"a\" r:id=\"rId1\"/></sheets></workbook>"},
      {"xl/sharedStrings.xml",
       "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><sst><si><t>&xxe;</t></si></sst>"}};
  const GridResult result = ReadXlsx(MakeZip(parts));
  ASSERT_FALSE(result.ok);
  EXPECT_NE(result.error.find("DOCTYPE not allowed"), std::string::npos) << result.error;
  EXPECT_EQ(result.place, "xl/sharedStrings.xml");
}

TEST(XlsxReader, ZipThatIsNotAWorkbookIsAClearError) {
  const std::string bytes = MakeZip({{"readme.txt", "hello"}, {"word/document.xml", "<w/>"}});
  const DecodeResult decoded = Decode(bytes);
  ASSERT_TRUE(decoded.ok);
  const GridResult result = ReadXlsx(bytes);
  ASSERT_FALSE(result.ok);
  EXPECT_EQ(result.error, "not a workbook: no xl/workbook.xml");
}

TEST(XlsxReader, DamagedZipIsAClearError) {
  const std::string bytes = std::string("PK\x03\x04", 4) + std::string(100, '\x7f');
  const GridResult result = ReadXlsx(bytes);
  ASSERT_FALSE(result.ok);
  EXPECT_EQ(result.error.rfind("damaged ZIP", 0), 0u) << result.error;
}

// An endless stream of zeros, `size` bytes long, without holding them in memory.
class ZeroBuffer : public std::streambuf {
 public:
  explicit ZeroBuffer(size_t size) : left_(size) { std::fill(std::begin(block_), std::end(block_), '\0'); }

 protected:
  int_type underflow() override {
    if (left_ == 0) return traits_type::eof();
    const size_t n = std::min(left_, sizeof block_);
    left_ -= n;
    setg(block_, block_, block_ + n);
    return traits_type::to_int_type(block_[0]);
  }

 private:
  size_t left_;
  char block_[1 << 16];
};

TEST(XlsxReader, ZipBombIsRejectedBeforeInflating) {
  std::stringstream out(std::ios::in | std::ios::out | std::ios::binary);
  {
    Poco::Zip::Compress compress(out, true);
    std::istringstream workbook("<workbook><sheets><sheet name=\"a\" r:id=\"rId1\"/></sheets></workbook>");
    compress.addFile(workbook, Poco::DateTime(), Poco::Path("xl/workbook.xml", Poco::Path::PATH_UNIX));
    ZeroBuffer zeros(200u << 20);
    std::istream zero_stream(&zeros);
    compress.addFile(zero_stream, Poco::DateTime(), Poco::Path("xl/worksheets/sheet1.xml", Poco::Path::PATH_UNIX),
                     Poco::Zip::ZipCommon::CM_DEFLATE, Poco::Zip::ZipCommon::CL_SUPERFAST);
    compress.close();
  }
  const std::string bytes = out.str();
  EXPECT_LT(bytes.size(), 2u << 20);
  const auto started = std::chrono::steady_clock::now();
  const GridResult result = ReadXlsx(bytes);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  ASSERT_FALSE(result.ok);
  EXPECT_EQ(result.error.rfind("zip bomb: xl/worksheets/sheet1.xml inflates", 0), 0u) << result.error;
  EXPECT_LT(seconds, 0.5);
}

TEST(XlsxReader, TooManyEntriesIsRejected) {
  std::map<std::string, std::string> parts;
  for (int i = 0; i < 20; ++i) parts["f" + std::to_string(i)] = "x";
  ReadLimits limits;
  limits.max_zip_entries = 10;
  const GridResult result = ReadXlsx(MakeZip(parts), limits);
  ASSERT_FALSE(result.ok);
  EXPECT_EQ(result.error.rfind("too many ZIP entries: 20", 0), 0u) << result.error;
}

TEST(XlsxReader, UncompressedSizeLimitIsChecked) {
  std::map<std::string, std::string> parts = {{"xl/workbook.xml", std::string(5000, ' ') + "<workbook/>"}};
  ReadLimits limits;
  limits.max_uncompressed_bytes = 1000;
  const GridResult result = ReadXlsx(MakeZip(parts), limits);
  ASSERT_FALSE(result.ok);
  EXPECT_EQ(result.error.rfind("zip bomb: 5011 bytes uncompressed", 0), 0u) << result.error;
}

// Sets every declared uncompressed size in the local and central headers to `size`.
std::string WithDeclaredSize(std::string zip, uint32_t size) {
  auto patch = [&](std::string_view signature, size_t offset) {
    for (size_t at = zip.find(signature); at != std::string::npos; at = zip.find(signature, at + 4)) {
      for (int i = 0; i < 4; ++i) zip[at + offset + i] = static_cast<char>((size >> (8 * i)) & 0xFF);
    }
  };
  patch(std::string_view("PK\x03\x04", 4), 22);
  patch(std::string_view("PK\x01\x02", 4), 24);
  return zip;
}

TEST(XlsxReader, PartLargerThanItsHeaderSaysIsStopped) {
  const std::string workbook = "<workbook><sheets>" + std::string(3u << 20, ' ') + "</sheets></workbook>";
  const std::string bytes = WithDeclaredSize(MakeZip({{"xl/workbook.xml", workbook}}), 1000);
  const GridResult result = ReadXlsx(bytes);
  ASSERT_FALSE(result.ok);
  EXPECT_NE(result.error.find("inflates past its declared size"), std::string::npos) << result.error;
}

TEST(XlsxReader, MalformedXmlIsAClearError) {
  std::map<std::string, std::string> parts = {{"xl/workbook.xml", "<workbook><sheets><sheet name=\"a\"</workbook>"}};
  const GridResult result = ReadXlsx(MakeZip(parts));
  ASSERT_FALSE(result.ok);
  EXPECT_EQ(result.error.rfind("malformed XML in xl/workbook.xml", 0), 0u) << result.error;
}

}  // namespace
}  // namespace keikaku::ingest
