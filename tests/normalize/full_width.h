// Full-width twins of test rows: every printed ASCII character of the input turned into its
// full-width form (and spaces into U+3000), which the normaliser must read the same way.
#ifndef KEIKAKU_TESTS_NORMALIZE_FULL_WIDTH_H_
#define KEIKAKU_TESTS_NORMALIZE_FULL_WIDTH_H_

#include <string>
#include <string_view>
#include <vector>

namespace keikaku::normalize::testing {

inline std::string ToFullWidth(std::string_view ascii) {
  std::string out;
  for (const char c : ascii) {
    const auto byte = static_cast<unsigned char>(c);
    char32_t code_point = 0;
    if (byte == ' ') code_point = 0x3000;
    else if (byte > 0x20 && byte < 0x7F) code_point = byte + 0xFEE0;
    if (code_point == 0) {
      out.push_back(c);
      continue;
    }
    out.push_back(static_cast<char>(0xE0 | (code_point >> 12)));
    out.push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  }
  return out;
}

inline bool HasAscii(std::string_view text) {
  for (const char c : text) {
    if (static_cast<unsigned char>(c) >= 0x20 && static_cast<unsigned char>(c) < 0x7F) return true;
  }
  return false;
}

// Each row, then the full-width twin of each row that has ASCII to widen and allows it.
// Row needs `name`, `input` and `twin` members.
template <typename Row>
std::vector<Row> WithFullWidthTwins(std::vector<Row> rows) {
  const size_t count = rows.size();
  for (size_t i = 0; i < count; ++i) {
    if (!rows[i].twin || !HasAscii(rows[i].input)) continue;
    Row twin = rows[i];
    twin.name += "_FullWidth";
    twin.input = ToFullWidth(rows[i].input);
    rows.push_back(twin);
  }
  return rows;
}

template <typename Row>
std::string RowName(const Row& row) {
  return row.name;
}

}  // namespace keikaku::normalize::testing

#endif  // KEIKAKU_TESTS_NORMALIZE_FULL_WIDTH_H_
