// NormalizeText and the white-space helpers. NFKC goes through ICU's Normalizer2 on UTF-8
// directly (no UTF-16 round trip); pure ASCII skips ICU, because ASCII is NFKC-stable.
#include "keikaku/normalize/text.h"
#include "keikaku/normalize/timing.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>

#include <array>
#include <cstdint>
#include <cstring>

#include "text_internal.h"
#include "utf8.h"

namespace keikaku::normalize {
namespace {

bool IsAsciiPunctuation(unsigned char c) {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
         (c >= '{' && c <= '~');
}

using internal::IsContinuation;
using internal::SequenceLength;

// Non-ASCII White_Space: U+0085 U+00A0 U+1680 U+2000..U+200A U+2028 U+2029 U+202F U+205F U+3000.
bool IsSpaceSequence(const unsigned char* q, size_t length) {
  if (length == 2) return q[0] == 0xC2 && (q[1] == 0x85 || q[1] == 0xA0);
  if (length != 3) return false;
  switch (q[0]) {
    case 0xE1: return q[1] == 0x9A && q[2] == 0x80;
    case 0xE2:
      if (q[1] == 0x80) return q[2] <= 0x8A || q[2] == 0xA8 || q[2] == 0xA9 || q[2] == 0xAF;
      return q[1] == 0x81 && q[2] == 0x9F;
    case 0xE3: return q[1] == 0x80 && q[2] == 0x80;
    default: return false;
  }
}

// Characters of U+2000..U+3FFF known to be NFKC-stable starters that never compose with
// what follows (checked against the Unicode data): dashes, quotes, ※, −, box drawing,
// geometric shapes (■ ▲ △ ○), CJK punctuation and brackets (、。「」【】〜), kana.
bool IsStableSymbolOrKana(char32_t c) {
  return c == 0x2010 || (c >= 0x2012 && c <= 0x2016) || (c >= 0x2018 && c <= 0x2022) ||
         c == 0x203B || c == 0x2212 || (c >= 0x2500 && c <= 0x257F) ||
         (c >= 0x25A0 && c <= 0x25FF) || (c >= 0x3001 && c <= 0x301F) ||
         (c >= 0x3041 && c <= 0x3096) || (c >= 0x30A1 && c <= 0x30FC);
}

enum class ByteClass : unsigned char { kAscii, kAsciiStop, kKanjiLead, kOther };

// ASCII stops are white space, controls, '*' and '\\'; E4..E9 lead kanji U+4000..U+9FFF.
constexpr std::array<ByteClass, 256> kByteClasses = [] {
  std::array<ByteClass, 256> classes{};
  for (int byte = 0; byte < 256; ++byte) {
    ByteClass value = ByteClass::kOther;
    if (byte < 0x80) {
      value = (byte <= 0x20 || byte == '*' || byte == '\\') ? ByteClass::kAsciiStop : ByteClass::kAscii;
    } else if (byte >= 0xE4 && byte <= 0xE9) {
      value = ByteClass::kKanjiLead;
    }
    classes[byte] = value;
  }
  return classes;
}();

char32_t DecodeThreeBytes(const unsigned char* q) {
  return ((q[0] & 0x0F) << 12) | ((q[1] & 0x3F) << 6) | (q[2] & 0x3F);
}

// The length of the white-space character at p[i] (ASCII or Unicode White_Space), 0 when
// p[i] starts anything else.
size_t SpaceLengthAt(const unsigned char* p, size_t i, size_t n) {
  const unsigned char byte = p[i];
  if (byte == ' ' || (byte >= '\t' && byte <= '\r')) return 1;
  if (byte != 0xC2 && (byte < 0xE1 || byte > 0xE3)) return 0;  // leads of U+0085 … U+3000
  const size_t length = SequenceLength(p, i, n);
  return length != 0 && IsSpaceSequence(p + i, length) ? length : 0;
}

// Moves over ordinary characters from `i` and returns where the run stops: at an ASCII
// space or mark, a Unicode space (`length` = its length) or an ill-formed byte (`length`
// = 0). Sets `unstable` on a character outside the known NFKC-stable set.
size_t ScanOrdinaryRun(const unsigned char* p, size_t i, size_t n, size_t& length, bool& unstable) {
  while (i < n) {
    const unsigned char byte = p[i];
    const ByteClass byte_class = kByteClasses[byte];
    if (byte_class == ByteClass::kAscii) {
      ++i;
      continue;
    }
    if (byte_class == ByteClass::kAsciiStop) break;
    const bool three_bytes = i + 2 < n && ((p[i + 1] & p[i + 2] & 0xC0) == 0x80) &&
                             ((p[i + 1] | p[i + 2]) & 0x40) == 0;
    // Kanji U+4000..U+9FFF: never a space, always NFKC-stable.
    if (byte_class == ByteClass::kKanjiLead && three_bytes) {
      i += 3;
      continue;
    }
    // Kana and CJK punctuation (E3 lead): the other common case.
    if (byte == 0xE3 && three_bytes) {
      const char32_t code_point = DecodeThreeBytes(p + i);
      if (code_point != 0x3000) {
        unstable |= !IsStableSymbolOrKana(code_point);
        i += 3;
        continue;
      }
    }
    length = SequenceLength(p, i, n);
    if (length == 0 || (byte <= 0xE3 && IsSpaceSequence(p + i, length))) break;
    const bool stable_two = length == 2 && byte == 0xC3 && (p[i + 1] == 0x97 || p[i + 1] == 0xB7);
    const bool stable_three = length == 3 && byte == 0xE2 && IsStableSymbolOrKana(DecodeThreeBytes(p + i));
    unstable |= !stable_two && !stable_three;  // × ÷ are the stable two-byte ones
    i += length;
  }
  return i;
}

// One pass: collapses white space to single ASCII spaces, trims, replaces ill-formed UTF-8
// with U+FFFD, and — when `drop_markdown` — removes markdown escapes ("\[" -> "[") and the
// '*' footnote and glossary marks that PDF-to-markdown conversion leaves ("ICT\*" -> "ICT").
// Ordinary runs are copied in bulk; only spaces, '*', '\\' and bad bytes stop the scan.
// `needs_nfkc`, when given, is set when a character outside the known NFKC-stable set
// (ASCII, kanji U+4000..U+9FFF, kana, common CJK punctuation and symbols) was seen: text
// made only of those is already NFKC, so ICU can be skipped (the isNormalized fast path).
std::string CleanSpaces(std::string_view text, bool drop_markdown, bool* needs_nfkc = nullptr) {
  std::string out;
  out.reserve(text.size());
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  bool pending_space = false;
  bool unstable = false;
  size_t i = 0;
  while (i < n) {
    const size_t run_start = i;
    size_t length = 0;
    i = ScanOrdinaryRun(p, i, n, length, unstable);
    if (i > run_start) {
      if (pending_space && !out.empty()) out.push_back(' ');
      pending_space = false;
      out.append(text.data() + run_start, i - run_start);
    }
    if (i >= n) break;
    const unsigned char byte = p[i];
    if (byte == ' ' || (byte >= '\t' && byte <= '\r') || (byte >= 0x80 && length != 0)) {
      pending_space = true;  // an ASCII or Unicode space
      i += byte < 0x80 ? 1 : length;
      continue;
    }
    ++i;
    if (drop_markdown && byte == '*') continue;
    if (drop_markdown && byte == '\\' && i < n && IsAsciiPunctuation(p[i])) continue;
    if (pending_space && !out.empty()) out.push_back(' ');
    pending_space = false;
    if (byte >= 0x80) {
      out.append("\xEF\xBF\xBD");  // ill-formed: U+FFFD, skip one byte
      unstable = true;
    } else {
      out.push_back(static_cast<char>(byte));
    }
  }
  if (needs_nfkc != nullptr) *needs_nfkc = unstable;
  return out;
}

}  // namespace

namespace internal {

std::string Nfkc(std::string_view utf8) {
  UErrorCode status = U_ZERO_ERROR;
  // A thread-safe singleton owned by ICU; looking it up once avoids the per-call cost.
  static const icu::Normalizer2* const kNfkc = icu::Normalizer2::getNFKCInstance(status);
  if (kNfkc == nullptr) return std::string(utf8);
  std::string out;
  out.reserve(utf8.size());
  icu::StringByteSink<std::string> sink(&out);
  status = U_ZERO_ERROR;
  kNfkc->normalizeUTF8(0, icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())), sink,
                       nullptr, status);
  if (U_FAILURE(status)) return std::string(utf8);
  return out;
}

