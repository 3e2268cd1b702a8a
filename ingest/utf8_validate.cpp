#include "utf8_validate.h"

#include <cstdint>
#include <cstring>

namespace keikaku::ingest {
namespace {

// True when the 8 bytes at `p` are all ASCII: the common case, checked a word at a time.
bool EightAscii(const unsigned char* p) {
  uint64_t word;
  std::memcpy(&word, p, sizeof word);
  return (word & 0x8080808080808080ULL) == 0;
}

// Length of the well-formed sequence starting at p[0] (a non-ASCII lead byte), or 0.
size_t SequenceLength(const unsigned char* p, size_t available) {
  const unsigned char lead = p[0];
  auto trail = [&](size_t i, unsigned char low, unsigned char high) {
    return i < available && p[i] >= low && p[i] <= high;
  };
  if (lead >= 0xC2 && lead <= 0xDF) return trail(1, 0x80, 0xBF) ? 2 : 0;
  if (lead >= 0xE0 && lead <= 0xEF) {
    const unsigned char low = lead == 0xE0 ? 0xA0 : 0x80;   // no overlongs
    const unsigned char high = lead == 0xED ? 0x9F : 0xBF;  // no surrogates
    return trail(1, low, high) && trail(2, 0x80, 0xBF) ? 3 : 0;
  }
  if (lead >= 0xF0 && lead <= 0xF4) {
    const unsigned char low = lead == 0xF0 ? 0x90 : 0x80;
    const unsigned char high = lead == 0xF4 ? 0x8F : 0xBF;  // nothing above U+10FFFF
    return trail(1, low, high) && trail(2, 0x80, 0xBF) && trail(3, 0x80, 0xBF) ? 4 : 0;
  }
  return 0;
}

}  // namespace

size_t FirstInvalidUtf8(std::string_view bytes) {
  const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
  const size_t size = bytes.size();
  size_t i = 0;
  while (i < size) {
    if (i + 8 <= size && EightAscii(data + i)) {
      i += 8;
      continue;
    }
    const unsigned char lead = data[i];
    if (lead < 0x80) {
      ++i;
      continue;
    }
    // Japanese text is mostly three-byte sequences E1..EC/EE..EF with plain trails: check those inline.
    if (lead >= 0xE1 && lead <= 0xEF && lead != 0xED && i + 2 < size && (data[i + 1] & 0xC0) == 0x80 &&
        (data[i + 2] & 0xC0) == 0x80) {
      i += 3;
      continue;
    }
    const size_t length = SequenceLength(data + i, size - i);
    if (length == 0) return i;
    i += length;
  }
  return size;
}

}  // namespace keikaku::ingest
