// Layout detection and parsing: a grid in, records out.
#ifndef KEIKAKU_PARSERS_PARSE_H_
#define KEIKAKU_PARSERS_PARSE_H_

#include <string>
#include <string_view>
#include <vector>

#include "keikaku/parsers/grid.h"
#include "keikaku/parsers/records.h"

namespace keikaku {

// How a signal bears on its layout's score.
enum class SignalGate {
  kNone,
  kRequired,  // without it the layout claims nothing (score 0)
  kAnchor,    // without any anchor signal the others are common to many plans: score halved
};

// One thing a layout family looks for in a grid, and its weight in the family's score. Each
// family keeps its signals as a table of these (its detection.cpp), so that what a family
// looks for is data that `keikaku layouts --explain` can print.
struct SignalSpec {
  std::string_view name;  // what is looked for: "numbered 取組項目 rows"
  double weight = 0;
  SignalGate gate = SignalGate::kNone;
};

// A signal measured on one grid: `strength` runs from 0 (absent) to 1 (fully there).
struct Signal {
  const SignalSpec* spec = nullptr;
  double strength = 0;
};

// The score signals give: the sum of weight × strength, at most 1; 0 when a required signal
// is absent; halved when the family has anchor signals and none is present.
double ScoreOf(const std::vector<Signal>& signals);

// A layout family keikaku can read. `detect` measures the family's signals on a grid (never
// throws on bad input); `parse` extracts it, never throwing either.
struct Layout {
  std::string_view name;
  std::string_view description;
  std::vector<Signal> (*detect)(const Grid& grid);
  ParsedDocument (*parse)(const Grid& grid);

  // How well `grid` fits: 0 (not at all) .. 1 (certainly).
  double Score(const Grid& grid) const { return ScoreOf(detect(grid)); }
};

// Every known layout, the generic reader last.
const std::vector<Layout>& KnownLayouts();

// The layout called `name`, or nullptr when keikaku knows none by that name.
const Layout* FindLayout(std::string_view name);

// Scores `grid` against every layout and parses it with the best; a grid no specific layout
// claims (score below 0.3) goes to the generic reader. `forced` (a layout from KnownLayouts)
// skips the detection: that layout parses the grid whatever its score. Fills in the
// municipality when the layout left it empty. The result names the layout and its score.
ParsedDocument ParseGrid(const Grid& grid, const Layout* forced = nullptr);

}  // namespace keikaku

#endif  // KEIKAKU_PARSERS_PARSE_H_
