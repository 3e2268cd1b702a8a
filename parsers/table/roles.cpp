#include "table/roles.h"

namespace keikaku::layouts {

std::optional<ValueRole> RoleOfLabelKind(std::string_view kind) {
  if (kind == "baseline") return ValueRole::kBaseline;
  if (kind == "target") return ValueRole::kTarget;
  if (kind == "actual") return ValueRole::kActual;
  return std::nullopt;
}

}  // namespace keikaku::layouts
