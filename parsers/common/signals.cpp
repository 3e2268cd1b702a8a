// The score a layout's detection signals give (keikaku/parsers/parse.h).
#include <algorithm>

#include "keikaku/parsers/parse.h"

namespace keikaku {

double ScoreOf(const std::vector<Signal>& signals) {
  double score = 0;
  bool has_anchor = false, anchored = false;
  for (const Signal& signal : signals) {
    if (signal.spec->gate == SignalGate::kRequired && signal.strength <= 0) return 0;
    if (signal.spec->gate == SignalGate::kAnchor) {
      has_anchor = true;
      anchored |= signal.strength > 0;
    }
    score += signal.spec->weight * signal.strength;
  }
  if (has_anchor && !anchored) score *= 0.5;
  return std::min(score, 1.0);
}

}  // namespace keikaku
