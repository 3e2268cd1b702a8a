#include "common/municipality.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "kMunicipalitiesCsv.inc"

namespace keikaku::layouts {
namespace {

// What a municipality name ends with.
constexpr std::string_view kSuffixes[] = {"市", "町", "村", "区"};

struct Entry {
  std::string code, prefecture, name;
};

// Lets the name table be probed with a string_view, so no std::string is built per probe.
struct NameHash {
  using is_transparent = void;
  size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
};

struct Directory {
  std::unordered_map<std::string, std::vector<Entry>, NameHash, std::equal_to<>> by_name;  // 市町村 and 特別区
  std::vector<std::string> prefectures;
  // Prefecture indexes by the last character of the name ("県" -> 青森県, 岩手県 …), so a cell
  // is scanned once per distinct last character instead of once per prefecture.
  std::vector<std::pair<std::string, std::vector<size_t>>> prefectures_by_last_char;
  size_t longest_name = 0;  // in bytes
  // For each last byte, the set (bit lead % 16) of lead bytes of the characters a
  // municipality suffix (市 町 村 区) or a prefecture name can end with: "県" = E7 9C 8C sets
  // bit 7 of [0x8C]. A cheap filter that rules out almost every position of a text.
  std::array<uint16_t, 256> name_end_leads{};

  void AddNameEnd(std::string_view last_char) {
    name_end_leads[static_cast<unsigned char>(last_char.back())] |=
        static_cast<uint16_t>(1u << (static_cast<unsigned char>(last_char.front()) % 16));
  }
  // False when no name can end at byte `end` (> 0) of `text`.
  bool MayEndName(std::string_view text, size_t end) const {
    const uint16_t leads = name_end_leads[static_cast<unsigned char>(text[end - 1])];
    if (leads == 0) return false;
    // The last character is 1 to 4 bytes long: try its lead byte at each distance.
    for (size_t length = 1; length <= 4 && length <= end; ++length) {
      if (leads & (1u << (static_cast<unsigned char>(text[end - length]) % 16))) return true;
    }
    return false;
  }
};

// Bytes of the UTF-8 character that ends at `end` (exclusive).
size_t PreviousCharLength(std::string_view text, size_t end) {
  size_t length = 1;
  while (length < end && length < 4 && (static_cast<unsigned char>(text[end - length]) & 0xC0) == 0x80) ++length;
  return length;
}

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
      if (fields[1] == fields[2] && !fields[1].empty()) {
        const std::string& name = fields[1];
        const size_t last = name.size() - PreviousCharLength(name, name.size());
        auto& groups = result.prefectures_by_last_char;
        const std::string last_char = name.substr(last);
        auto group = std::find_if(groups.begin(), groups.end(), [&](const auto& g) { return g.first == last_char; });
        if (group == groups.end()) group = groups.insert(groups.end(), {last_char, {}});
        group->second.push_back(result.prefectures.size());
        result.AddNameEnd(last_char);
        result.prefectures.push_back(name);
        continue;
      }
      result.longest_name = std::max(result.longest_name, fields[2].size());
      result.by_name[fields[2]].push_back({fields[0], fields[1], fields[2]});
    }
    for (std::string_view suffix : kSuffixes) result.AddNameEnd(suffix);
    return result;
  }();
  return directory;
}

// True when `text` has `piece` ending at byte `end`. A byte loop from the end: the pieces
// are a few bytes long and usually differ in their last byte, so this beats a memcmp call.
bool EndsAt(std::string_view text, size_t end, std::string_view piece) {
  if (end < piece.size()) return false;
  const char* start = text.data() + end - piece.size();
  for (size_t i = piece.size(); i-- > 0;) {
    if (start[i] != piece[i]) return false;
  }
  return true;
}

bool EndsWithSuffix(std::string_view text, size_t end) {
  for (std::string_view suffix : kSuffixes) {
    if (EndsAt(text, end, suffix)) return true;
  }
  return false;
}

// Counts, once per cell, each prefecture whose name ends at byte `end` of `text`; `seen`
// holds the prefectures already counted for this cell. Over all ends this is exactly
// `text.find(prefecture) != npos` per prefecture, without one scan of the cell each.
void CountPrefecturesEndingAt(const Directory& directory, std::string_view text, size_t end,
                              std::vector<size_t>& seen, std::map<std::string, int>& counts) {
  for (const auto& [last_char, indexes] : directory.prefectures_by_last_char) {
    if (!EndsAt(text, end, last_char)) continue;
    for (size_t index : indexes) {
      const std::string& name = directory.prefectures[index];
      if (!EndsAt(text, end, name)) continue;
      if (std::find(seen.begin(), seen.end(), index) != seen.end()) continue;
      seen.push_back(index);
      ++counts[name];
    }
  }
}

}  // namespace

std::optional<Municipality> LookupMunicipality(std::string_view name) {
  const auto& by_name = TheDirectory().by_name;
  const auto it = by_name.find(name);
  if (it == by_name.end() || it->second.size() != 1) return std::nullopt;
  const Entry& entry = it->second.front();
  return Municipality{entry.name, entry.prefecture, entry.code};
}

Municipality FindMunicipality(const Grid& grid) {
  const Directory& directory = TheDirectory();
  std::map<std::string, std::pair<int, int>> counts;  // name -> (count, first position)
  std::map<std::string, int> prefecture_counts;
  std::vector<size_t> seen_prefectures;  // of the current cell
  int position = 0;
  for (const GridRow& row : grid.rows) {
    for (const std::string& cell : row.cells) {
      std::string_view text = cell;
      seen_prefectures.clear();
      for (size_t end = 1; end <= text.size(); ++end) {
        // Most bytes end no name at all: table look-ups rule them out.
        if (!directory.MayEndName(text, end)) continue;
        CountPrefecturesEndingAt(directory, text, end, seen_prefectures, prefecture_counts);
        if (!EndsWithSuffix(text, end)) continue;
        // Try every name that ends here, longest first ("小諸市" before "諸市").
        size_t begin = end - PreviousCharLength(text, end);
        while (begin > 0 && end - begin < directory.longest_name) {
          begin -= PreviousCharLength(text, begin);
          const std::string_view candidate = text.substr(begin, end - begin);
          if (directory.by_name.find(candidate) != directory.by_name.end()) {
            auto& [count, first] = counts[std::string(candidate)];
            if (count++ == 0) first = position;
            break;
          }
        }
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
