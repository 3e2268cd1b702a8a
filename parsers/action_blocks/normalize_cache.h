// Memoised normaliser answers for the short texts an action-block plan repeats hundreds of
// times ("100", "—", "実施", "28年度"), so each distinct text is parsed once per document.
#ifndef KEIKAKU_PARSERS_ACTION_BLOCKS_NORMALIZE_CACHE_H_
#define KEIKAKU_PARSERS_ACTION_BLOCKS_NORMALIZE_CACHE_H_

#include <optional>
#include <string>
#include <unordered_map>

#include "action_blocks/plan_fields.h"
#include "keikaku/parsers/records.h"

namespace keikaku::layouts::action_blocks {

// One per document; not thread-safe. REQUIRES: `years` outlives the cache.
class NormalizeCache {
 public:
  explicit NormalizeCache(const YearResolver& years) : years_(years) {}

  const YearResolver& years() const { return years_; }

  // years().Resolve(text), memoised.
  std::optional<int> FiscalYear(const std::string& text);

  // layouts::MakeObservation(cell, fy, at, unit, years().era), memoised on (cell, unit): a
  // cell that names its own year keeps it, any other takes `fy`.
  Observation MakeObservation(const std::string& cell, std::optional<int> fy, SourcePlace at,
                              const std::string& unit);

 private:
  const YearResolver& years_;
  std::unordered_map<std::string, std::optional<int>> fiscal_years_;
  std::unordered_map<std::string, Observation> observations_;  // made with fy nullopt
};

}  // namespace keikaku::layouts::action_blocks

#endif  // KEIKAKU_PARSERS_ACTION_BLOCKS_NORMALIZE_CACHE_H_
