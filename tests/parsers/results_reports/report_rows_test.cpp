// Cell-level readings of a results report: headings, section marks, label prefixes, dashes.
#include "results_reports/report_rows.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "keikaku/parsers/grid.h"

namespace keikaku::layouts::results_reports {
namespace {

// One row from text with '|' between cells.
ReportRow Row(const std::string& cells) {
  std::string text = cells;
  for (char& c : text) c = c == '|' ? '\t' : c;
  return ReadReportRows(ReadTextGrid(text)).at(0);
}

struct HeadingCase {
  std::string row;
  std::optional<std::string> level, ref, title;
};

TEST(SectionHeading, ReadsLevelRefAndTitle) {
  const std::vector<HeadingCase> cases = {
      {"施策 6-1|協働によるまちづくりを推進します", "施策", "6-1", "協働によるまちづくりを推進します"},
      {" 施策 6-2 行政マネジメントを図ります", "施策", "6-2", "行政マネジメントを図ります"},
      {"【施策6-3】 財政の健全性を確保します", "施策", "6-3", "財政の健全性を確保します"},
      {"政策6|全ての主体が参加し、協働するまちづくり", "政策", "6", "全ての主体が参加し、協働するまちづくり"},
      {"## 【政策6：協働・行政経営】", "政策", "6", "協働・行政経営"},
      {"施策 ６－４|市税収入を確保します", "施策", "6-4", "市税収入を確保します"},
      {"施策内順位||3", std::nullopt, std::nullopt, std::nullopt},
      {"施策 6-1", std::nullopt, std::nullopt, std::nullopt},  // no title
      {"事務事業名||新規・継続", std::nullopt, std::nullopt, std::nullopt},
  };
  for (const HeadingCase& c : cases) {
    const auto heading = ReadSectionHeading(Row(c.row));
    ASSERT_EQ(heading.has_value(), c.level.has_value()) << c.row;
    if (!heading) continue;
    EXPECT_EQ(heading->level, *c.level) << c.row;
    EXPECT_EQ(heading->ref, *c.ref) << c.row;
    EXPECT_EQ(heading->title, *c.title) << c.row;
  }
}

TEST(SectionMark, NamesMarkedAndBracketedSections) {
  const std::vector<std::pair<std::string, std::optional<std::string>>> cases = {
      {"◆現状と課題", "現状と課題"},
      {"#### ◆方 針", "方針"},
      {"■成果指標(アウトカム)", "成果指標(アウトカム)"},
      {"【特記事項】", "特記事項"},
      {"- ◎「協働による市民主体のまちづくり」を推進する", std::nullopt},
      {"◆実績|評価", std::nullopt},  // a table row, not a heading
      {"令和元年度実績", std::nullopt},
  };
  for (const auto& [row, name] : cases) EXPECT_EQ(ReadSectionMark(Row(row)), name) << row;
}

TEST(LabelPrefix, SplitsValueLabelsOffTheirValue) {
  const std::vector<std::tuple<std::string, std::string_view, std::string>> cases = {
      {"計画 686", kTarget, "686"},
      {"実績 7", kActual, "7"},
      {"計画", kTarget, ""},
      {"令和元年度 実績", "", ""},
      {"686", "", ""},
  };
  for (const auto& [cell, kind, rest] : cases) {
    const LabelledCell labelled = SplitLabelPrefix(Row(cell), 0);
    EXPECT_EQ(labelled.kind, kind) << cell;
    EXPECT_EQ(labelled.rest, rest) << cell;
  }
}

TEST(DashCell, RecognisesDashesOnly) {
  for (const char* dash : {"—", "--", "---", "-- -- --", "ー"}) EXPECT_TRUE(IsDashCell(dash)) << dash;
  for (const char* text : {"", "-1", "総務課", "— 総務課"}) EXPECT_FALSE(IsDashCell(text)) << text;
}

TEST(ReportRows, NormalisesCellsAndLabelsOnce) {
  const ReportRow row = Row("所 管|企画課|平成29年度|１２３");
  EXPECT_EQ(row.cells, (std::vector<std::string>{"所 管", "企画課", "平成29年度", "123"}));
  EXPECT_EQ(row.labels[0], kDepartment);
  EXPECT_EQ(row.labels[1], "");
  EXPECT_EQ(row.years[2], 2017);
  EXPECT_EQ(row.YearCount(), 1u);
  EXPECT_FALSE(row.blank);
}

}  // namespace
}  // namespace keikaku::layouts::results_reports
