#include "common/municipality_directory.h"

#include <algorithm>
#include <utility>

#include "kMunicipalitiesCsv.inc"

namespace keikaku::layouts {
namespace {

constexpr std::string_view kSmallKe = "ヶ";
constexpr std::string_view kKe = "ケ";

// `name` with every small ヶ written ケ (both are 3 bytes, so byte offsets do not move).
std::string FoldKe(std::string_view name) {
  std::string folded(name);
  for (size_t at = folded.find(kSmallKe); at != std::string::npos; at = folded.find(kSmallKe, at)) {
    folded.replace(at, kSmallKe.size(), kKe);
  }
  return folded;
}

constexpr size_t kEndingBytes = 6;

// The last two characters of a name (`bytes`, at least 6 long) as one number, small ヶ as ケ.
uint64_t PackEnding(std::string_view bytes) {
  const std::string_view ending = bytes.substr(bytes.size() - kEndingBytes);
  uint64_t packed = 0;
  for (size_t i = 0; i < kEndingBytes; ++i) {
    const bool small_ke = i < 3 ? ending.starts_with(kSmallKe) : ending.substr(3) == kSmallKe;
    const char byte = small_ke ? kKe[i % 3] : ending[i];
    packed = packed << 8 | static_cast<unsigned char>(byte);
  }
  return packed;
}

std::vector<std::string_view> SplitFields(std::string_view line) {
  std::vector<std::string_view> fields;
  size_t start = 0;
  for (size_t comma; (comma = line.find(',', start)) != std::string_view::npos; start = comma + 1) {
    fields.push_back(line.substr(start, comma - start));
  }
  fields.push_back(line.substr(start));
  return fields;
}

}  // namespace

const MunicipalityDirectory& TheMunicipalityDirectory() {
  static const MunicipalityDirectory directory = [] {
    MunicipalityDirectory result;
    std::string_view data = kMunicipalitiesCsv;
    bool header = true;
    while (!data.empty()) {
      const size_t end = data.find('\n');
      std::string_view line = data.substr(0, end);
      data = end == std::string_view::npos ? std::string_view() : data.substr(end + 1);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (std::exchange(header, false) || line.empty()) continue;
      const std::vector<std::string_view> fields = SplitFields(line);
      if (fields.size() < 3 || fields[2].empty()) continue;
      result.longest_name_ = std::max(result.longest_name_, fields[2].size());
      result.by_name_[FoldKe(fields[2])].push_back({std::string(fields[0]), std::string(fields[1]),
                                                    std::string(fields[2])});
      if (fields[2].size() >= kEndingBytes) result.endings_.push_back(PackEnding(fields[2]));
    }
    std::sort(result.endings_.begin(), result.endings_.end());
    return result;
  }();
  return directory;
}

bool MunicipalityDirectory::MayEndWith(std::string_view last_two_characters) const {
  return last_two_characters.size() == kEndingBytes &&
         std::binary_search(endings_.begin(), endings_.end(), PackEnding(last_two_characters));
}

const Namesakes* MunicipalityDirectory::Find(std::string_view name) const {
  if (name.find(kSmallKe) != std::string_view::npos) {
    const auto it = by_name_.find(FoldKe(name));
    return it == by_name_.end() ? nullptr : &it->second;
  }
  const auto it = by_name_.find(name);
  return it == by_name_.end() ? nullptr : &it->second;
}

}  // namespace keikaku::layouts