bool HasMarkupOrNonAscii(std::string_view text, bool& non_ascii) {
  // Eight bytes at a time: any byte with its high bit set means non-ASCII.
  uint64_t high_bits = 0;
  size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    uint64_t word;
    std::memcpy(&word, text.data() + i, sizeof word);
    high_bits |= word;
  }
  for (; i < text.size(); ++i) high_bits |= static_cast<unsigned char>(text[i]);
  non_ascii = (high_bits & 0x8080808080808080ULL) != 0;
  return std::memchr(text.data(), '<', text.size()) != nullptr ||
         std::memchr(text.data(), '&', text.size()) != nullptr;
}

}  // namespace internal

std::string NormalizeText(std::string_view utf8) {
  const internal::ScopedTiming timing;
  bool non_ascii = false;
  const bool markup = internal::HasMarkupOrNonAscii(utf8, non_ascii);
  std::string_view current = utf8;
  std::string stripped;
  if (markup) {
    // libxml2 needs well-formed input; elsewhere CleanSpaces repairs bad bytes, which ICU
    // passes through unchanged.
    const bool repair = non_ascii && !internal::IsValidUtf8(utf8);
    stripped = repair ? StripHtml(internal::RepairUtf8(utf8)) : StripHtml(utf8);
    current = stripped;
    internal::HasMarkupOrNonAscii(current, non_ascii);
  }
  if (!non_ascii) return CleanSpaces(current, true);
  bool needs_nfkc = false;
  std::string cleaned = CleanSpaces(current, true, &needs_nfkc);
  if (!needs_nfkc) return cleaned;
  // ▲ △ 〜 have no compatibility decomposition, so NFKC keeps them as they are. NFKC can
  // make new spaces ("　"), so the result is cleaned once more; the marks it makes are
  // printed characters, not markdown, so "＊" stays "*" and "＼" stays "\\".
  return CleanSpaces(internal::Nfkc(cleaned), false);
}

