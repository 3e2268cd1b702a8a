// Any bytes through the number parser.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "keikaku/normalize/number.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  keikaku::normalize::ParseNumber(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
