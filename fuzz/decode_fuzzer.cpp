// Any bytes through the decoder and format sniffing.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "keikaku/ingest/decode.h"
#include "keikaku/ingest/formats.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const keikaku::ingest::DecodeResult decoded = keikaku::ingest::Decode(bytes);
  if (decoded.ok) keikaku::ingest::SniffFormat(bytes, decoded.decoded.utf8);
  return 0;
}
