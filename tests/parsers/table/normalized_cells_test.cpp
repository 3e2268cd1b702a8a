// CellMemo gives the normaliser's answers, whichever era or unit a text is read with;
// NormalizeRow / NormalizeShortCells keep the row's shape.
#include "table/normalized_cells.h"

#include <gtest/gtest.h>

#include "common/cells.h"
#include "common/labels.h"
#include "keikaku/normalize/date.h"

namespace keikaku::layouts {
namespace {

using normalize::Era;

TEST(CellMemo, ReadsSameTextInEachEraApart) {
  CellMemo memo;
  EXPECT_EQ(memo.FiscalYear("2年度", Era::kReiwa), 2020);
  EXPECT_EQ(memo.FiscalYear("2年度", Era::kHeisei), 1990);
  EXPECT_EQ(memo.FiscalYear("2年度", Era::kNone), std::nullopt);
  EXPECT_EQ(memo.FiscalYear("2年度", Era::kReiwa), 2020);
}

TEST(CellMemo, GivesLexiconKind) {
  CellMemo memo;
  EXPECT_EQ(memo.LabelKind("目標値"), LabelKind("目標値"));
  EXPECT_EQ(memo.LabelKind("目標値"), "target");
  EXPECT_EQ(memo.LabelKind("市民満足度"), "");
}

TEST(CellMemo, ObservationKeepsItsOwnYearAndTakesPlace) {
  CellMemo memo;
  const Observation dated = memo.Observe("1億円(R2年度)", 2024, {7, 3}, "", Era::kNone);
  EXPECT_EQ(dated.fy, 2020);
  EXPECT_EQ(dated.at.line, 7);
  const Observation undated = memo.Observe("120", 2024, {8, 1}, "件", Era::kNone);
  EXPECT_EQ(undated, MakeObservation("120", 2024, {8, 1}, "件", Era::kNone));
  const Observation again = memo.Observe("120", 2025, {9, 2}, "件", Era::kNone);
  EXPECT_EQ(again.fy, 2025);
  EXPECT_EQ(again.at.line, 9);
}

TEST(NormalizeShortCells, PlaceholdsLongCells) {
  const GridRow row{3, RowKind::kText, {"ＡＢ", std::string(50, 'x')}};
  const GridRow normalized = NormalizeShortCells(row, 10);
  EXPECT_EQ(normalized.line, 3);
  ASSERT_EQ(normalized.cells.size(), 2u);
  EXPECT_EQ(normalized.cells[0], "AB");
  EXPECT_EQ(normalized.cells[1], "…");
  EXPECT_EQ(NormalizeRow(row).cells[1], std::string(50, 'x'));
}

}  // namespace
}  // namespace keikaku::layouts
