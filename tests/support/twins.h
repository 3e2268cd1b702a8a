// Test support: twins of a document that keikaku must read exactly like the original.
#ifndef KEIKAKU_TESTS_SUPPORT_TWINS_H_
#define KEIKAKU_TESTS_SUPPORT_TWINS_H_

#include <string>

namespace keikaku::testing {

// Every ASCII digit as its full-width form (U+FF10..U+FF19).
std::string FullWidthDigits(const std::string& text);

// Every LF as CRLF.
std::string CrlfLines(const std::string& text);

// The bytes of corpus document `name` (corpus/<name>).
std::string CorpusText(const std::string& name);

}  // namespace keikaku::testing

#endif  // KEIKAKU_TESTS_SUPPORT_TWINS_H_
