// Stored paths as people read them: relative to the working directory, escaped losslessly.
#include "keikaku/store/shown_path.h"

#include <unistd.h>

#include <climits>
#include <cstdio>
#include <string>

namespace keikaku::store {
namespace {

// The length of the valid UTF-8 sequence at the start of `s`, or 0 when it is not one
// (overlong forms, surrogates and code points past U+10FFFF are not valid).
size_t Utf8SequenceLength(std::string_view s) {
  const auto byte = [&](size_t i) { return static_cast<unsigned char>(s[i]); };
  const unsigned char lead = byte(0);
  if (lead < 0x80) return 1;
  size_t length = 0;
  unsigned char low = 0x80, high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) length = 2;
  else if (lead >= 0xE0 && lead <= 0xEF) length = 3, low = lead == 0xE0 ? 0xA0 : 0x80, high = lead == 0xED ? 0x9F : 0xBF;
  else if (lead >= 0xF0 && lead <= 0xF4) length = 4, low = lead == 0xF0 ? 0x90 : 0x80, high = lead == 0xF4 ? 0x8F : 0xBF;
  else return 0;
  if (s.size() < length) return 0;
  if (byte(1) < low || byte(1) > high) return 0;
  for (size_t i = 2; i < length; ++i) {
    if (byte(i) < 0x80 || byte(i) > 0xBF) return 0;
  }
  return length;
}

std::string CurrentDirectory() {
  char buffer[PATH_MAX];
  return getcwd(buffer, sizeof buffer) ? std::string(buffer) : std::string();
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::string EscapePath(std::string_view path) {
  std::string out;
  out.reserve(path.size());
  for (size_t i = 0; i < path.size();) {
    const unsigned char c = static_cast<unsigned char>(path[i]);
    const size_t length = Utf8SequenceLength(path.substr(i));
    if (c == '\\') out += "\\\\";
    else if (c == '\n') out += "\\n";
    else if (c == '\t') out += "\\t";
    else if (c == '\r') out += "\\r";
    else if (length == 0 || c < 0x20 || c == 0x7F) {
      char hex[5];
      std::snprintf(hex, sizeof hex, "\\x%02X", c);
      out += hex;
    } else {
      out.append(path.substr(i, length));
      i += length;
      continue;
    }
    ++i;
  }
  return out;
}

std::string UnescapePath(std::string_view shown) {
  std::string out;
  out.reserve(shown.size());
  for (size_t i = 0; i < shown.size(); ++i) {
    if (shown[i] != '\\' || i + 1 >= shown.size()) {
      out += shown[i];
      continue;
    }
    const char next = shown[i + 1];
    if (next == '\\') out += '\\', ++i;
    else if (next == 'n') out += '\n', ++i;
    else if (next == 't') out += '\t', ++i;
    else if (next == 'r') out += '\r', ++i;
    else if (next == 'x' && i + 3 < shown.size() && HexValue(shown[i + 2]) >= 0 && HexValue(shown[i + 3]) >= 0) {
      out += static_cast<char>(HexValue(shown[i + 2]) * 16 + HexValue(shown[i + 3]));
      i += 3;
    } else {
      out += shown[i];
    }
  }
  return out;
}

std::string ShownPath(std::string_view stored) {
  if (stored.starts_with('/')) {
    const std::string cwd = CurrentDirectory();
    if (!cwd.empty() && cwd != "/" && stored.size() > cwd.size() + 1 && stored.starts_with(cwd) &&
        stored[cwd.size()] == '/') {
      return EscapePath(stored.substr(cwd.size() + 1));
    }
  }
  return EscapePath(stored);
}

}  // namespace keikaku::store
