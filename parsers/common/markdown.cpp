#include "common/markdown.h"

#include <re2/re2.h>

#include <array>

#include "keikaku/normalize/text.h"

namespace keikaku::layouts {
namespace {

std::string_view TrimAscii(std::string_view s) {
  const auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

// Bullet marks converters and authors use; "- " needs its space so "-43人" stays a number.
constexpr std::array<std::string_view, 9> kBullets = {"- ", "+ ", "* ", "・", "●",
                                                      "○",  "◆",  "◇",  "□"};

bool StripBullet(std::string_view& text) {
  for (std::string_view bullet : kBullets) {
    if (text.substr(0, bullet.size()) == bullet) {
      text.remove_prefix(bullet.size());
      return true;
    }
  }
  return false;
}

// Last byte of the UTF-8 character ending at `end` is >= 0x80: the character is non-ASCII.
bool NonAsciiBefore(std::string_view text, size_t end) {
  return end > 0 && static_cast<unsigned char>(text[end - 1]) >= 0x80;
}

bool NonAsciiAt(std::string_view text, size_t begin) {
  return begin < text.size() && static_cast<unsigned char>(text[begin]) >= 0x80;
}

}  // namespace

size_t FilledCellCount(const GridRow& row) {
  size_t filled = 0;
  for (const std::string& cell : row.cells) filled += !normalize::IsBlank(cell);
  return filled;
}

std::string WithoutSpaces(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c != ' ') out += c;
  }
  return out;
}

std::string StripMarkup(std::string_view raw) {
  static const RE2 sup(R"((?is)[ \t]*<sup>.*?</sup>[ \t]*)");
  static const RE2 bold(R"((?i)</?(?:b|strong)>)");
  static const RE2 asterisks(R"(\\?\*)");
  std::string text(raw);
  if (text.find('<') != std::string::npos) {
    RE2::GlobalReplace(&text, sup, "");
    RE2::GlobalReplace(&text, bold, "");
  }
  if (text.find('*') != std::string::npos) RE2::GlobalReplace(&text, asterisks, "");
  return text;
}

MarkdownLine ReadMarkdownLine(const GridRow& row) {
  std::string joined;
  for (size_t i = 0; i < row.cells.size(); ++i) {
    if (i > 0) joined += ' ';
    joined += row.cells[i];
  }
  MarkdownLine line;
  std::string_view text = TrimAscii(joined);
  size_t hashes = 0;
  while (hashes < text.size() && text[hashes] == '#') ++hashes;
  if (hashes > 0 && (hashes == text.size() || text[hashes] == ' ')) {
    line.heading_level = static_cast<int>(hashes);
    text = TrimAscii(text.substr(hashes));
  }
  line.bullet = StripBullet(text);
  line.body = std::string(TrimAscii(StripMarkup(text)));
  return line;
}

std::string JoinWrapped(std::string_view left, std::string_view right) {
  if (left.empty()) return std::string(right);
  if (right.empty()) return std::string(left);
  std::string joined(left);
  if (!(NonAsciiBefore(left, left.size()) && NonAsciiAt(right, 0))) joined += ' ';
  joined += right;
  return joined;
}

std::string RemoveWrapSpaces(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == ' ' && NonAsciiBefore(text, i) && NonAsciiAt(text, i + 1)) continue;
    out += text[i];
  }
  return out;
}

}  // namespace keikaku::layouts