std::string CollapseSpaces(std::string_view utf8) {
  const internal::ScopedTiming timing;
  return CleanSpaces(utf8, false);
}

bool IsBlank(std::string_view utf8) {
  const auto* p = reinterpret_cast<const unsigned char*>(utf8.data());
  for (size_t i = 0; i < utf8.size();) {
    const size_t space_length = SpaceLengthAt(p, i, utf8.size());
    if (space_length == 0) return false;
    i += space_length;
  }
  return true;
}

// Copies the text between spaces in runs. A space's bytes begin with an ASCII byte or a
// lead byte, never inside another character (DecodeUtf8 skips one byte of an ill-formed
// sequence), so dropping every well-formed space sequence drops exactly the code points
// IsUnicodeSpace would, ill-formed bytes included.
std::string RemoveSpaces(std::string_view utf8) {
  const internal::ScopedTiming timing;
  std::string out;
  out.reserve(utf8.size());
  const auto* p = reinterpret_cast<const unsigned char*>(utf8.data());
  const size_t n = utf8.size();
  size_t run_start = 0;
  for (size_t i = 0; i < n;) {
    const size_t space_length = SpaceLengthAt(p, i, n);
    if (space_length == 0) {
      ++i;
      continue;
    }
    out.append(utf8.data() + run_start, i - run_start);
    i += space_length;
    run_start = i;
  }
  out.append(utf8.data() + run_start, n - run_start);
  return out;
}

}  // namespace keikaku::normalize
