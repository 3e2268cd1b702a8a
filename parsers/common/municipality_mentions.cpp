#include "common/municipality_mentions.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <iterator>
#include <optional>

namespace keikaku::layouts {
namespace {

// The characters a name of the list ends with: 市町村区 for municipalities and 特別区,
// 都道府県 for prefectures. Each is 3 bytes in UTF-8.
constexpr std::string_view kNameEnds[] = {"市", "町", "村", "区", "都", "道", "府", "県"};
constexpr size_t kKanjiBytes = 3;

// For each municipality suffix, the characters that make a word with it when they follow:
// 市民 市長 市内 市役所 市議会 市立 市営 市場 市政 市制 市街 …. After a name the suffix is read
// both ways (中央市民 = 中央市 + 民 = 中央 + 市民), so such a mention is only a "compound" one.
struct SuffixWords {
  std::string_view suffix;
  std::string_view next_characters;
};
constexpr SuffixWords kSuffixWords[] = {
    {"市", "民長内外役議立営場政制街域道税債費有職販況"},
    {"町", "民長内外役議立営場政制域道税費有職村会家並名"},
    {"村", "民長内外役議立営場政制域道税費有職落"},
    {"区", "民長内外役議立営政制域道税費有職分間画別切"},
};

// Kanji that end what may print just before a name in an address: a prefecture or a 郡.
constexpr std::string_view kAddressEnds[] = {"都", "道", "府", "県", "郡"};

// Bytes of the UTF-8 character that ends at `end` (exclusive; `end` > 0).
size_t PreviousCharLength(std::string_view text, size_t end) {
  size_t length = 1;
  while (length < end && length < 4 && (static_cast<unsigned char>(text[end - length]) & 0xC0) == 0x80) ++length;
  return length;
}

// The code point of the UTF-8 character `bytes` (one whole character).
char32_t CodePoint(std::string_view bytes) {
  const auto byte = [&](size_t i) { return static_cast<char32_t>(static_cast<unsigned char>(bytes[i])); };
  switch (bytes.size()) {
    case 1: return byte(0);
    case 2: return (byte(0) & 0x1F) << 6 | (byte(1) & 0x3F);
    case 3: return (byte(0) & 0x0F) << 12 | (byte(1) & 0x3F) << 6 | (byte(2) & 0x3F);
    default: return (byte(0) & 0x07) << 18 | (byte(1) & 0x3F) << 12 | (byte(2) & 0x3F) << 6 | (byte(3) & 0x3F);
  }
}

bool IsKanji(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) ||
         c == 0x3005 /* 々 */ || (c >= 0x20000 && c <= 0x3134F);
}

// The 3 bytes at `bytes` as one number.
constexpr uint32_t Pack3(std::string_view bytes) {
  return static_cast<uint32_t>(static_cast<unsigned char>(bytes[0])) << 16 |
         static_cast<uint32_t>(static_cast<unsigned char>(bytes[1])) << 8 | static_cast<unsigned char>(bytes[2]);
}

// Whether a well-formed three-byte character (kanji, kana) starts at `at`: the scan for name
// ends steps over it whole, as no name end starts inside it.
bool ThreeByteCharacterAt(std::string_view text, size_t at) {
  const auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
  return at + kKanjiBytes <= text.size() && (byte(at) & 0xF0) == 0xE0 && (byte(at + 1) & 0xC0) == 0x80 &&
         (byte(at + 2) & 0xC0) == 0x80;
}

bool IsNameEnd(std::string_view text, size_t at) {
  static constexpr auto kPackedEnds = [] {
    std::array<uint32_t, std::size(kNameEnds)> packed{};
    for (size_t i = 0; i < packed.size(); ++i) packed[i] = Pack3(kNameEnds[i]);
    return packed;
  }();
  if (at + kKanjiBytes > text.size() || (static_cast<unsigned char>(text[at]) & 0xF0) != 0xE0) return false;
  const uint32_t character = Pack3(text.substr(at, kKanjiBytes));
  return std::find(kPackedEnds.begin(), kPackedEnds.end(), character) != kPackedEnds.end();
}

// The longest name of the list that ends at byte `end` of `text`.
std::optional<Mention> LongestNameEndingAt(std::string_view text, size_t end) {
  const MunicipalityDirectory& directory = TheMunicipalityDirectory();
  std::optional<Mention> longest;
  if (end < 2 * kKanjiBytes || !directory.MayEndWith(text.substr(end - 2 * kKanjiBytes, 2 * kKanjiBytes))) {
    return longest;
  }
  size_t begin = end - kKanjiBytes;
  while (begin > 0 && end - begin < directory.longest_name()) {
    begin -= PreviousCharLength(text, begin);
    if (const Namesakes* bodies = directory.Find(text.substr(begin, end - begin))) {
      longest = Mention{begin, end, bodies};
    }
  }
  return longest;
}

// A name of one character and its suffix (津市) glued to a kanji before it (新津市), other than
// the end of a prefecture or 郡 it is printed under.
bool IsInsideLongerWord(std::string_view text, const Mention& mention) {
  if (mention.end - mention.begin != 2 * kKanjiBytes || mention.begin == 0) return false;
  const std::string_view before = text.substr(0, mention.begin);
  const std::string_view previous = before.substr(before.size() - PreviousCharLength(before, before.size()));
  if (!IsKanji(CodePoint(previous))) return false;
  return std::find(std::begin(kAddressEnds), std::end(kAddressEnds), previous) == std::end(kAddressEnds);
}

bool IsCompound(std::string_view text, const Mention& mention) {
  if (mention.IsPrefecture() || mention.end + kKanjiBytes > text.size()) return false;
  const std::string_view suffix = text.substr(mention.end - kKanjiBytes, kKanjiBytes);
  const std::string_view next = text.substr(mention.end, kKanjiBytes);
  for (const SuffixWords& words : kSuffixWords) {
    if (words.suffix == suffix) return words.next_characters.find(next) != std::string_view::npos;
  }
  return false;
}

// True when what lies between a prefecture and a municipality makes them one address:
// nothing, white space, or a 郡 ("北葛飾郡").
bool IsAddressGap(std::string_view gap) {
  constexpr std::string_view kIdeographicSpace = "\u3000";
  constexpr size_t kLongestDistrict = 6 * kKanjiBytes;
  while (!gap.empty() && gap.front() == ' ') gap.remove_prefix(1);
  while (gap.starts_with(kIdeographicSpace)) gap.remove_prefix(kIdeographicSpace.size());
  if (gap.empty()) return true;
  return gap.size() <= kLongestDistrict && gap.ends_with("郡") && gap.find(' ') == std::string_view::npos &&
         gap.find(kIdeographicSpace) == std::string_view::npos;
}

}  // namespace

