// The bundled list of Japanese local governments (parsers/data/municipalities.csv): the 47
// prefectures and every 市, 町, 村 and 特別区, looked up by printed name.
#ifndef KEIKAKU_PARSERS_COMMON_MUNICIPALITY_DIRECTORY_H_
#define KEIKAKU_PARSERS_COMMON_MUNICIPALITY_DIRECTORY_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace keikaku::layouts {

// One local government of the list.
struct Body {
  std::string code;        // 6-digit 全国地方公共団体コード, check digit included ("070009")
  std::string prefecture;  // "福島県"; a prefecture's own row names itself
  std::string name;        // "福島市", or "福島県" on a prefecture's row
  bool IsPrefecture() const { return name == prefecture; }
};

// Every body sharing one printed name, in list (code) order: one entry for most names,
// several for a name that more than one prefecture has (府中市: 東京都 and 広島県).
using Namesakes = std::vector<Body>;

class MunicipalityDirectory {
 public:
  // The bodies named exactly `name` (UTF-8; small ヶ and ケ are the same letter, as 鎌ケ谷市 is
  // printed both ways), or nullptr when no body has that name. The pointer stays valid.
  const Namesakes* Find(std::string_view name) const;

  // False when no name ends with `last_two_characters` (6 bytes: every name is written in
  // 3-byte characters), a cheap test that rules out most places a suffix is printed (本県, 各市).
  bool MayEndWith(std::string_view last_two_characters) const;

  // Bytes of the longest name in the list.
  size_t longest_name() const { return longest_name_; }

 private:
  friend const MunicipalityDirectory& TheMunicipalityDirectory();
  MunicipalityDirectory() = default;

  // Probed with a string_view, so no std::string is built per probe.
  struct NameHash {
    using is_transparent = void;
    size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
  };
  std::unordered_map<std::string, Namesakes, NameHash, std::equal_to<>> by_name_;  // folded names
  std::vector<uint64_t> endings_;  // the last two characters of each folded name, packed; sorted
  size_t longest_name_ = 0;
};

// The list, parsed once on first use and never freed, so pointers into it stay valid for the
// life of the program. Thread-safe.
const MunicipalityDirectory& TheMunicipalityDirectory();

}  // namespace keikaku::layouts

#endif  // KEIKAKU_PARSERS_COMMON_MUNICIPALITY_DIRECTORY_H_
