// Bytes to UTF-8: BOMs, strict UTF-8, and ICU charset detection for CP932, EUC-JP, UTF-16.
#ifndef KEIKAKU_INGEST_DECODE_H_
#define KEIKAKU_INGEST_DECODE_H_

#include <string>
#include <string_view>
#include <vector>

namespace keikaku::ingest {

// A place where bytes could not be decoded and became U+FFFD.
struct DamagedPlace {
  int line = 0;            // 1-based line of the decoded text
  size_t byte_offset = 0;  // offset in the raw bytes
};

struct Decoded {
  std::string utf8;                    // LF line ends kept as printed (CRLF stays CRLF); no BOM
  std::string encoding;                // "UTF-8", "UTF-8 (BOM)", "Shift_JIS (CP932)", "EUC-JP", "UTF-16LE", "UTF-16BE"
  double confidence = 1.0;             // 0..1; 1 for a BOM or valid UTF-8
  std::vector<DamagedPlace> damaged;   // empty when every byte decoded
};

struct DecodeResult {
  bool ok = false;
  Decoded decoded;                     // when ok
  std::string error;                   // when !ok: the reason, one line ("not text: NUL bytes at offset 12")
  size_t error_offset = 0;
};

// Decodes `bytes`. Rule: a BOM decides; else valid UTF-8 is UTF-8; else the best of
// CP932, EUC-JP and UTF-16 by ICU detection and a clean round; a file that decodes with a
// few damaged bytes (at most 8 and at most 1 per 1,000 characters) is accepted with
// U+FFFD and `damaged` listing each place; anything worse, and binary data, is rejected.
DecodeResult Decode(std::string_view bytes);

}  // namespace keikaku::ingest

#endif  // KEIKAKU_INGEST_DECODE_H_
