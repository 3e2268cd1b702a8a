// Small UTF-8 helpers shared by the normaliser's scanners. Internal to normalize/.
#ifndef KEIKAKU_NORMALIZE_UTF8_H_
#define KEIKAKU_NORMALIZE_UTF8_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace keikaku::normalize::internal {

inline constexpr char32_t kReplacementChar = 0xFFFD;

// Decodes the code point at `text[pos]` and advances `pos` past it. An ill-formed
// sequence (truncated, overlong, surrogate, > U+10FFFF) yields U+FFFD and skips one byte.
// REQUIRES: pos < text.size().
char32_t DecodeUtf8(std::string_view text, size_t& pos);

// Appends `code_point` to `out` as UTF-8.
void AppendUtf8(std::string& out, char32_t code_point);

// True when `text` is well-formed UTF-8.
bool IsValidUtf8(std::string_view text);

// `text` with every ill-formed sequence replaced by U+FFFD.
std::string RepairUtf8(std::string_view text);

// Unicode White_Space (including U+3000 and U+00A0).
bool IsUnicodeSpace(char32_t c);

// Full-width ASCII (U+FF01..U+FF5E) and U+3000 folded to ASCII; other code points unchanged.
inline char32_t FoldWidth(char32_t c) {
  if (c >= 0xFF01 && c <= 0xFF5E) return c - 0xFEE0;
  if (c == 0x3000) return U' ';
  return c;
}

inline bool IsContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Length of the well-formed UTF-8 sequence at `p[i]` (lead byte >= 0x80); 0 when ill-formed.
inline size_t SequenceLength(const unsigned char* p, size_t i, size_t n) {
  const unsigned char lead = p[i];
  if (lead >= 0xC2 && lead <= 0xDF) return i + 1 < n && IsContinuation(p[i + 1]) ? 2 : 0;
  if (lead >= 0xE0 && lead <= 0xEF) {
    if (i + 2 >= n || !IsContinuation(p[i + 2])) return 0;
    const unsigned char second = p[i + 1];
    if (lead == 0xE0) return second >= 0xA0 && second <= 0xBF ? 3 : 0;
    if (lead == 0xED) return second >= 0x80 && second <= 0x9F ? 3 : 0;
    return IsContinuation(second) ? 3 : 0;
  }
  if (lead >= 0xF0 && lead <= 0xF4) {
    if (i + 3 >= n || !IsContinuation(p[i + 2]) || !IsContinuation(p[i + 3])) return 0;
    const unsigned char second = p[i + 1];
    if (lead == 0xF0) return second >= 0x90 && second <= 0xBF ? 4 : 0;
    if (lead == 0xF4) return second >= 0x80 && second <= 0x8F ? 4 : 0;
    return IsContinuation(second) ? 4 : 0;
  }
  return 0;
}

inline bool IsAsciiDigit(char32_t c) { return c >= U'0' && c <= U'9'; }

}  // namespace keikaku::normalize::internal

#endif  // KEIKAKU_NORMALIZE_UTF8_H_
