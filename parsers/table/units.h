// An indicator's unit, settled once its values are read: every family decides it the same
// way, from what is printed for the indicator, its values, and failing those its name.
#ifndef KEIKAKU_PARSERS_TABLE_UNITS_H_
#define KEIKAKU_PARSERS_TABLE_UNITS_H_

#include <optional>
#include <string>
#include <vector>

#include "keikaku/parsers/records.h"

namespace keikaku::layouts {

struct UnitRules {
  bool drop_rate = false;      // "回/年" -> "回": a rate qualifier is not part of the unit
  bool scale_in_name = false;  // without any unit, the name's full scale: "(5点満点)" -> "点"
};

// The baseline, targets and actuals of `indicator`, in that order. Valid until the
// indicator's vectors change.
std::vector<Observation*> ObservationsOf(Indicator& indicator);

// The unit a name prints in its last bracket: "特定健康診査受診率 (%)" -> "%"; nullopt when none.
std::optional<std::string> UnitInName(const std::string& name);

// The unit a full-scale note in `name` implies: "職員の職務満足度(5点満点)" -> "点"; else nullopt.
std::optional<std::string> UnitOfScale(const std::string& name);

// Settles the unit of `indicator` (printed at source line `line`): the unit printed for it
// (a unit column, a header or a name bracket) stays; else the first unit `observations`
// print; else, under `rules`, its name's scale ("unit_from_name"). Observations printed in
// that unit lose it; one printed in another keeps it ("1億円" under 千円) and is reported
// as "unit_conflict" when neither unit is a scale of the other.
void SettleUnits(Indicator& indicator, const std::vector<Observation*>& observations,
                 const UnitRules& rules, int line, std::vector<Diagnostic>& diagnostics);

}  // namespace keikaku::layouts

#endif  // KEIKAKU_PARSERS_TABLE_UNITS_H_
