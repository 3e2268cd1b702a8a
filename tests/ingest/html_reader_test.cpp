#include <gtest/gtest.h>

#include "keikaku/ingest/formats.h"

namespace keikaku::ingest {
namespace {

std::vector<std::vector<std::string>> Cells(const Grid& grid) {
  std::vector<std::vector<std::string>> cells;
  for (const GridRow& row : grid.rows) cells.push_back(row.cells);
  return cells;
}

TEST(HtmlReader, ReadsOneSheetRowPerTr) {
  const std::string html =
      "<html><body>\n<h1>進行管理表</h1>\n<table>\n<tr><th>No.</th><th>項目</th></tr>\n"
      "<tr><td>1</td><td>歳出の<b>削減</b>\n 見直し</td></tr>\n</table>\n<p>以上</p></body></html>";
  const GridResult result = ReadGrid(Format::kHtml, html, html);
  ASSERT_TRUE(result.ok) << result.error;
  EXPECT_EQ(Cells(result.grid), (std::vector<std::vector<std::string>>{
                                    {"進行管理表"}, {"No.", "項目"}, {"1", "歳出の削減 見直し"}, {"以上"}}));
  ASSERT_EQ(result.grid.rows.size(), 4u);
  EXPECT_EQ(result.grid.rows[1].kind, RowKind::kSheet);
  EXPECT_EQ(result.grid.rows[1].line, 4);
  EXPECT_EQ(result.grid.rows[0].kind, RowKind::kText);
}

TEST(HtmlReader, SpansRepeatTheValueInEverySpannedCell) {
  const std::string html =
      "<table><tr><td colspan=\"2\">A</td><td rowspan=\"2\">B</td></tr><tr><td>c</td><td>d</td></tr></table>";
  const GridResult result = ReadGrid(Format::kHtml, html, html);
  ASSERT_TRUE(result.ok);
  EXPECT_EQ(Cells(result.grid), (std::vector<std::vector<std::string>>{{"A", "A", "B"}, {"c", "d", "B"}}));
}

TEST(HtmlReader, BrInACellIsANewline) {
  const std::string html = "<table><tr><td>一<br>二</td></tr></table>";
  const GridResult result = ReadGrid(Format::kHtml, html, html);
  ASSERT_TRUE(result.ok);
  EXPECT_EQ(Cells(result.grid), (std::vector<std::vector<std::string>>{{"一\n二"}}));
}

TEST(HtmlReader, DeeplyNestedMarkupInACellDoesNotCrash) {
  std::string html = "<table><tr><td>";
  for (int i = 0; i < 100000; ++i) html += "<span>";
  html += "深い";
  html += "</td></tr></table>";
  const GridResult result = ReadGrid(Format::kHtml, html, html);
  EXPECT_TRUE(result.ok || !result.error.empty());
}

// The text is already decoded (by content); a stale meta charset must not re-decode it.
TEST(HtmlReader, IgnoresMetaCharsetOfTheOriginalBytes) {
  const std::string html =
      "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\"></head>"
      "<body><table><tr><td>坂戸市</td></tr></table></body></html>";
  const GridResult result = ReadGrid(Format::kHtml, html, html);
  ASSERT_TRUE(result.ok);
  EXPECT_EQ(Cells(result.grid), (std::vector<std::vector<std::string>>{{"坂戸市"}}));
}

TEST(HtmlReader, ScriptsAndStylesAreNotText) {
  const std::string html = "<html><head><style>td{}</style></head><body><script>x()</script><table><tr><td>a</td></tr></table></body></html>";
  const GridResult result = ReadGrid(Format::kHtml, html, html);
  ASSERT_TRUE(result.ok);
  EXPECT_EQ(Cells(result.grid), (std::vector<std::vector<std::string>>{{"a"}}));
}

}  // namespace
}  // namespace keikaku::ingest
