#include "icu_convert.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <memory>

namespace keikaku::ingest {
namespace {

constexpr size_t kChunkUnits = 1 << 16;
constexpr size_t kDetectorSampleBytes = 1 << 16;

// What the to-Unicode callback needs to place a damaged spot.
struct CallbackState {
  const char* source_base = nullptr;
  size_t offset_base = 0;
  const UChar* chunk_base = nullptr;
  int lines_before_chunk = 0;
  size_t max_errors = kNoErrorLimit;
  Conversion* conversion = nullptr;
};

// Replaces each undecodable sequence with U+FFFD and records where it was. Only the first
// kMaxRecordedPlaces are placed (counting lines costs a scan of the chunk); the rest are counted.
void OnUndecodable(const void* context, UConverterToUnicodeArgs* args, const char* /*code_units*/,
                   int32_t length, UConverterCallbackReason reason, UErrorCode* error) {
  if (reason > UCNV_IRREGULAR) return;  // reset, close, clone: nothing to do
  auto* state = static_cast<CallbackState*>(const_cast<void*>(context));
  Conversion& conversion = *state->conversion;
  if (conversion.places.size() < kMaxRecordedPlaces) {
    const size_t consumed = static_cast<size_t>(args->source - state->source_base);
    const int line = state->lines_before_chunk + 1 +
                     static_cast<int>(std::count(state->chunk_base, static_cast<const UChar*>(args->target),
                                                 UChar{'\n'}));
    conversion.places.push_back(
        {line, state->offset_base + consumed - std::min<size_t>(consumed, static_cast<size_t>(length))});
  }
  if (++conversion.errors > state->max_errors) {
    conversion.abandoned = true;
    *error = U_INVALID_CHAR_FOUND;  // stops the conversion
    return;
  }
  *error = U_ZERO_ERROR;
  static const UChar kReplacement = 0xFFFD;
  ucnv_cbToUWriteUChars(args, &kReplacement, 1, 0, error);
}

// Scores how much decoded text looks like Japanese: kana and kanji up; halfwidth katakana,
// private-use and C1 controls (what a wrong guess between CP932 and EUC-JP produces) down.
long Plausibility(UChar32 c) {
  if ((c >= 0x3041 && c <= 0x30FF) || (c >= 0x4E00 && c <= 0x9FFF)) return 1;
  if (c >= 0xFF61 && c <= 0xFF9F) return -2;
  if ((c >= 0xE000 && c <= 0xF8FF) || (c >= 0x80 && c <= 0x9F)) return -4;
  return 0;
}

void ScorePlausibility(const UChar* units, size_t count, Conversion& out) {
  for (size_t i = 0; i < count;) {
    UChar32 c;
    U16_NEXT(units, i, count, c);
    out.plausibility += Plausibility(c);
  }
}

// Appends UTF-16 `units` (well-formed: the converter writes U+FFFD for what it cannot decode)
// as UTF-8.
void AppendUtf8(const UChar* units, size_t count, Conversion& out) {
  if (count == 0) return;
  const size_t old_size = out.utf8.size();
  out.utf8.resize(old_size + count * 3);
  int32_t written = 0;
  UErrorCode status = U_ZERO_ERROR;
  u_strToUTF8WithSub(out.utf8.data() + old_size, static_cast<int32_t>(count * 3), &written, units,
                     static_cast<int32_t>(count), 0xFFFD, nullptr, &status);
  out.utf8.resize(old_size + (U_SUCCESS(status) ? static_cast<size_t>(written) : 0));
  out.characters += static_cast<size_t>(u_countChar32(units, static_cast<int32_t>(count)));
}

struct ConverterCloser {
  void operator()(UConverter* converter) const { ucnv_close(converter); }
};

}  // namespace

Conversion ConvertToUtf8(std::string_view bytes, const char* icu_name, size_t offset_base,
                         bool score_plausibility, size_t max_errors) {
  Conversion conversion;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> converter(ucnv_open(icu_name, &status));
  if (U_FAILURE(status)) return conversion;
  conversion.opened = true;
  conversion.utf8.reserve(bytes.size() + bytes.size() / 2);
  CallbackState state{bytes.data(), offset_base, nullptr, 0, max_errors, &conversion};
  ucnv_setToUCallBack(converter.get(), OnUndecodable, &state, nullptr, nullptr, &status);
  std::vector<UChar> buffer(kChunkUnits + 1);
  const char* source = bytes.data();
  const char* const source_limit = bytes.data() + bytes.size();
  size_t carried = 0;  // a lead surrogate cut off at the end of the last chunk, now at buffer[0]
  for (;;) {
    UChar* target = buffer.data() + carried;
    state.chunk_base = buffer.data();
    status = U_ZERO_ERROR;
    ucnv_toUnicode(converter.get(), &target, buffer.data() + buffer.size(), &source, source_limit,
                   nullptr, true, &status);
    size_t produced = static_cast<size_t>(target - buffer.data());
    const bool more = status == U_BUFFER_OVERFLOW_ERROR;
    carried = more && produced > 0 && U16_IS_LEAD(buffer[produced - 1]) ? 1 : 0;
    produced -= carried;
    AppendUtf8(buffer.data(), produced, conversion);
    if (score_plausibility) ScorePlausibility(buffer.data(), produced, conversion);
    state.lines_before_chunk += static_cast<int>(std::count(buffer.data(), buffer.data() + produced, UChar{'\n'}));
    if (carried) buffer[0] = buffer[produced];
    if (!more) break;
  }
  return conversion;
}

std::map<std::string, double> DetectorConfidences(std::string_view bytes) {
  std::map<std::string, double> confidences;
  UErrorCode status = U_ZERO_ERROR;
  UCharsetDetector* detector = ucsdet_open(&status);
  if (U_FAILURE(status)) return confidences;
  const auto sample = static_cast<int32_t>(std::min(bytes.size(), kDetectorSampleBytes));
  ucsdet_setText(detector, bytes.data(), sample, &status);
  int32_t count = 0;
  const UCharsetMatch** matches = ucsdet_detectAll(detector, &count, &status);
  for (int32_t i = 0; U_SUCCESS(status) && i < count; ++i) {
    const char* name = ucsdet_getName(matches[i], &status);
    const int32_t confidence = ucsdet_getConfidence(matches[i], &status);
    if (U_SUCCESS(status) && name != nullptr) confidences.emplace(name, confidence / 100.0);
  }
  ucsdet_close(detector);
  return confidences;
}

}  // namespace keikaku::ingest
