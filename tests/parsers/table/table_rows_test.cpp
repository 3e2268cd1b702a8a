// ReadTableRows: the grid as rows of the table model, with records a converter printed one
// cell per line ("項目 |", "目標値 |", …) folded back into a header and records.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "keikaku/parsers/grid.h"
#include "table/table_rows.h"

namespace keikaku::layouts {
namespace {

using normalize::Era;

std::vector<std::string> Texts(const TableRow& row) {
  std::vector<std::string> texts;
  for (const TableCell& cell : row.cells) texts.push_back(cell.text);
  return texts;
}

std::vector<int> Lines(const TableRow& row) {
  std::vector<int> lines;
  for (const TableCell& cell : row.cells) lines.push_back(cell.line);
  return lines;
}

std::vector<int> Columns(const TableRow& row) {
  std::vector<int> columns;
  for (const TableCell& cell : row.cells) columns.push_back(cell.column);
  return columns;
}

// A results table printed one cell a line: a header of five and two records of five.
constexpr const char* kOneCellPerLine =
    "項目 |\n目標値 |\n2年度実績 |\n累計 (H28~R2年度) |\n進捗率 |\n"
    "削減効果額(108項目) |\n3,297百万円 |\n1,092百万円 |\n4,533百万円 |\n137.5% |\n"
    "職員数の削減 |\n50人 |\n20人 |\n60人 |\n120.0% |";

std::vector<TableRow> FoldedRows() {
  return ReadTableRows(ReadTextGrid(kOneCellPerLine), Era::kReiwa);
}

TEST(ReadTableRows, OneCellLinesFoldIntoHeaderAndRecords) {
  const std::vector<TableRow> rows = FoldedRows();
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(Texts(rows[0]),
            (std::vector<std::string>{"項目", "目標値", "2年度実績", "累計 (H28~R2年度)", "進捗率"}));
  EXPECT_EQ(Texts(rows[1]), (std::vector<std::string>{"削減効果額(108項目)", "3,297百万円",
                                                      "1,092百万円", "4,533百万円", "137.5%"}));
  EXPECT_EQ(Texts(rows[2]),
            (std::vector<std::string>{"職員数の削減", "50人", "20人", "60人", "120.0%"}));
}

TEST(ReadTableRows, FoldedCellsKeepTheirOwnLines) {
  const std::vector<TableRow> rows = FoldedRows();
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(Lines(rows[1]), (std::vector<int>{6, 7, 8, 9, 10}));
  EXPECT_EQ(Columns(rows[1]), (std::vector<int>{0, 1, 2, 3, 4}));
}

TEST(ReadTableRows, FoldedRecordCoversItsGridRows) {
  const std::vector<TableRow> rows = FoldedRows();
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[1].line, 6);
  EXPECT_EQ(rows[1].grid_row, 5u);
  EXPECT_EQ(rows[1].grid_rows, 5u);
}

TEST(ReadTableRows, FoldedCellsAreReadWithTheEra) {
  const std::vector<TableRow> rows = FoldedRows();
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].cells[2].kind, CellKind::kLabel);
  EXPECT_EQ(rows[0].cells[2].fy, 2020);
  EXPECT_EQ(rows[1].cells[1].quantity.value, 3297);
}

TEST(ReadTableRows, LinesAfterTheRunStayRowsOfTheirOwn) {
  const std::vector<TableRow> rows =
      ReadTableRows(ReadTextGrid(std::string(kOneCellPerLine) + "\n\n備考\t本文"), Era::kReiwa);
  ASSERT_EQ(rows.size(), 5u);
  EXPECT_EQ(rows[3].cells[0].kind, CellKind::kEmpty);
  EXPECT_EQ(rows[3].grid_rows, 1u);
  EXPECT_EQ(Texts(rows[4]), (std::vector<std::string>{"備考", "本文"}));
  EXPECT_EQ(rows[4].line, 17);
}

TEST(ReadTableRows, ShortRunIsNotFolded) {
  const std::vector<TableRow> rows = ReadTableRows(ReadTextGrid("項目 |\n目標値 |\n3,297百万円 |"), Era::kNone);
  ASSERT_EQ(rows.size(), 3u);
  for (const TableRow& row : rows) EXPECT_EQ(row.grid_rows, 1u);
}

TEST(ReadTableRows, RunWithoutAnyFigureIsNotFolded) {
  const std::vector<TableRow> rows = ReadTableRows(
      ReadTextGrid("項目 |\n目標 |\n実績 |\n備考 |\n施策名 |\n担当課 |"), Era::kNone);
  ASSERT_EQ(rows.size(), 6u);
  EXPECT_EQ(rows[5].cells.size(), 1u);
}

TEST(ReadTableRows, RowOfPipeSeparatedCellsIsOneRow) {
  const std::vector<TableRow> rows = ReadTableRows(ReadTextGrid("介護職員数 | 445人 | 490人"), Era::kNone);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(Texts(rows[0]), (std::vector<std::string>{"介護職員数", "445人", "490人"}));
  EXPECT_EQ(rows[0].grid_row, 0u);
}

}  // namespace
}  // namespace keikaku::layouts
