// Any bytes through the date parsers, with and without a default era.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "keikaku/normalize/date.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using keikaku::normalize::Era;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  for (Era era : {Era::kNone, Era::kHeisei, Era::kReiwa}) {
    keikaku::normalize::ParseDate(text, era);
    keikaku::normalize::FindDate(text, era);
    keikaku::normalize::FiscalYearOf(text, era);
  }
  return 0;
}
