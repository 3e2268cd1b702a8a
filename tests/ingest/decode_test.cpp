#include "keikaku/ingest/decode.h"

#include <gtest/gtest.h>

#include "ingest/ingest_test_util.h"
#include "keikaku/parsers/grid.h"

namespace keikaku::ingest {
namespace {

using testing::Encode;
using testing::ReadCorpus;

struct TwinCase {
  const char* name;
  const char* document;
  const char* converter;    // ICU converter making the twin
  const char* bom;          // prepended bytes
  const char* encoding;     // what Decode must report
};

std::string PrintTwin(const ::testing::TestParamInfo<TwinCase>& info) { return info.param.name; }

class DecodeTwin : public ::testing::TestWithParam<TwinCase> {};

// Every twin decodes to exactly the original UTF-8 text.
TEST_P(DecodeTwin, GivesTheOriginalText) {
  const TwinCase& c = GetParam();
  const std::string original = ReadCorpus(c.document);
  const std::string twin = std::string(c.bom) + Encode(original, c.converter);
  const DecodeResult result = Decode(twin);
  ASSERT_TRUE(result.ok) << result.error;
  EXPECT_EQ(result.decoded.encoding, c.encoding);
  EXPECT_TRUE(result.decoded.damaged.empty());
  EXPECT_GT(result.decoded.confidence, 0.0);
  EXPECT_TRUE(result.decoded.utf8 == original) << "decoded text differs from " << c.document;
}

constexpr const char* kSakado = "sakado-action-plan-shinko-kanri-2020.txt";
constexpr const char* kHonjo = "honjo-sogo-keikaku-zenki-ch6.txt";
constexpr const char* kKazo = "kazo-gyosei-keiei-plan-2016.txt";
constexpr const char* kAnnaka = "annaka-gyosei-kaikaku-jisshi-keikaku-2020.txt";
constexpr const char* kKomoro = "komoro-seika-setsumeisho-2019.txt";

// CP932 and EUC-JP twins use the documents every character of which those charsets hold
// (kazo and komoro use U+2014, annaka U+5173, which no Shift_JIS file can contain).
INSTANTIATE_TEST_SUITE_P(
    Encodings, DecodeTwin,
    ::testing::Values(TwinCase{"Utf8Sakado", kSakado, "UTF-8", "", "UTF-8"},
                      TwinCase{"Utf8BomKazo", kKazo, "UTF-8", "\xEF\xBB\xBF", "UTF-8 (BOM)"},
                      TwinCase{"Cp932Sakado", kSakado, "windows-31j", "", "Shift_JIS (CP932)"},
                      TwinCase{"Cp932Honjo", kHonjo, "windows-31j", "", "Shift_JIS (CP932)"},
                      TwinCase{"EucJpSakado", kSakado, "EUC-JP", "", "EUC-JP"},
                      TwinCase{"EucJpHonjo", kHonjo, "EUC-JP", "", "EUC-JP"},
                      TwinCase{"Utf16LeBomAnnaka", kAnnaka, "UTF-16LE", "\xFF\xFE", "UTF-16LE"},
                      TwinCase{"Utf16BeBomKomoro", kKomoro, "UTF-16BE", "\xFE\xFF", "UTF-16BE"},
                      TwinCase{"Utf16LeNoBomSakado", kSakado, "UTF-16LE", "", "UTF-16LE"},
                      TwinCase{"Utf16BeNoBomHonjo", kHonjo, "UTF-16BE", "", "UTF-16BE"}),
    PrintTwin);

std::string WithCrlf(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '\n') out += '\r';
    out += c;
  }
  return out;
}

TEST(Decode, CrlfTwinKeepsCrlfAndGivesTheSameCells) {
  const std::string original = ReadCorpus(kSakado);
  const std::string twin = WithCrlf(original);
  const DecodeResult result = Decode(Encode(twin, "windows-31j"));
  ASSERT_TRUE(result.ok) << result.error;
  EXPECT_EQ(result.decoded.utf8, twin);
  EXPECT_EQ(ReadTextGrid(result.decoded.utf8), ReadTextGrid(original));
}

// The Windows extensions of CP932 and its Windows mappings, byte by byte.
TEST(Decode, Cp932MapsWindowsExtensions) {
  struct Case {
    std::string_view bytes, utf8;
  };
  const Case cases[] = {
      {"\x87\x40", "①"},     {"\x87\x57", "Ⅳ"}, {"\x87\x8A", "㈱"}, {"\x87\x7E", "㍻"},  // NEC specials
      {"\xED\x40", "纊"},     {"\xFA\x40", "ⅰ"}, {"\xFB\xFC", "髙"}, {"\xFA\xB1", "﨑"},  // NEC-selected IBM, IBM
      {"\x81\x60", "～"},     {"\x81\x7C", "－"}, {"\x81\x61", "∥"},                     // U+FF5E U+FF0D U+2225
      {"\x81\x91", "￠"},     {"\x81\x92", "￡"}, {"\x81\xCA", "￢"},                      // U+FFE0 U+FFE1 U+FFE2
  };
  for (const Case& c : cases) {
    // Surrounded by ordinary Japanese text so detection has something to go on.
    const std::string bytes = Encode("市役所の計画について。", "windows-31j") + std::string(c.bytes) +
                              Encode("を確認する。\n", "windows-31j");
    const DecodeResult result = Decode(bytes);
    ASSERT_TRUE(result.ok) << result.error;
    EXPECT_EQ(result.decoded.encoding, "Shift_JIS (CP932)");
    EXPECT_EQ(result.decoded.utf8, "市役所の計画について。" + std::string(c.utf8) + "を確認する。\n");
  }
}

TEST(Decode, Cp932ExtensionCharactersRoundTrip) {
  const std::string text = "①㈱髙Ⅳ～－∥￠￡￢﨑㍻ 坂戸市の進行管理表\n";
  const DecodeResult result = Decode(Encode(text, "windows-31j"));
  ASSERT_TRUE(result.ok) << result.error;
  EXPECT_EQ(result.decoded.encoding, "Shift_JIS (CP932)");
  EXPECT_EQ(result.decoded.utf8, text);
}

}  // namespace
}  // namespace keikaku::ingest
