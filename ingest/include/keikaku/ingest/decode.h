// Bytes to UTF-8: BOMs, strict UTF-8, and ICU charset detection for CP932, EUC-JP, UTF-16.
#ifndef KEIKAKU_INGEST_DECODE_H_
#define KEIKAKU_INGEST_DECODE_H_

#include <string>
#include <string_view>
#include <vector>

namespace keikaku::ingest {

// A place where bytes could not be decoded and became U+FFFD.
struct DamagedPlace {
  int line = 0;            // 1-based line of the decoded text
  size_t byte_offset = 0;  // offset in the raw bytes
};

struct Decoded {
  std::string utf8;                    // LF line ends kept as printed (CRLF stays CRLF); no BOM
  std::string encoding;                // "UTF-8", "UTF-8 (BOM)", "Shift_JIS (CP932)", "EUC-JP",
                                       // "UTF-16LE", "UTF-16BE", "ISO-2022-JP", "ZIP (binary)"
                                       // or "PDF (binary)"
  double confidence = 1.0;             // 0..1; 1 for a BOM or valid UTF-8; else ucsdet's
                                       // confidence (at least 0.5 for a clean decoding), lowered
                                       // by each damaged place
  std::vector<DamagedPlace> damaged;   // empty when every byte decoded
};

struct DecodeResult {
  bool ok = false;
  Decoded decoded;                     // when ok
  std::string error;                   // when !ok: the reason, one line ("not text: NUL byte at offset 12")
  size_t error_offset = 0;
};

// Decodes `bytes`, in this order:
//  - empty → rejected "empty file";
//  - a PNG/JPEG/GIF/OLE2/gzip signature → rejected "not text: <what>";
//  - a ZIP signature → ok with empty `utf8` and encoding "ZIP (binary)": the bytes are a
//    workbook candidate for ReadGrid(Format::kXlsx, ...), not text;
//  - "%PDF-" at the start → ok with empty `utf8` and encoding "PDF (binary)", for
//    ReadGrid(Format::kPdf, ...);
//  - a BOM decides: UTF-8, UTF-16LE, UTF-16BE (a UTF-32 BOM is rejected; a BOM that
//    contradicts the bytes — UTF-16 BOM on UTF-8 text, UTF-8 BOM on UTF-16 — is rejected
//    "wrong BOM: ...");
//  - NUL bytes: UTF-16LE/BE without BOM when they fall on one byte parity (the high byte of
//    ASCII characters), else rejected "not text: NUL byte at offset N";
//  - many C0 control bytes → rejected "not text: control bytes ...";
//  - valid UTF-8 is UTF-8 (ISO-2022-JP when it carries its escape sequences);
//  - else the best of UTF-8, CP932 (windows-31j: NEC specials, NEC-selected and IBM
//    extensions, 0x8160 → U+FF5E, 0x817C → U+FF0D, 0x8161 → U+2225, 0x8191/0x8192/0x81CA →
//    U+FFE0/U+FFE1/U+FFE2) and EUC-JP: fewest undecodable sequences, ties broken by how
//    Japanese the decoded text looks (kana and kanji versus halfwidth katakana and private
//    use, what a wrong guess produces), then UTF-8, then by ICU ucsdet's confidence.
// Damage rule: a file whose chosen decoding has at most 8 undecodable sequences and at most
// one per 1,000 characters (a file under 2,000 characters may have one) is accepted with
// U+FFFD in their place and `damaged` listing each; more is rejected "undecodable: N damaged
// places in M characters as <encoding> (first at byte B)" (or "more than 64 damaged places",
// as the count stops there). A truncated download or a stray
// byte imports; a wrong or mixed encoding does not, because it damages text everywhere.
// CR/LF are kept as they are. Never throws for bad input.
DecodeResult Decode(std::string_view bytes);

}  // namespace keikaku::ingest

#endif  // KEIKAKU_INGEST_DECODE_H_
