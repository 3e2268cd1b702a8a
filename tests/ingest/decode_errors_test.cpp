// Bad input to Decode: each kind gives its clear one-line error, or a few damaged places.
#include <gtest/gtest.h>

#include "ingest/ingest_test_util.h"
#include "keikaku/ingest/decode.h"

namespace keikaku::ingest {
namespace {

using testing::Encode;
using testing::ReadCorpus;

constexpr const char* kKazo = "kazo-gyosei-keiei-plan-2016.txt";

// Cuts the last byte of the UTF-8 character at or after each offset in `offsets`.
std::string TruncateCharacters(std::string text, const std::vector<size_t>& offsets) {
  for (auto it = offsets.rbegin(); it != offsets.rend(); ++it) {
    size_t i = *it;
    while (static_cast<unsigned char>(text[i]) < 0xE0) ++i;  // a 3-byte lead
    text.erase(i + 2, 1);
  }
  return text;
}

TEST(Decode, TruncatedUtf8AtAFewPlacesIsAcceptedWithDamagedPlaces) {
  const std::string original = ReadCorpus(kKazo);
  const std::vector<size_t> offsets = {1000, 20000, 40000};
  const DecodeResult result = Decode(TruncateCharacters(original, offsets));
  ASSERT_TRUE(result.ok) << result.error;
  EXPECT_EQ(result.decoded.encoding, "UTF-8");
  ASSERT_EQ(result.decoded.damaged.size(), 3u);
  EXPECT_LT(result.decoded.confidence, 1.0);
  for (const DamagedPlace& place : result.decoded.damaged) {
    EXPECT_GT(place.line, 0);
    EXPECT_NE(result.decoded.utf8.find("\xEF\xBF\xBD"), std::string::npos);
  }
  EXPECT_LE(result.decoded.damaged[0].byte_offset, 1010u);
  EXPECT_GE(result.decoded.damaged[0].byte_offset, 1000u);
}

TEST(Decode, DamagedPlaceHasTheLineOfTheDecodedText) {
  const DecodeResult result = Decode(std::string("一行目\n二行目\n三") + "\xE8\xA1" + "行目\n");
  ASSERT_TRUE(result.ok) << result.error;
  ASSERT_EQ(result.decoded.damaged.size(), 1u);
  EXPECT_EQ(result.decoded.damaged[0].line, 3);
  EXPECT_EQ(result.decoded.damaged[0].byte_offset, 23u);
}

TEST(Decode, HeavilyDamagedUtf8IsRejected) {
  std::vector<size_t> offsets;
  for (size_t offset = 1000; offset < 60000; offset += 3000) offsets.push_back(offset);
  const DecodeResult result = Decode(TruncateCharacters(ReadCorpus(kKazo), offsets));
  ASSERT_FALSE(result.ok);
  EXPECT_EQ(result.error.rfind("undecodable: 20 damaged places", 0), 0u) << result.error;
}

TEST(Decode, MixedEncodingsAreRejected) {
  const std::string original = ReadCorpus("sakado-action-plan-shinko-kanri-2020.txt");
  const std::string mixed = original + Encode(original, "windows-31j");
  const DecodeResult result = Decode(mixed);
  ASSERT_FALSE(result.ok);
  EXPECT_EQ(result.error.rfind("undecodable:", 0), 0u) << result.error;
}

struct ErrorCase {
  const char* name;
  std::string bytes;
  const char* error_prefix;
};

class DecodeError : public ::testing::TestWithParam<ErrorCase> {};

TEST_P(DecodeError, GivesItsClearError) {
  const DecodeResult result = Decode(GetParam().bytes);
  ASSERT_FALSE(result.ok);
  EXPECT_EQ(result.error.rfind(GetParam().error_prefix, 0), 0u) << result.error;
  EXPECT_EQ(result.error.find('\n'), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(
    BadInput, DecodeError,
    ::testing::Values(
        ErrorCase{"Empty", "", "empty file"},
        ErrorCase{"PngHeader", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), "not text: PNG image"},
        ErrorCase{"JpegHeader", "\xFF\xD8\xFF\xE0 JFIF", "not text: JPEG image"},
        ErrorCase{"NulBytes", std::string("abc\0def\0\0\0ghi\0j\0", 17), "not text: NUL byte at offset 3"},
        ErrorCase{"ControlBytes", std::string(100, '\x01') + "text", "not text: control bytes"},
        ErrorCase{"Utf32Bom", std::string("\xFF\xFE\0\0a\0\0\0", 8), "unsupported encoding: UTF-32"},
        ErrorCase{"Utf16BomOnUtf8", "\xFF\xFE" "坂戸市の計画\n", "wrong BOM: UTF-16LE byte-order mark on UTF-8 text"},
        ErrorCase{"Utf16LeBomOnBe", std::string("\xFF\xFE\0a\0b\0c\0\n", 10), "wrong BOM: UTF-16LE byte-order mark on UTF-16BE"},
        ErrorCase{"Utf8BomOnUtf16", std::string("\xEF\xBB\xBF" "a\0b\0c\0\n\0", 11), "wrong BOM: UTF-8 byte-order mark on UTF-16LE"}),
    [](const ::testing::TestParamInfo<ErrorCase>& info) { return std::string(info.param.name); });

TEST(Decode, ZipIsHandedOnAsBinaryForTheWorkbookReader) {
  const DecodeResult result = Decode(std::string("PK\x03\x04\x14\0\0\0", 8));
  ASSERT_TRUE(result.ok);
  EXPECT_EQ(result.decoded.encoding, "ZIP (binary)");
  EXPECT_TRUE(result.decoded.utf8.empty());
}

TEST(Decode, PdfIsHandedOnAsBinaryForThePdfReader) {
  const DecodeResult result = Decode("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n");
  ASSERT_TRUE(result.ok);
  EXPECT_EQ(result.decoded.encoding, "PDF (binary)");
  EXPECT_TRUE(result.decoded.utf8.empty());
}

TEST(Decode, OddLengthUtf16IsOneDamagedPlace) {
  const std::string bytes = "\xFF\xFE" + Encode("坂戸市の計画について\n", "UTF-16LE") + "\x30";
  const DecodeResult result = Decode(bytes);
  ASSERT_TRUE(result.ok) << result.error;
  EXPECT_EQ(result.decoded.damaged.size(), 1u);
}

TEST(Decode, KeepsCarriageReturns) {
  const DecodeResult result = Decode("a\r\nb\r\n");
  ASSERT_TRUE(result.ok);
  EXPECT_EQ(result.decoded.utf8, "a\r\nb\r\n");
}

TEST(Decode, Iso2022JpIsRecognisedByItsEscapes) {
  const std::string text = "坂戸市の進行管理\n";
  const DecodeResult result = Decode(Encode(text, "ISO-2022-JP"));
  ASSERT_TRUE(result.ok) << result.error;
  EXPECT_EQ(result.decoded.encoding, "ISO-2022-JP");
  EXPECT_EQ(result.decoded.utf8, text);
}

}  // namespace
}  // namespace keikaku::ingest
