// 投入指標 tables: complete, shifted by the conversion, missing a row, not adding up.
#include "results_reports/budget_tables.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "keikaku/parsers/grid.h"

namespace keikaku::layouts::results_reports {
namespace {

struct ReadTable {
  std::vector<Budget> budgets;
  std::vector<Diagnostic> diagnostics;
  YearSpan span;
  size_t end = 0;

  std::optional<double> Amount(int fy, const std::string& category) const {
    for (const Budget& budget : budgets) {
      if (budget.fy == fy && budget.category == category) return budget.amount_yen;
    }
    return std::nullopt;
  }
  bool Derived(int fy, const std::string& category) const {
    for (const Budget& budget : budgets) {
      if (budget.fy == fy && budget.category == category) return budget.derived;
    }
    return false;
  }
  bool Reported(const std::string& kind) const {
    for (const Diagnostic& diagnostic : diagnostics) {
      if (diagnostic.kind == kind) return true;
    }
    return false;
  }
};

// Reads the table starting at the first row of `rows` ('|' between cells).
ReadTable Read(const std::vector<std::string>& rows) {
  std::string text;
  for (const std::string& row : rows) {
    for (char c : row) text += c == '|' ? '\t' : c;
    text += '\n';
  }
  const ReportRows report_rows = ReadReportRows(ReadTextGrid(text));
  ReadTable read;
  BudgetTable table = ReadBudgetTable(report_rows, 0, report_rows.size(), read.diagnostics, read.span);
  read.budgets = std::move(table.budgets);
  read.end = table.end;
  return read;
}

TEST(BudgetTable, CompleteTableIsReadAsLabelledInYen) {
  const ReadTable read = Read({
      "投入指標|年度別事業費||平成29年度|平成30年度|令和元年度|",
      "|||416 千円|500 千円|1,471 千円|",
      "|特定財源|国・県支出金|0 千円|0 千円|1,000 千円|",
      "||地方債|0 千円|0 千円|0 千円|",
      "||その他|0 千円|0 千円|0 千円|",
      "一般財源||416 千円|500 千円|471 千円||",
      "活動指標|指標名||単位|平成29年度|平成30年度|令和元年度",
  });
  EXPECT_EQ(read.budgets.size(), 15u);
  EXPECT_EQ(read.end, 6u);  // stops before the indicator table
  EXPECT_EQ(read.Amount(2017, "total"), 416000);
  EXPECT_EQ(read.Amount(2019, "national_prefectural"), 1000000);
  EXPECT_EQ(read.Amount(2019, "general"), 471000);
  EXPECT_TRUE(read.diagnostics.empty());
  EXPECT_EQ(read.span.first, 2017);
  EXPECT_EQ(read.span.last, 2019);
}

TEST(BudgetTable, ShiftedTableIsRealigned) {
  const ReadTable read = Read({
      "投入指標|年度別事業費||平成29年度|平成30年度|令和元年度|",
      "|特定財源|国・県支出金|7,267 千円|7,048 千円|7,164 千円|",
      "||地方債|0 千円|0 千円|0 千円|",
      "||その他|0 千円|0 千円|0 千円|",
      "||一般財源|342 千円|328 千円|330 千円|",
      "一般財源||6,925 千円|6,720 千円|6,834 千円||",
  });
  EXPECT_EQ(read.Amount(2017, "total"), 7267000);
  EXPECT_EQ(read.Amount(2017, "national_prefectural"), 0);
  EXPECT_EQ(read.Amount(2017, "other"), 342000);
  EXPECT_EQ(read.Amount(2017, "general"), 6925000);
  EXPECT_TRUE(read.Reported("realigned_budget"));
  EXPECT_FALSE(read.Reported("sum_mismatch"));
}

TEST(BudgetTable, ShiftedTableWithoutTotalLabelIsRealignedByItsRepeatedLabel) {
  const ReadTable read = Read({
      "投入指標||平成29年度|平成30年度|令和元年度|",
      "|国・県支出金|1,545 千円|4,873 千円|5,754 千円|",
      "|地方債|1,531 千円|0 千円|0 千円|",
      "|その他|0 千円|0 千円|0 千円|",
      "|一般財源|0 千円|0 千円|0 千円|",
      "一般財源|14 千円|4,873 千円|5,754 千円||",
  });
  EXPECT_EQ(read.Amount(2017, "total"), 1545000);
  EXPECT_EQ(read.Amount(2017, "national_prefectural"), 1531000);
  EXPECT_EQ(read.Amount(2017, "general"), 14000);
  EXPECT_TRUE(read.Reported("realigned_budget"));
}

TEST(BudgetTable, LostLastLineIsDerivedFromTheTotal) {
  const ReadTable read = Read({
      "投入指標|年度別事業費||平成29年度|平成30年度|令和元年度",
      "|国・県支出金|24,137 千円|16,974 千円|15,736 千円|",
      "|地方債|20 千円|20 千円|20 千円|",
      "|その他|0 千円|0 千円|0 千円|",
      "|一般財源|1,699 千円|0 千円|0 千円|",
  });
  EXPECT_EQ(read.Amount(2017, "total"), 24137000);
  EXPECT_EQ(read.Amount(2017, "national_prefectural"), 20000);
  EXPECT_EQ(read.Amount(2017, "other"), 1699000);
  EXPECT_EQ(read.Amount(2017, "general"), 22418000);
  EXPECT_TRUE(read.Derived(2017, "general"));
  EXPECT_FALSE(read.Derived(2017, "total"));
  EXPECT_TRUE(read.Reported("derived_budget"));
}

TEST(BudgetTable, MissingMiddleRowIsDerived) {
  const ReadTable read = Read({
      "投入指標||平成29年度|平成30年度|令和元年度|",
      "|年度別事業費|1,119 千円|1,116 千円|1,013 千円|",
      "|特定財源||||",
      "|国・県支出金|0 千円|0 千円|0 千円|",
      "|地方債|0 千円|0 千円|0 千円|",
      "一般財源|1,119 千円|1,116 千円|1,013 千円||",
  });
  EXPECT_EQ(read.Amount(2018, "other"), 0);
  EXPECT_TRUE(read.Derived(2018, "other"));
  EXPECT_EQ(read.Amount(2018, "general"), 1116000);
  EXPECT_FALSE(read.Reported("realigned_budget"));
}

TEST(BudgetTable, SumThatDoesNotHoldIsReported) {
  const ReadTable read = Read({
      "投入指標||平成29年度|平成30年度|令和元年度|",
      "|年度別事業費|100 千円|100 千円|100 千円|",
      "|国・県支出金|0 千円|0 千円|0 千円|",
      "|地方債|0 千円|0 千円|0 千円|",
      "|その他|0 千円|0 千円|0 千円|",
      "一般財源|90 千円|100 千円|100 千円||",
  });
  EXPECT_TRUE(read.Reported("sum_mismatch"));
  EXPECT_EQ(read.Amount(2017, "general"), 90000);
}

TEST(BudgetTable, HeaderSplitOverTwoLinesKeepsAllYears) {
  const ReadTable read = [] {
    std::string text = "||平成29年度|平成30年度|税務課|\n投入指標||||令和元年度|\n"
                       "||年度別事業費|134,311 千円|127,090 千円|128,866 千円\n";
    for (char& c : text) c = c == '|' ? '\t' : c;
    const ReportRows rows = ReadReportRows(ReadTextGrid(text));
    ReadTable result;
    result.budgets = ReadBudgetTable(rows, 1, rows.size(), result.diagnostics, result.span).budgets;
    return result;
  }();
  EXPECT_EQ(read.Amount(2017, "total"), 134311000);
  EXPECT_EQ(read.Amount(2019, "total"), 128866000);
}

TEST(BudgetTable, OtherMoneyUnitsAndSignsAreConverted) {
  const ReadTable read = Read({
      "投入指標||令和元年度|令和2年度",
      "|年度別事業費|1.5 百万円|2,000 円",
      "|国・県支出金|0|0",
      "|地方債|0|0",
      "|その他|▲500 千円|0",
      "一般財源|2,000 千円|2 千円",
  });
  EXPECT_EQ(read.Amount(2019, "total"), 1500000);
  EXPECT_EQ(read.Amount(2019, "other"), -500000);
  EXPECT_EQ(read.Amount(2020, "total"), 2000);
  EXPECT_FALSE(read.Reported("sum_mismatch"));
}

}  // namespace
}  // namespace keikaku::layouts::results_reports
