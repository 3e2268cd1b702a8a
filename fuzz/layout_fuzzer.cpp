// Any text through one layout parser (KEIKAKU_FUZZ_LAYOUT names it), scored and parsed.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "keikaku/parsers/grid.h"
#include "keikaku/parsers/parse.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const keikaku::Grid grid = keikaku::ReadTextGrid(std::string_view(reinterpret_cast<const char*>(data), size));
  for (const keikaku::Layout& layout : keikaku::KnownLayouts()) {
    if (layout.name != KEIKAKU_FUZZ_LAYOUT) continue;
    layout.Score(grid);
    layout.parse(grid);
  }
  return 0;
}
