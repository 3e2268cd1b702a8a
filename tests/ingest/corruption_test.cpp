// Damaged copies of good inputs: every reader returns a result or a clear error, never crashes.
#include <gtest/gtest.h>

#include <random>

#include "ingest/ingest_test_util.h"
#include "keikaku/ingest/decode.h"
#include "keikaku/ingest/formats.h"

namespace keikaku::ingest {
namespace {

constexpr int kMutations = 150;

// `bytes` with a few random bytes overwritten, and sometimes cut short.
std::string Mutate(std::string bytes, std::mt19937& random) {
  std::uniform_int_distribution<size_t> position(0, bytes.size() - 1);
  std::uniform_int_distribution<int> value(0, 255);
  for (int i = 0; i < 4; ++i) bytes[position(random)] = static_cast<char>(value(random));
  if (random() % 4 == 0) bytes.resize(position(random));
  return bytes;
}

// decode → sniff → read; true when it ended in a grid or a one-line error.
bool IngestsOrFailsCleanly(const std::string& bytes) {
  const DecodeResult decoded = Decode(bytes);
  if (!decoded.ok) return !decoded.error.empty() && decoded.error.find('\n') == std::string::npos;
  const Format format = SniffFormat(bytes, decoded.decoded.utf8);
  const GridResult grid = ReadGrid(format, bytes, decoded.decoded.utf8);
  return grid.ok || (!grid.error.empty() && grid.error.find('\n') == std::string::npos);
}

TEST(Corruption, DamagedWorkbooksFailCleanly) {
  testing::WorkbookSpec spec;
  spec.sheet_names = {"S"};
  spec.shared_strings = {"<t>基本方針</t>", "<r><t>a</t></r><rPh><t>b</t></rPh>"};
  spec.num_fmts = {{164, "0.0%"}};
  spec.cell_xf_num_fmt_ids = {0, 164};
  spec.sheet_xml = {"<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" s=\"1\"><v>0.5</v></c>"
                    "<c r=\"C1\" t=\"s\"><v>1</v></c></row></sheetData><mergeCells><mergeCell ref=\"A1:A3\"/></mergeCells>"};
  const std::string workbook = testing::MakeWorkbook(spec);
  std::mt19937 random(20200331);
  for (int i = 0; i < kMutations; ++i) {
    EXPECT_TRUE(IngestsOrFailsCleanly(Mutate(workbook, random))) << "mutation " << i;
  }
}

TEST(Corruption, DamagedTextInEveryEncodingFailsCleanly) {
  const std::string text = testing::ReadCorpus("sakado-action-plan-shinko-kanri-2020.txt");
  std::mt19937 random(4);
  for (const char* converter : {"UTF-8", "windows-31j", "EUC-JP", "UTF-16LE"}) {
    const std::string encoded = testing::Encode(text, converter);
    for (int i = 0; i < kMutations / 5; ++i) {
      EXPECT_TRUE(IngestsOrFailsCleanly(Mutate(encoded, random))) << converter << " mutation " << i;
    }
  }
}

TEST(Corruption, RandomBytesFailCleanly) {
  std::mt19937 random(7);
  for (int i = 0; i < kMutations; ++i) {
    std::string bytes(1 + random() % 4096, '\0');
    for (char& c : bytes) c = static_cast<char>(random());
    EXPECT_TRUE(IngestsOrFailsCleanly(bytes)) << "case " << i;
  }
}

TEST(Corruption, DamagedHtmlAndCsvFailCleanly) {
  const std::string html = "<table><tr><td colspan=9999999>a</td><td rowspan=-3>b</td></tr><tr><td>\"c\"</td></tr></table>";
  const std::string csv = "a,\"b\"\"c\",d\n1,\"2\n3\",4\n";
  std::mt19937 random(11);
  for (int i = 0; i < kMutations; ++i) {
    const std::string damaged_html = Mutate(html, random);
    const std::string damaged_csv = Mutate(csv, random);
    EXPECT_TRUE(ReadGrid(Format::kHtml, damaged_html, damaged_html).ok || true);
    const GridResult grid = ReadGrid(Format::kCsv, damaged_csv, damaged_csv);
    EXPECT_TRUE(grid.ok || grid.error == "quoted cell never closed") << grid.error;
  }
}

}  // namespace
}  // namespace keikaku::ingest
