// Helpers shared by text.cpp, html.cpp, heading.cpp and the number and date scanners.
#ifndef KEIKAKU_NORMALIZE_TEXT_INTERNAL_H_
#define KEIKAKU_NORMALIZE_TEXT_INTERNAL_H_

#include <string>
#include <string_view>

namespace keikaku::normalize::internal {

// Plain ICU NFKC of well-formed UTF-8 (returns the input unchanged if ICU fails).
std::string Nfkc(std::string_view utf8);

// True when `text` holds '<' or '&'; sets `non_ascii` when any byte is >= 0x80.
bool HasMarkupOrNonAscii(std::string_view text, bool& non_ascii);

}  // namespace keikaku::normalize::internal

#endif  // KEIKAKU_NORMALIZE_TEXT_INTERNAL_H_
