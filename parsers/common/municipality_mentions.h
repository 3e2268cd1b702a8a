// Where a text names local governments: each printed 市町村・特別区 or prefecture name, read
// as a word of its own and not as part of a longer word.
#ifndef KEIKAKU_PARSERS_COMMON_MUNICIPALITY_MENTIONS_H_
#define KEIKAKU_PARSERS_COMMON_MUNICIPALITY_MENTIONS_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "common/municipality_directory.h"

namespace keikaku::layouts {

struct Mention {
  size_t begin = 0, end = 0;          // bytes of the name in the text
  const Namesakes* bodies = nullptr;  // never null; points into TheMunicipalityDirectory()
  // The suffix also starts a word with the character after the name: "中央市民センター" is
  // 中央 + 市民 as much as 中央市 + 民, "坂戸市内" is 坂戸市 + 内. Such a mention supports a
  // name printed elsewhere on its own but never names a body by itself.
  bool compound = false;
  // A prefecture printed just before a municipality ("京都府福知山市", "埼玉県北葛飾郡杉戸町"):
  // it says where the municipality is, not that the prefecture is the subject.
  bool qualifies_next = false;

  bool IsPrefecture() const { return bodies->front().IsPrefecture(); }
};

// The names in `text` (UTF-8), left to right, never overlapping. Where names overlap the
// longest wins, then the one that starts first: "山陽小野田市" is one mention, not 野田市;
// "東京都府中市" is 東京都 and 府中市, not 京都府. A name of one character and its suffix
// (津市, 港区, 森町) preceded by a kanji is part of a longer word (新津市, 漁港区, 大森町) and no
// mention, unless that kanji ends a prefecture or 郡 (三重県津市).
std::vector<Mention> FindMentions(std::string_view text);

}  // namespace keikaku::layouts

#endif  // KEIKAKU_PARSERS_COMMON_MUNICIPALITY_MENTIONS_H_