std::vector<Mention> FindMentions(std::string_view text) {
  std::vector<Mention> mentions;
  for (size_t at = 0; at < text.size(); at += ThreeByteCharacterAt(text, at) ? kKanjiBytes : 1) {
    if (!IsNameEnd(text, at)) continue;
    const std::optional<Mention> found = LongestNameEndingAt(text, at + kKanjiBytes);
    if (!found) continue;
    // A name that contains earlier ones replaces them (東村 then 東村山市); one that only
    // overlaps an earlier one loses to it (東京都 then 京都府).
    while (!mentions.empty() && found->begin <= mentions.back().begin) mentions.pop_back();
    if (!mentions.empty() && found->begin < mentions.back().end) continue;
    mentions.push_back(*found);
  }
  std::erase_if(mentions, [&](const Mention& mention) { return IsInsideLongerWord(text, mention); });
  for (size_t i = 0; i < mentions.size(); ++i) {
    Mention& mention = mentions[i];
    mention.compound = IsCompound(text, mention);
    if (mention.IsPrefecture() && i + 1 < mentions.size() && !mentions[i + 1].IsPrefecture()) {
      mention.qualifies_next = IsAddressGap(text.substr(mention.end, mentions[i + 1].begin - mention.end));
    }
  }
  return mentions;
}

}  // namespace keikaku::layouts
