// LayOutPdf on pages built by hand: lines by centre, cells by gaps, table blocks by bands,
// wrapped and vertical cells merged, shadows read once, page numbers read off the footer.
#include "../../ingest/pdf_layout.h"

#include <gtest/gtest.h>

#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include "ingest/ingest_test_util.h"

namespace keikaku::ingest {
namespace {

constexpr double kSize = 10;

// Appends `text` one glyph per code point, full-width glyphs 1 em wide, ASCII half an em,
// starting at `x` on the line centred at `y`.
void Write(PdfPage& page, double x, double y, const std::string& text, double size = kSize) {
  for (size_t i = 0; i < text.size();) {
    const unsigned char lead = static_cast<unsigned char>(text[i]);
    const size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    const double width = (lead < 0x80 ? 0.5 : 1.0) * size;
    if (text[i] != ' ') page.chars.push_back({text.substr(i, length), x, x + width, y, size, false});
    x += width;
    i += length;
  }
}

// Writes each (x, text) on the line centred at `y`.
void Row(PdfPage& page, double y, std::initializer_list<std::pair<double, std::string>> cells) {
  for (const auto& [x, text] : cells) Write(page, x, y, text);
}

std::vector<std::string> Rows(const Grid& grid) { return testing::RowTexts(grid); }

Grid LayOut(const PdfPage& page) {
  PdfText text;
  text.pages.push_back(page);
  return LayOutPdf(text);
}

using Lines = std::vector<std::string>;

TEST(PdfLayout, CharactersOnOneCentreAreOneLine) {
  PdfPage page;
  Write(page, 100, 100.0, "総合");
  Write(page, 120, 100.4, "戦略");
  EXPECT_EQ(Rows(LayOut(page)), (Lines{"総合戦略"}));
}

TEST(PdfLayout, NarrowGapIsASpaceAndWideGapACell) {
  PdfPage page;
  Row(page, 100, {{100, "2014"}, {123, "年度"}, {200, "目標"}});
  EXPECT_EQ(Rows(LayOut(page)), (Lines{"2014 年度 | 目標"}));
}

TEST(PdfLayout, ShadowCopyIsReadOnce) {
  PdfPage page;
  Write(page, 100, 100, "重要業績評価指標");
  Write(page, 100.3, 100.24, "重要業績評価指標");
  EXPECT_EQ(Rows(LayOut(page)), (Lines{"重要業績評価指標"}));
}

TEST(PdfLayout, RepeatedCharactersSideBySideAreKept) {
  PdfPage page;
  Write(page, 100, 100, "１１１校");
  EXPECT_EQ(Rows(LayOut(page)), (Lines{"１１１校"}));
}

TEST(PdfLayout, BlankCellStaysUnderItsColumn) {
  PdfPage page;
  Row(page, 100, {{100, "指標名"}, {250, "現状値"}, {400, "目標値"}});
  Row(page, 115, {{100, "新規就農者数"}, {400, "５年間で３人"}});
  EXPECT_EQ(Rows(LayOut(page)), (Lines{"指標名 | 現状値 | 目標値", "新規就農者数 |  | ５年間で３人"}));
}

TEST(PdfLayout, NameWrappedAboveAndBelowItsValueLineIsOneCell) {
  PdfPage page;
  Row(page, 100, {{100, "指標名"}, {250, "現状値"}, {400, "目標値"}});
  Write(page, 100, 118, "バイオガスプラント事業関");
  Row(page, 125.5, {{250, "－"}, {400, "５年間で１人"}});
  Write(page, 100, 133, "連就業者数");
  EXPECT_EQ(Rows(LayOut(page)),
            (Lines{"指標名 | 現状値 | 目標値", "バイオガスプラント事業関連就業者数 | － | ５年間で１人"}));
}

TEST(PdfLayout, BracketedHeaderLineJoinsTheHeader) {
  PdfPage page;
  Row(page, 100, {{100, "重要業績評価指標"}, {250, "現状値"}, {400, "目標値"}});
  Row(page, 114, {{110, "（ＫＰＩ）"}, {240, "（2014 年度）"}, {390, "（2019 年度）"}});
  Row(page, 130, {{100, "中学校訪問実施校数"}, {250, "年１１１校"}, {400, "年１１１校"}});
  EXPECT_EQ(Rows(LayOut(page)), (Lines{"重要業績評価指標（ＫＰＩ） | 現状値（2014 年度） | 目標値（2019 年度）",
                                       "中学校訪問実施校数 | 年１１１校 | 年１１１校"}));
}

TEST(PdfLayout, CellWrappedWithinItsColumnJoinsItsRow) {
  PdfPage page;  // rows 18 apart, lines of a cell 12 apart
  Row(page, 100, {{100, "取組"}, {250, "内容"}});
  Row(page, 118, {{100, "窓口改善"}, {250, "待ち時間を短くする"}});
  Write(page, 250, 130, "ための案内");
  Row(page, 148, {{100, "電子申請"}, {250, "申請の電子化"}});
  EXPECT_EQ(Rows(LayOut(page)),
            (Lines{"取組 | 内容", "窓口改善 | 待ち時間を短くするための案内", "電子申請 | 申請の電子化"}));
}

TEST(PdfLayout, ValueRightAlignedBesideItsHeaderIsInItsColumn) {
  PdfPage page;
  Row(page, 100, {{100, "指標名"}, {250, "現状値"}, {400, "目標値"}});
  Row(page, 115, {{100, "留学生の受入数"}, {300, "２人"}, {400, "年３人"}});
  EXPECT_EQ(Rows(LayOut(page)), (Lines{"指標名 | 現状値 | 目標値", "留学生の受入数 | ２人 | 年３人"}));
}

TEST(PdfLayout, VerticalLabelOneCharacterPerLineIsOneCell) {
  PdfPage page;
  for (int i = 0; i < 4; ++i) Write(page, 60, 100 + 12 * i, std::string("人口動態").substr(3 * i, 3));
  Row(page, 100, {{100, "転入者数"}, {250, "120"}});
  Row(page, 124, {{100, "転出者数"}, {250, "140"}});
  EXPECT_EQ(Rows(LayOut(page)), (Lines{"人口動態 | 転入者数 | 120", " | 転出者数 | 140"}));
}

TEST(PdfLayout, EachTableGetsItsOwnColumns) {
  PdfPage page;
  Row(page, 100, {{100, "年度"}, {200, "件数"}});
  Row(page, 115, {{100, "2019"}, {200, "5"}});
  Write(page, 72, 160, "これは本文の段落で、表と表のあいだにある説明の文章です。幅は広く取ってあります。");
  Row(page, 200, {{100, "区分"}, {300, "金額"}});
  Row(page, 215, {{100, "総額"}, {300, "100"}});
  EXPECT_EQ(Rows(LayOut(page)),
            (Lines{"年度 | 件数", "2019 | 5", "", "これは本文の段落で、表と表のあいだにある説明の文章です。幅は広く取ってあります。",
                   "", "区分 | 金額", "総額 | 100"}));
}

TEST(PdfLayout, FooterPageNumberIsReadAndNotKept) {
  PdfPage page;
  Write(page, 100, 100, "本文");
  Write(page, 290, 800, "- 8 -");
  const Grid grid = LayOut(page);
  ASSERT_EQ(grid.rows.size(), 1u);
  EXPECT_EQ(grid.rows[0].cells, (std::vector<std::string>{"本文"}));
  EXPECT_EQ(grid.rows[0].page, 1);
  EXPECT_EQ(grid.rows[0].printed_page, 8);
}

TEST(PdfLayout, NumberInTheBodyIsNoPageNumber) {
  PdfPage page;
  Write(page, 100, 400, "12");
  const Grid grid = LayOut(page);
  ASSERT_EQ(grid.rows.size(), 1u);
  EXPECT_EQ(grid.rows[0].printed_page, 0);
}

TEST(PdfLayout, RowsAreNumberedThroughThePagesAndKeepTheirPage) {
  PdfText text;
  text.pages.resize(2);
  Write(text.pages[0], 100, 100, "一頁");
  Write(text.pages[1], 100, 100, "二頁");
  const Grid grid = LayOutPdf(text);
  ASSERT_EQ(grid.rows.size(), 2u);
  EXPECT_EQ(Rows(grid), (Lines{"一頁", "二頁"}));
  EXPECT_EQ(grid.rows[0].page, 1);
  EXPECT_EQ(grid.rows[1].page, 2);
  EXPECT_EQ(grid.rows[1].line, 2);
}

TEST(PdfLayout, HeadingBetweenTwoTablesSeparatesTheirColumns) {
  PdfPage page;
  Row(page, 100, {{100, "年度"}, {300, "件数"}});
  Row(page, 112, {{100, "2019"}, {300, "5"}});
  Write(page, 100, 134, "次の表");
  Row(page, 156, {{100, "区分"}, {160, "金額"}});
  Row(page, 168, {{100, "総額"}, {160, "100"}});
  EXPECT_EQ(Rows(LayOut(page)), (Lines{"年度 | 件数", "2019 | 5", "", "次の表", "", "区分 | 金額", "総額 | 100"}));
}

TEST(PdfLayout, CellWrappedAtASpaceKeepsTheSpace) {
  PdfPage page;  // the first line stops well short of its column's edge: it broke at a space
  Row(page, 100, {{100, "指標"}, {250, "数値"}});
  Row(page, 118, {{100, "職員研修"}, {250, "受講者数 91%"}});
  Write(page, 250, 130, "内容を把握している職員の割合 30%");
  Row(page, 148, {{100, "窓口"}, {250, "待ち時間"}});
  EXPECT_EQ(Rows(LayOut(page)),
            (Lines{"指標 | 数値", "職員研修 | 受講者数 91% 内容を把握している職員の割合 30%", "窓口 | 待ち時間"}));
}

TEST(PdfLayout, TitleAndAuthorComeFirst) {
  PdfText text;
  text.title = "総合戦略";
  text.author = "北海道音威子府村";
  text.pages.resize(1);
  Write(text.pages[0], 100, 100, "本文");
  const Grid grid = LayOutPdf(text);
  EXPECT_EQ(Rows(grid), (Lines{"総合戦略", "北海道音威子府村", "", "本文"}));
  EXPECT_EQ(grid.rows[0].page, 0);
  EXPECT_EQ(grid.author, "北海道音威子府村");
}

TEST(PdfLayout, NoCharactersGiveNoRows) {
  PdfText text;
  text.pages.resize(3);
  EXPECT_TRUE(LayOutPdf(text).rows.empty());
}

}  // namespace
}  // namespace keikaku::ingest
