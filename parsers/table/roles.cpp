#include "table/roles.h"

#include <utility>

namespace keikaku::layouts {

std::optional<ValueRole> RoleOfLabelKind(std::string_view kind) {
  if (kind == "baseline") return ValueRole::kBaseline;
  if (kind == "target") return ValueRole::kTarget;
  if (kind == "actual") return ValueRole::kActual;
  return std::nullopt;
}

void AddObservation(Indicator& indicator, ValueRole role, Observation value) {
  if (role == ValueRole::kBaseline && !indicator.baseline) {
    indicator.baseline = std::move(value);
  } else if (role == ValueRole::kTarget) {
    indicator.targets.push_back(std::move(value));
  } else {
    indicator.actuals.push_back(std::move(value));
  }
}

}  // namespace keikaku::layouts
