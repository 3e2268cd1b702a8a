// Every entry point on hostile input: random mixes of the fragments the scanners react to,
// ill-formed UTF-8 and absurd lengths. Nothing may crash (run under ASan by make
// test-asan), and the outputs keep their contracts.
#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <random>
#include <string>

#include "keikaku/normalize/date.h"
#include "keikaku/normalize/number.h"
#include "keikaku/normalize/text.h"

namespace keikaku::normalize {
namespace {

constexpr std::array<const char*, 48> kFragments = {
    "<",   ">",     "sup>", "</sup>", "<br>", "&amp;", "&#x", ";",  "<p", "\"",  "▲",  "△",
    "-",   "マイナス", "約",   "平成",   "令和", "R",     "H",    "元", "年",  "年度", "末", "月",
    "日",  "~",     "〜",   ".",      "/",    "1",     "２",   "0",  "99", "億",  "万", "千",
    "十",  "〇",    "(",    ")",      "【",   "】",    " ",    "　", "\xff", "\xe3\x81", "*", "\\",
};

std::string RandomInput(std::mt19937& random) {
  std::uniform_int_distribution<size_t> length(0, 40);
  std::uniform_int_distribution<size_t> pick(0, kFragments.size() - 1);
  std::string text;
  for (size_t i = length(random); i > 0; --i) text += kFragments[pick(random)];
  return text;
}

bool IsWellFormedUtf8(const std::string& text) {
  for (size_t i = 0; i < text.size();) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    if (lead >= 0x80 && (lead < 0xC2 || lead > 0xF4)) return false;
    if (i + length > text.size()) return false;
    for (size_t k = 1; k < length; ++k) {
      if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return false;
    }
    i += length;
  }
  return true;
}

void CheckAll(const std::string& input) {
  SCOPED_TRACE(input);
  const std::string normalized = NormalizeText(input);
  EXPECT_TRUE(IsWellFormedUtf8(normalized));
  EXPECT_FALSE(!normalized.empty() && (normalized.front() == ' ' || normalized.back() == ' '));
  StripHtml(input);
  CollapseSpaces(input);
  RemoveSpaces(input);
  SplitHeading(input);
  const Quantity quantity = ParseNumber(input);
  EXPECT_TRUE(!quantity.value || std::isfinite(*quantity.value));
  EXPECT_TRUE(!quantity.scaled || std::isfinite(*quantity.scaled));
  ParseDate(input, Era::kHeisei);
  FiscalYearOf(input, Era::kReiwa);
  size_t begin = 0, end = 0;
  if (const std::optional<DateValue> date = FindDate(input, Era::kHeisei, &begin, &end)) {
    EXPECT_LE(begin, end);
    EXPECT_LE(end, input.size());
    FormatDatePoint(date->start);
    FormatDatePoint(date->end);
  }
}

TEST(NormalizeRobustness, SurvivesRandomFragments) {
  std::mt19937 random(20261121);
  for (int i = 0; i < 3000; ++i) CheckAll(RandomInput(random));
}

TEST(NormalizeRobustness, SurvivesAbsurdLengths) {
  CheckAll(std::string(100000, '9'));
  CheckAll("1e400");
  CheckAll(std::string(5000, '<'));
  CheckAll(std::string(3000, '(') + "1");
  std::string kanji;
  for (int i = 0; i < 2000; ++i) kanji += "九兆";
  CheckAll(kanji);
  std::string eras;
  for (int i = 0; i < 2000; ++i) eras += "H1~";
  CheckAll(eras);
}

TEST(NormalizeRobustness, HugeKanjiNumeralIsNotInfinite) {
  std::string kanji;
  for (int i = 0; i < 200; ++i) kanji += "兆";
  const Quantity quantity = ParseNumber("九" + kanji);
  EXPECT_FALSE(quantity.value.has_value() && !std::isfinite(*quantity.value));
}

}  // namespace
}  // namespace keikaku::normalize
