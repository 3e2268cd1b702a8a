// Strict UTF-8 validation, the fast path of decoding (most files are valid UTF-8).
#ifndef KEIKAKU_INGEST_UTF8_VALIDATE_H_
#define KEIKAKU_INGEST_UTF8_VALIDATE_H_

#include <cstddef>
#include <string_view>

namespace keikaku::ingest {

// Returns bytes.size() when `bytes` is well-formed UTF-8 (Unicode Table 3-7: no overlongs,
// no surrogates, nothing above U+10FFFF), else the offset of the first ill-formed sequence.
// A sequence cut off by the end of `bytes` is ill-formed.
size_t FirstInvalidUtf8(std::string_view bytes);

}  // namespace keikaku::ingest

#endif  // KEIKAKU_INGEST_UTF8_VALIDATE_H_
