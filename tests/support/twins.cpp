#include "support/twins.h"

#include "support/gold_scoring.h"

namespace keikaku::testing {

std::string FullWidthDigits(const std::string& text) {
  std::string out;
  out.reserve(text.size() * 2);
  for (const char c : text) {
    if (c >= '0' && c <= '9') {
      out += "\xEF\xBC";
      out += static_cast<char>(0x90 + (c - '0'));
    } else {
      out += c;
    }
  }
  return out;
}

std::string CrlfLines(const std::string& text) {
  std::string out;
  out.reserve(text.size() + text.size() / 16);
  for (const char c : text) {
    if (c == '\n') out += '\r';
    out += c;
  }
  return out;
}

std::string CorpusText(const std::string& name) { return ReadFileBytes(CorpusPath(name)); }

}  // namespace keikaku::testing
