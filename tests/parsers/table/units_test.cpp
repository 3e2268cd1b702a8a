// SettleUnits: an indicator's unit from what is printed for it, its values, or its name.
#include "table/units.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

namespace keikaku::layouts {
namespace {

struct UnitRow {
  std::string name;
  std::string indicator_name;
  std::optional<std::string> printed_unit;  // the unit printed for the indicator
  std::vector<std::string> value_units;     // one observation each, in printed order
  UnitRules rules;
  std::optional<std::string> unit;          // the settled unit
  std::vector<std::string> kept_units;      // each observation's unit afterwards
  std::string diagnostics;                  // kinds, space-separated
};

Observation WithUnit(std::string unit) {
  Observation observation;
  observation.unit = std::move(unit);
  return observation;
}

Observation WithText(std::string text) {
  Observation observation;
  observation.text = std::move(text);
  return observation;
}

class UnitTable : public ::testing::TestWithParam<UnitRow> {};

TEST_P(UnitTable, SettlesUnit) {
  const UnitRow& row = GetParam();
  Indicator indicator;
  indicator.name = row.indicator_name;
  indicator.unit = row.printed_unit;
  for (const std::string& unit : row.value_units) indicator.targets.push_back(WithUnit(unit));
  std::vector<Diagnostic> diagnostics;
  SettleUnits(indicator, ObservationsOf(indicator), row.rules, 7, diagnostics);
  EXPECT_EQ(indicator.unit, row.unit);
  std::vector<std::string> kept;
  for (const Observation& target : indicator.targets) kept.push_back(target.unit);
  EXPECT_EQ(kept, row.kept_units);
  std::string kinds;
  for (const Diagnostic& diagnostic : diagnostics) kinds += (kinds.empty() ? "" : " ") + diagnostic.kind;
  EXPECT_EQ(kinds, row.diagnostics);
}

INSTANTIATE_TEST_SUITE_P(
    Rows, UnitTable,
    ::testing::Values(
        UnitRow{"PrintedUnitStays", "受診率", "%", {"%", ""}, {}, "%", {"", ""}, ""},
        UnitRow{"FirstValueUnit", "参加者数", std::nullopt, {"", "人", "人"}, {}, "人", {"", "", ""}, ""},
        UnitRow{"ScaledUnitKept", "事業費", "千円", {"億円"}, {}, "千円", {"億円"}, ""},
        UnitRow{"OtherUnitIsConflict", "受診率", "%", {"人"}, {}, "%", {"人"}, "unit_conflict"},
        UnitRow{"RateDropped", "開催回数", std::nullopt, {"回/年"}, {.drop_rate = true}, "回", {""}, ""},
        UnitRow{"RateKeptByDefault", "開催回数", std::nullopt, {"回/年"}, {}, "回/年", {""}, ""},
        UnitRow{"ScaleInName", "職員の職務満足度(5点満点)", std::nullopt, {""}, {.scale_in_name = true}, "点",
                {""}, "unit_from_name"},
        UnitRow{"NoScaleWithoutRule", "職員の職務満足度(5点満点)", std::nullopt, {""}, {}, std::nullopt, {""}, ""},
        UnitRow{"NoUnitAnywhere", "件数", std::nullopt, {"", ""}, {}, std::nullopt, {"", ""}, ""}),
    [](const ::testing::TestParamInfo<UnitRow>& info) { return info.param.name; });

struct NameUnitRow {
  std::string name;
  std::optional<std::string> in_name;   // UnitInName
  std::optional<std::string> of_scale;  // UnitOfScale
};

class NameUnitTable : public ::testing::TestWithParam<NameUnitRow> {};

TEST_P(NameUnitTable, ReadsUnitFromName) {
  EXPECT_EQ(UnitInName(GetParam().name), GetParam().in_name);
  EXPECT_EQ(UnitOfScale(GetParam().name), GetParam().of_scale);
}

INSTANTIATE_TEST_SUITE_P(Names, NameUnitTable,
                         ::testing::Values(NameUnitRow{"特定健康診査受診率 (%)", "%", std::nullopt},
                                           NameUnitRow{"職員の職務満足度(5点満点)", std::nullopt, "点"},
                                           NameUnitRow{"健康寿命", std::nullopt, std::nullopt},
                                           NameUnitRow{"開館日(時間)の拡充", std::nullopt, std::nullopt}));

TEST(ObservationsOf, BaselineThenTargetsThenActuals) {
  Indicator indicator;
  indicator.actuals.push_back(WithText("a"));
  indicator.targets.push_back(WithText("t"));
  indicator.baseline = WithText("b");
  std::string order;
  for (const Observation* observation : ObservationsOf(indicator)) order += observation->text;
  EXPECT_EQ(order, "bta");
}

}  // namespace
}  // namespace keikaku::layouts
