// The roles a value can play for an indicator, and the lexicon words that give them.
#ifndef KEIKAKU_PARSERS_TABLE_ROLES_H_
#define KEIKAKU_PARSERS_TABLE_ROLES_H_

#include <optional>
#include <string_view>

#include "keikaku/parsers/records.h"

namespace keikaku::layouts {

enum class ValueRole { kBaseline, kTarget, kActual };

// The role a lexicon kind names ("baseline", "target", "actual"); nullopt for other kinds.
std::optional<ValueRole> RoleOfLabelKind(std::string_view kind);

// Files `value` under `indicator` by `role`: the first baseline is the baseline, a later one
// (a 現状値 after the 策定時 value) an actual.
void AddObservation(Indicator& indicator, ValueRole role, Observation value);

}  // namespace keikaku::layouts

#endif  // KEIKAKU_PARSERS_TABLE_ROLES_H_
