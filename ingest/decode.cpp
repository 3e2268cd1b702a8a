// Decoding, as a list of steps: empty → binary signatures → BOM → NUL bytes (UTF-16 or
// binary) → control bytes → strict UTF-8 → the best of UTF-8, CP932 and EUC-JP → damage rule.
#include "keikaku/ingest/decode.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <map>

#include "icu_convert.h"
#include "utf8_validate.h"

namespace keikaku::ingest {
namespace {

constexpr size_t kSampleBytes = 1 << 16;          // for NUL and control-byte statistics
constexpr size_t kChoiceSampleBytes = 1 << 20;    // candidates are compared on this much
constexpr size_t kMaxDamagedPlaces = 8;
constexpr size_t kCharactersPerDamagedPlace = 1000;

struct Signature {
  std::string_view magic;
  std::string_view what;
};

constexpr std::array<Signature, 6> kBinarySignatures{{
    {"\x89PNG\r\n\x1a\n", "PNG image"},
    {"\xFF\xD8\xFF", "JPEG image"},
    {"GIF87a", "GIF image"},
    {"GIF89a", "GIF image"},
    {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1",
     "OLE2 compound file (legacy .xls/.doc or an encrypted workbook; save it as .xlsx or CSV)"},
    {"\x1F\x8B", "gzip archive"},
}};

DecodeResult Reject(std::string error, size_t offset = 0) {
  DecodeResult result;
  result.error = std::move(error);
  result.error_offset = offset;
  return result;
}

DecodeResult Accept(std::string utf8, std::string encoding, double confidence,
                    std::vector<DamagedPlace> damaged = {}) {
  DecodeResult result;
  result.ok = true;
  result.decoded = {std::move(utf8), std::move(encoding), confidence, std::move(damaged)};
  return result;
}

bool IsZip(std::string_view bytes) {
  return bytes.starts_with(std::string_view("PK\x03\x04", 4)) ||
         bytes.starts_with(std::string_view("PK\x05\x06", 4));
}

// Which UTF-16 byte order the NUL bytes of `bytes` suggest: ASCII characters (newlines, digits,
// tabs) put a NUL in their high byte. "" when NULs fall on both parities alike (binary data).
std::string_view Utf16FromNuls(std::string_view bytes) {
  const size_t sample = std::min(bytes.size(), kSampleBytes);
  size_t even = 0, odd = 0;
  for (size_t i = 0; i < sample; ++i) {
    if (bytes[i] == '\0') ++(i % 2 == 0 ? even : odd);
  }
  if (odd > 0 && odd >= 4 * even) return "UTF-16LE";
  if (even > 0 && even >= 4 * odd) return "UTF-16BE";
  return "";
}

// C0 controls other than TAB, LF, VT, FF, CR, SUB and ESC, and DEL.
constexpr std::array<bool, 256> kControlBytes = [] {
  std::array<bool, 256> control{};
  for (int byte = 0; byte < 0x20; ++byte) control[byte] = true;
  for (const unsigned char byte : {'\t', '\n', '\v', '\f', '\r', '\x1A', '\x1B'}) control[byte] = false;
  control[0x7F] = true;
  return control;
}();

// Many control bytes mean binary data. Counted first, placed only when there are enough:
// text rarely has any.
size_t FirstControlRun(std::string_view bytes) {
  const std::string_view sample = bytes.substr(0, kSampleBytes);
  size_t count = 0;
  for (const char byte : sample) count += kControlBytes[static_cast<unsigned char>(byte)];
  if (count <= 8 || count * 100 <= sample.size()) return std::string_view::npos;
  return static_cast<size_t>(std::find_if(sample.begin(), sample.end(), [](char byte) {
                               return kControlBytes[static_cast<unsigned char>(byte)];
                             }) -
                             sample.begin());
}

// The damage rule: at most 8 places and at most one per 1,000 characters (a shorter file may
// have one), so a truncated download imports while a wrong or mixed encoding does not.
bool DamageIsSmall(const Conversion& conversion) {
  const size_t allowed = std::min(
      kMaxDamagedPlaces, std::max<size_t>(1, conversion.characters / kCharactersPerDamagedPlace));
  return conversion.errors <= allowed;
}

DecodeResult AcceptOrReject(Conversion conversion, std::string encoding, double confidence) {
  if (conversion.errors == 0) return Accept(std::move(conversion.utf8), std::move(encoding), confidence);
  if (conversion.abandoned || !DamageIsSmall(conversion)) {
    const std::string count = conversion.abandoned ? "more than " + std::to_string(kMaxRecordedPlaces)
                                                   : std::to_string(conversion.errors);
    const std::string characters =
        conversion.abandoned ? "" : " in " + std::to_string(conversion.characters) + " characters";
    return Reject("undecodable: " + count + " damaged places" + characters + " as " + encoding +
                      " (first at byte " + std::to_string(conversion.places.front().byte_offset) + ")",
                  conversion.places.front().byte_offset);
  }
  // Each damaged place costs confidence: the text around it may be wrong too.
  const double damaged_share = static_cast<double>(conversion.errors) / kMaxDamagedPlaces;
  return Accept(std::move(conversion.utf8), std::move(encoding), confidence * (1 - 0.5 * damaged_share),
                std::move(conversion.places));
}

DecodeResult DecodeUtf16(std::string_view bytes, std::string_view order, size_t offset_base,
                         double confidence) {
  Conversion conversion =
      ConvertToUtf8(bytes, order == "UTF-16LE" ? "UTF-16LE" : "UTF-16BE", offset_base, false, kMaxRecordedPlaces);
  return AcceptOrReject(std::move(conversion), std::string(order), confidence);
}

// After a UTF-8 BOM, or with no BOM: strict UTF-8 first, else lenient UTF-8 (damaged).
DecodeResult DecodeUtf8(std::string_view bytes, size_t offset_base, std::string encoding) {
  if (FirstInvalidUtf8(bytes) == bytes.size()) return Accept(std::string(bytes), std::move(encoding), 1.0);
  return AcceptOrReject(ConvertToUtf8(bytes, "UTF-8", offset_base, false, kMaxRecordedPlaces), std::move(encoding),
                        1.0);
}

DecodeResult DecodeAfterBom(std::string_view bytes) {
  if (bytes.starts_with(std::string_view("\xFF\xFE\0\0", 4)) ||
      bytes.starts_with(std::string_view("\0\0\xFE\xFF", 4))) {
    return Reject("unsupported encoding: UTF-32 (byte-order mark); save the file as UTF-8");
  }
  if (bytes.starts_with("\xEF\xBB\xBF")) {
    const std::string_view rest = bytes.substr(3);
    if (rest.find('\0') != std::string_view::npos) {
      const std::string_view order = Utf16FromNuls(rest);
      if (!order.empty()) return Reject("wrong BOM: UTF-8 byte-order mark on " + std::string(order) + " text");
      return Reject("not text: NUL byte after a UTF-8 byte-order mark", 3 + rest.find('\0'));
    }
    return DecodeUtf8(rest, 3, "UTF-8 (BOM)");
  }
  const bool little = bytes.starts_with("\xFF\xFE");
  const std::string_view order = little ? "UTF-16LE" : "UTF-16BE";
  const std::string_view rest = bytes.substr(2);
  if (rest.find('\0') == std::string_view::npos && !rest.empty() && FirstInvalidUtf8(rest) == rest.size()) {
    return Reject("wrong BOM: " + std::string(order) + " byte-order mark on UTF-8 text");
  }
  const std::string_view suggested = Utf16FromNuls(rest);
  if (!suggested.empty() && suggested != order) {
    return Reject("wrong BOM: " + std::string(order) + " byte-order mark on " + std::string(suggested) + " text");
  }
  return DecodeUtf16(rest, order, 2, 1.0);
}

bool HasBom(std::string_view bytes) {
  return bytes.starts_with("\xEF\xBB\xBF") || bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF") ||
         bytes.starts_with(std::string_view("\0\0\xFE\xFF", 4));
}

struct Candidate {
  const char* icu_name;
  const char* encoding;          // the name we record
  const char* detector_name;     // ucsdet's name for it
  bool wins_ties;                // UTF-8's byte structure is too specific to occur by chance
};

// The most common first: a candidate stops as soon as it has lost.
constexpr std::array<Candidate, 3> kCandidates{{
    // ibm-943_P15A-2003 is ICU's windows-31j: NEC and IBM extensions, 0x8160 → U+FF5E etc.
    {"ibm-943_P15A-2003", "Shift_JIS (CP932)", "Shift_JIS", false},
    {"EUC-JP", "EUC-JP", "EUC-JP", false},
    {"UTF-8", "UTF-8", "UTF-8", true},
}};

// A prefix of `bytes` ending at a line end, so no candidate sees a character cut in two.
std::string_view ChoiceSample(std::string_view bytes) {
  if (bytes.size() <= kChoiceSampleBytes) return bytes;
  const size_t newline = bytes.rfind('\n', kChoiceSampleBytes);
  return bytes.substr(0, newline == std::string_view::npos ? kChoiceSampleBytes : newline + 1);
}

// Fewest undecodable sequences wins; ties go to the decoding that reads most like Japanese
// (kana and kanji, not halfwidth katakana or private use), then to UTF-8, then to ucsdet's
// confidence.
DecodeResult DecodeByCandidates(std::string_view bytes) {
  const std::string_view sample = ChoiceSample(bytes);
  size_t best = 0;
  Conversion best_conversion;
  double best_confidence = -1;
  const std::map<std::string, double> detected = DetectorConfidences(bytes);
  for (size_t i = 0; i < kCandidates.size(); ++i) {
    const size_t bound = best_confidence < 0 ? kNoErrorLimit : best_conversion.errors;
    Conversion conversion = ConvertToUtf8(sample, kCandidates[i].icu_name, 0, true, bound);
    if (!conversion.opened || conversion.abandoned) continue;
    const auto found = detected.find(kCandidates[i].detector_name);
    const double confidence = found == detected.end() ? 0 : found->second;
    const bool tie = conversion.errors == best_conversion.errors &&
                     conversion.plausibility == best_conversion.plausibility;
    const bool better =
        best_confidence < 0 || conversion.errors < best_conversion.errors ||
        (conversion.errors == best_conversion.errors && conversion.plausibility > best_conversion.plausibility) ||
        (tie && (kCandidates[i].wins_ties || confidence > best_confidence));
    if (better) {
      best = i;
      best_conversion = std::move(conversion);
      best_confidence = confidence;
    }
  }
  if (sample.size() != bytes.size()) {
    best_conversion = ConvertToUtf8(bytes, kCandidates[best].icu_name, 0, false, kMaxRecordedPlaces);
  }
  // ucsdet rarely reports CP932 with NEC/IBM extensions; a clean decoding is evidence too.
  const double confidence = std::max(best_confidence, best_conversion.errors == 0 ? 0.5 : 0.25);
  return AcceptOrReject(std::move(best_conversion), kCandidates[best].encoding, confidence);
}

// ISO-2022-JP is 7-bit (valid UTF-8 as bytes); its escape sequences give it away.
bool LooksLikeIso2022Jp(std::string_view bytes) {
  if (bytes.find('\x1B') == std::string_view::npos) return false;
  return bytes.find("\x1B$B") != std::string_view::npos || bytes.find("\x1B$@") != std::string_view::npos;
}

}  // namespace

DecodeResult Decode(std::string_view bytes) {
  if (bytes.empty()) return Reject("empty file");
  for (const Signature& signature : kBinarySignatures) {
    if (bytes.starts_with(signature.magic)) return Reject("not text: " + std::string(signature.what));
  }
  if (IsZip(bytes)) return Accept("", "ZIP (binary)", 1.0);
  if (bytes.starts_with("%PDF-")) return Accept("", "PDF (binary)", 1.0);
  if (HasBom(bytes)) return DecodeAfterBom(bytes);
  const size_t nul = bytes.find('\0');
  if (nul != std::string_view::npos) {
    const std::string_view order = Utf16FromNuls(bytes);
    if (order.empty()) return Reject("not text: NUL byte at offset " + std::to_string(nul), nul);
    const std::map<std::string, double> detected = DetectorConfidences(bytes);
    const auto found = detected.find(std::string(order));
    return DecodeUtf16(bytes, order, 0, std::max(0.5, found == detected.end() ? 0 : found->second));
  }
  const size_t control = FirstControlRun(bytes);
  if (control != std::string_view::npos) {
    return Reject("not text: control bytes from offset " + std::to_string(control), control);
  }
  if (FirstInvalidUtf8(bytes) == bytes.size()) {
    if (LooksLikeIso2022Jp(bytes)) {
      return AcceptOrReject(ConvertToUtf8(bytes, "ISO-2022-JP", 0, false, kMaxRecordedPlaces), "ISO-2022-JP", 1.0);
    }
    return Accept(std::string(bytes), "UTF-8", 1.0);
  }
  return DecodeByCandidates(bytes);
}

}  // namespace keikaku::ingest
