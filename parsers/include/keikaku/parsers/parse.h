// Layout detection and parsing: a grid in, records out.
#ifndef KEIKAKU_PARSERS_PARSE_H_
#define KEIKAKU_PARSERS_PARSE_H_

#include <string>
#include <string_view>
#include <vector>

#include "keikaku/parsers/grid.h"
#include "keikaku/parsers/records.h"

namespace keikaku {

// A layout family keikaku can read. `score` says how well a grid fits (0 = not at all,
// 1 = certainly, never more); `parse` extracts it. Both take any grid and never throw on bad input.
struct Layout {
  std::string_view name;
  std::string_view description;
  double (*score)(const Grid& grid);
  ParsedDocument (*parse)(const Grid& grid);
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
