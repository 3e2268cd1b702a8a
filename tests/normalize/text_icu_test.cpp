// NormalizeText skips ICU for text it knows to be NFKC already. These tests hold that fast
// path to plain ICU NFKC: every code point of the BMP and every corpus line.
#include <gtest/gtest.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "keikaku/normalize/text.h"

namespace keikaku::normalize {
namespace {

std::string IcuNfkc(const std::string& utf8) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  std::string out;
  nfkc->normalize(icu::UnicodeString::fromUTF8(utf8), status).toUTF8String(out);
  return out;
}

// What NormalizeText must give for text without HTML or markdown marks.
std::string Reference(const std::string& utf8) { return CollapseSpaces(IcuNfkc(utf8)); }

bool HasMarks(const std::string& text) { return text.find_first_of("<&*\\") != std::string::npos; }

TEST(NormalizeTextFastPath, MatchesIcuForEveryBmpCodePoint) {
  int checked = 0;
  for (char32_t c = 0x80; c <= 0xFFFF; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    std::string text = "a";
    icu::UnicodeString(static_cast<UChar32>(c)).toUTF8String(text);
    text += "b";
    // Also right after kana: a combining mark must compose with it (か + ゙ = が).
    std::string after_kana = "か";
    icu::UnicodeString(static_cast<UChar32>(c)).toUTF8String(after_kana);
    for (const std::string& input : {text, after_kana}) {
      const std::string expected = Reference(input);
      if (HasMarks(expected)) continue;
      ASSERT_EQ(NormalizeText(input), expected) << "U+" << std::hex << static_cast<uint32_t>(c);
      ++checked;
    }
  }
  EXPECT_GT(checked, 100000);
}

TEST(NormalizeTextFastPath, MatchesIcuOnCorpusLines) {
  int checked = 0;
  for (const auto& entry : std::filesystem::directory_iterator(KEIKAKU_SOURCE_DIR "/corpus")) {
    std::ifstream file(entry.path(), std::ios::binary);
    std::string line;
    while (std::getline(file, line)) {
      if (HasMarks(line)) continue;
      ASSERT_EQ(NormalizeText(line), Reference(line)) << entry.path() << ": " << line;
      ++checked;
    }
  }
  EXPECT_GT(checked, 1000);
}

}  // namespace
}  // namespace keikaku::normalize
