// Any bytes through text normalisation and heading splitting.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "keikaku/normalize/text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  keikaku::normalize::NormalizeText(text);
  keikaku::normalize::SplitHeading(text);
  return 0;
}
