#include "action_blocks/normalize_cache.h"

#include "common/cells.h"

namespace keikaku::layouts::action_blocks {

std::optional<int> NormalizeCache::FiscalYear(const std::string& text) {
  const auto found = fiscal_years_.find(text);
  if (found != fiscal_years_.end()) return found->second;
  return fiscal_years_.emplace(text, years_.Resolve(text)).first->second;
}

Observation NormalizeCache::MakeObservation(const std::string& cell, std::optional<int> fy, SourcePlace at,
                                            const std::string& unit) {
  const std::string key = cell + '\x1f' + unit;
  auto found = observations_.find(key);
  if (found == observations_.end()) {
    found =
        observations_.emplace(key, layouts::MakeObservation(cell, std::nullopt, {}, unit, years_.era)).first;
  }
  Observation observation = found->second;
  if (!observation.fy) observation.fy = fy;
  observation.at = at;
  return observation;
}

}  // namespace keikaku::layouts::action_blocks
