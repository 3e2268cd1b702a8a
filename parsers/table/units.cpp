#include "table/units.h"

#include <re2/re2.h>

#include <string_view>

#include "table/table_cell.h"

namespace keikaku::layouts {
namespace {

// "回/年" -> "回".
std::string WithoutRate(std::string unit) {
  const size_t slash = unit.find('/');
  if (slash != std::string::npos && slash > 0) unit.resize(slash);
  return unit;
}

// "千円" -> "円", "万人" -> "人": the unit a scaled unit counts in.
std::string_view Unscaled(std::string_view unit) {
  for (const std::string_view scale : {"百万", "千", "万", "億"}) {
    if (unit.size() > scale.size() && unit.starts_with(scale)) return unit.substr(scale.size());
  }
  return unit;
}

}  // namespace

std::vector<Observation*> ObservationsOf(Indicator& indicator) {
  std::vector<Observation*> observations;
  if (indicator.baseline) observations.push_back(&*indicator.baseline);
  for (Observation& target : indicator.targets) observations.push_back(&target);
  for (Observation& actual : indicator.actuals) observations.push_back(&actual);
  return observations;
}

std::optional<std::string> UnitInName(const std::string& name) {
  static const RE2 last_bracket(R"(\(([^()]{1,12})\)\s*$)");
  std::string unit;
  if (RE2::PartialMatch(name, last_bracket, &unit) && IsUnitText(unit)) return unit;
  return std::nullopt;
}

std::optional<std::string> UnitOfScale(const std::string& name) {
  static const RE2 kFullScale(R"([0-9.]+([^0-9.\s()]+?)満点)");
  std::string unit;
  if (RE2::PartialMatch(name, kFullScale, &unit)) return unit;
  return std::nullopt;
}

void SettleUnits(Indicator& indicator, const std::vector<Observation*>& observations,
                 const UnitRules& rules, int line, std::vector<Diagnostic>& diagnostics) {
  for (Observation* observation : observations) {
    if (rules.drop_rate) observation->unit = WithoutRate(observation->unit);
    if (!indicator.unit && !observation->unit.empty()) indicator.unit = observation->unit;
  }
  if (!indicator.unit && rules.scale_in_name) {
    indicator.unit = UnitOfScale(indicator.name);
    if (indicator.unit) {
      diagnostics.push_back({line, "unit_from_name",
                             "unit " + *indicator.unit + " taken from the indicator name " + indicator.name});
    }
  }
  if (!indicator.unit) return;
  for (Observation* observation : observations) {
    if (observation->unit == *indicator.unit) {
      observation->unit.clear();
    } else if (!observation->unit.empty() && Unscaled(observation->unit) != Unscaled(*indicator.unit)) {
      diagnostics.push_back({observation->at.line ? observation->at.line : line, "unit_conflict",
                             indicator.name + ": a value in " + observation->unit + " under unit " +
                                 *indicator.unit});
    }
  }
}

}  // namespace keikaku::layouts
