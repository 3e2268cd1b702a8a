// How a stored file path is shown to people: on one line, valid UTF-8, short where it can be.
#ifndef KEIKAKU_STORE_SHOWN_PATH_H_
#define KEIKAKU_STORE_SHOWN_PATH_H_

#include <string>
#include <string_view>

namespace keikaku::store {

// `stored` (a canonical absolute path, or any path) as printed and exported: relative to the
// current working directory when it lies inside it, then escaped by EscapePath.
std::string ShownPath(std::string_view stored);

// `path` with every byte that is not part of valid UTF-8 written as \xNN, control characters
// as \n, \t, \r or \xNN, and the backslash as \\ — so the result is valid UTF-8 (and so valid
// in JSON once JSON-escaped), holds no newline, and UnescapePath gives back the exact bytes.
std::string EscapePath(std::string_view path);

// The inverse of EscapePath; text without escapes comes back unchanged. A malformed escape is
// kept as written.
std::string UnescapePath(std::string_view shown);

}  // namespace keikaku::store

#endif  // KEIKAKU_STORE_SHOWN_PATH_H_
