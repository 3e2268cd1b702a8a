// The table model end to end: a small KPI list through ParseGrid with the generic layout,
// down to each observation's year, value, role and source cell.
#include <gtest/gtest.h>

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "keikaku/parsers/grid.h"
#include "keikaku/parsers/parse.h"

namespace keikaku {

// Readable failures: "fy=2022 value=40.6 text=40.6% unit= at=6,1".
void PrintTo(const Observation& value, std::ostream* out) {
  *out << "fy=" << (value.fy ? std::to_string(*value.fy) : "-") << " value=" << value.comparator
       << (value.value ? std::to_string(*value.value) : "-") << " text=" << value.text
       << " unit=" << value.unit << " at=" << value.at.line << ',' << value.at.cell;
}

namespace {

ParsedDocument ParseAsGeneric(const std::string& text) {
  const Layout* generic = FindLayout("generic");
  EXPECT_NE(generic, nullptr);
  return ParseGrid(ReadTextGrid(text), generic);
}

Observation Seen(std::optional<int> fy, double value, std::string text, SourcePlace at,
                 std::string comparator = "") {
  Observation observation;
  observation.fy = fy;
  observation.value = value;
  observation.comparator = std::move(comparator);
  observation.text = std::move(text);
  observation.at = at;
  return observation;
}

TEST(GenericKpiTable, RoleHeaderGivesEachRowBaselineActualAndTarget) {
  const ParsedDocument parsed = ParseAsGeneric(
      "第3期健康プラン\n"                                              // 1
      "\n"                                                              // 2
      "1 健康づくりの推進\n"                                            // 3
      "\n"                                                              // 4
      "指標（KPI） | Ｒ４（出発点） | 現状値 | Ｒ９（目標値）\n"         // 5
      "特定健診受診率 | 40.6% | 42.0%（R6） | 60%以上\n"                // 6
      "介護職員数 | 445人 | 440人（R6） | 490人\n");                    // 7
  EXPECT_EQ(parsed.layout, "generic");
  ASSERT_EQ(parsed.measures.size(), 1u);
  EXPECT_EQ(parsed.measures[0].ref, "1");
  EXPECT_EQ(parsed.measures[0].title, "健康づくりの推進");
  const std::vector<Indicator>& indicators = parsed.measures[0].indicators;
  ASSERT_EQ(indicators.size(), 2u);

  EXPECT_EQ(indicators[0].name, "特定健診受診率");
  EXPECT_EQ(indicators[0].unit, "%");
  EXPECT_EQ(indicators[0].baseline, Seen(2022, 40.6, "40.6%", {6, 1}));
  EXPECT_EQ(indicators[0].actuals, std::vector<Observation>{Seen(2024, 42.0, "42.0%(R6)", {6, 2})});
  EXPECT_EQ(indicators[0].targets,
            std::vector<Observation>{Seen(2027, 60, "60%以上", {6, 3}, ">=")});

  EXPECT_EQ(indicators[1].name, "介護職員数");
  EXPECT_EQ(indicators[1].unit, "人");
  EXPECT_EQ(indicators[1].baseline, Seen(2022, 445, "445人", {7, 1}));
  EXPECT_EQ(indicators[1].actuals, std::vector<Observation>{Seen(2024, 440, "440人(R6)", {7, 2})});
  EXPECT_EQ(indicators[1].targets, std::vector<Observation>{Seen(2027, 490, "490人", {7, 3})});

  for (const Diagnostic& diagnostic : parsed.diagnostics) {
    EXPECT_NE(diagnostic.kind, "roles_by_position") << diagnostic.line;
  }
}

TEST(GenericKpiTable, NumberedRowWithoutHeaderOpensAPolicyAndReadsRolesByPosition) {
  const ParsedDocument parsed = ParseAsGeneric(
      "1 | 創業支援の推進 | 新規創業件数 | 146社（R5） | 220社 | 商工会議所調べ | 産業労働部\n");
  ASSERT_EQ(parsed.measures.size(), 1u);
  const Measure& measure = parsed.measures[0];
  EXPECT_EQ(measure.ref, "1");
  EXPECT_EQ(measure.kind, "policy");
  EXPECT_EQ(measure.title, "創業支援の推進");
  ASSERT_EQ(measure.indicators.size(), 1u);
  const Indicator& indicator = measure.indicators[0];
  EXPECT_EQ(indicator.name, "新規創業件数");
  EXPECT_EQ(indicator.unit, "社");
  EXPECT_EQ(indicator.baseline, Seen(2023, 146, "146社(R5)", {1, 3}));
  EXPECT_EQ(indicator.targets, std::vector<Observation>{Seen(std::nullopt, 220, "220社", {1, 4})});
  EXPECT_TRUE(indicator.actuals.empty());
  ASSERT_EQ(parsed.diagnostics.size(), 1u);
  EXPECT_EQ(parsed.diagnostics[0].kind, "roles_by_position");
  EXPECT_EQ(parsed.diagnostics[0].line, 1);
}

TEST(GenericKpiTable, OneCellPerLineRecordsBecomeIndicators) {
  const ParsedDocument parsed = ParseAsGeneric(
      "令和3年度 行財政改革の取組状況\n"                              // 1: bare years are Reiwa
      "1 行財政改革の推進\n"                                         // 2
      "項目 |\n目標値 |\n2年度実績 |\n累計 (H28~R2年度) |\n進捗率 |\n"  // 3-7
      "削減効果額(108項目) |\n3,297百万円 |\n1,092百万円 |\n4,533百万円 |\n137.5% |");  // 8-12
  ASSERT_EQ(parsed.measures.size(), 1u);
  ASSERT_EQ(parsed.measures[0].indicators.size(), 1u);
  const Indicator& indicator = parsed.measures[0].indicators[0];
  EXPECT_EQ(indicator.name, "削減効果額(108項目)");
  EXPECT_EQ(indicator.unit, "百万円");
  EXPECT_EQ(indicator.targets, std::vector<Observation>{Seen(std::nullopt, 3297, "3,297百万円", {9, 1})});
  EXPECT_EQ(indicator.actuals, (std::vector<Observation>{Seen(2020, 1092, "1,092百万円", {10, 2}),
                                                         Seen(std::nullopt, 4533, "4,533百万円", {11, 3})}));
}

}  // namespace
}  // namespace keikaku
