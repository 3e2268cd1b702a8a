// One ICU conversion of raw bytes to UTF-8 that counts and places every undecodable spot.
#ifndef KEIKAKU_INGEST_ICU_CONVERT_H_
#define KEIKAKU_INGEST_ICU_CONVERT_H_

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "keikaku/ingest/decode.h"

namespace keikaku::ingest {

struct Conversion {
  bool opened = false;                 // false when ICU has no such converter
  std::string utf8;                    // every undecodable sequence became U+FFFD
  size_t errors = 0;                   // undecodable sequences (illegal, unassigned, truncated)
  bool abandoned = false;              // stopped after more than `max_errors`: text incomplete
  std::vector<DamagedPlace> places;    // the first kMaxRecordedPlaces of them
  size_t characters = 0;               // code points written
  long plausibility = 0;               // Japanese-text score, for choosing between clean decodings
                                       // (only when asked for)
};

inline constexpr size_t kMaxRecordedPlaces = 64;
inline constexpr size_t kNoErrorLimit = static_cast<size_t>(-1);

// Converts `bytes` with the ICU converter `icu_name`; `offset_base` is added to each place's
// byte offset (for a stripped BOM); `score_plausibility` fills Conversion::plausibility;
// the conversion is abandoned after more than `max_errors` undecodable sequences (a candidate
// that has already lost need not be finished). Never fails on bad input: it is counted instead.
Conversion ConvertToUtf8(std::string_view bytes, const char* icu_name, size_t offset_base = 0,
                         bool score_plausibility = false, size_t max_errors = kNoErrorLimit);

// ICU charset detection (ucsdet) over the first 64 KiB: charset name ("Shift_JIS", "EUC-JP",
// "UTF-16LE", ...) → confidence 0..1, for every charset it considers possible.
std::map<std::string, double> DetectorConfidences(std::string_view bytes);

}  // namespace keikaku::ingest

#endif  // KEIKAKU_INGEST_ICU_CONVERT_H_
