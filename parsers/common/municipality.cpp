#include "common/municipality.h"

#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "kMunicipalitiesCsv.inc"

namespace keikaku::layouts {
namespace {

struct Entry {
  std::string code, prefecture, name;
};

struct Directory {
  std::unordered_map<std::string, std::vector<Entry>> by_name;  // 市町村 and 特別区
  std::vector<std::string> prefectures;
  size_t longest_name = 0;  // in bytes
};

const Directory& TheDirectory() {
  static const Directory directory = [] {
    Directory result;
    std::string_view data = kMunicipalitiesCsv;
    bool header = true;
    while (!data.empty()) {
      const size_t end = data.find('\n');
      std::string_view line = data.substr(0, end);
      data = end == std::string_view::npos ? std::string_view() : data.substr(end + 1);
      if (header || line.empty()) {
        header = false;
        continue;
      }
      std::vector<std::string> fields;
      size_t start = 0;
      for (size_t comma; (comma = line.find(',', start)) != std::string_view::npos; start = comma + 1) {
        fields.emplace_back(line.substr(start, comma - start));
      }
      fields.emplace_back(line.substr(start));
      if (fields.size() < 3) continue;
      if (fields[1] == fields[2]) {
        result.prefectures.push_back(fields[1]);
        continue;
      }
      result.longest_name = std::max(result.longest_name, fields[2].size());
      result.by_name[fields[2]].push_back({fields[0], fields[1], fields[2]});
    }
    return result;
  }();
  return directory;
}

// Bytes of the UTF-8 character that ends at `end` (exclusive).
size_t PreviousCharLength(std::string_view text, size_t end) {
  size_t length = 1;
  while (length < end && length < 4 && (static_cast<unsigned char>(text[end - length]) & 0xC0) == 0x80) ++length;
  return length;
}

bool EndsWithSuffix(std::string_view text, size_t end) {
  for (std::string_view suffix : {"市", "町", "村", "区"}) {
    if (end >= suffix.size() && text.substr(end - suffix.size(), suffix.size()) == suffix) return true;
  }
  return false;
}

}  // namespace

std::optional<Municipality> LookupMunicipality(std::string_view name) {
  const auto& by_name = TheDirectory().by_name;
  const auto it = by_name.find(std::string(name));
  if (it == by_name.end() || it->second.size() != 1) return std::nullopt;
  const Entry& entry = it->second.front();
  return Municipality{entry.name, entry.prefecture, entry.code};
}

Municipality FindMunicipality(const Grid& grid) {
  const Directory& directory = TheDirectory();
  std::map<std::string, std::pair<int, int>> counts;  // name -> (count, first position)
  std::map<std::string, int> prefecture_counts;
  int position = 0;
  for (const GridRow& row : grid.rows) {
    for (const std::string& cell : row.cells) {
      std::string_view text = cell;
      for (size_t end = 1; end <= text.size(); ++end) {
        if (!EndsWithSuffix(text, end)) continue;
        // Try every name that ends here, longest first ("小諸市" before "諸市").
        size_t begin = end - PreviousCharLength(text, end);
        while (begin > 0 && end - begin < directory.longest_name) {
          begin -= PreviousCharLength(text, begin);
          const std::string candidate(text.substr(begin, end - begin));
          if (directory.by_name.count(candidate)) {
            auto& [count, first] = counts[candidate];
            if (count++ == 0) first = position;
            break;
          }
        }
      }
      for (const std::string& prefecture : directory.prefectures) {
        if (text.find(prefecture) != std::string_view::npos) ++prefecture_counts[prefecture];
      }
      ++position;
    }
  }
  const std::string* best = nullptr;
  for (const auto& [name, tally] : counts) {
    if (!best || tally.first > counts[*best].first ||
        (tally.first == counts[*best].first && tally.second < counts[*best].second)) {
      best = &name;
    }
  }
  if (!best) return {};
  const std::vector<Entry>& entries = directory.by_name.at(*best);
  if (entries.size() == 1) return {entries[0].name, entries[0].prefecture, entries[0].code};
  const Entry* chosen = nullptr;
  int chosen_count = 0;
  for (const Entry& entry : entries) {
    const auto it = prefecture_counts.find(entry.prefecture);
    if (it != prefecture_counts.end() && it->second > chosen_count) {
      chosen = &entry;
      chosen_count = it->second;
    }
  }
  if (!chosen) return {*best, "", std::nullopt};
  return {chosen->name, chosen->prefecture, chosen->code};
}

}  // namespace keikaku::layouts
