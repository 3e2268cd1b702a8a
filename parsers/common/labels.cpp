#include "common/labels.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <unordered_map>

#include "keikaku/normalize/text.h"
#include "kLabelsTsv.inc"

namespace keikaku::layouts {
namespace {

// Lets the maps be searched by string_view.
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
};

struct Lexicon {
  std::unordered_map<std::string, std::string> kind_of_label;
  std::vector<std::pair<std::string, std::string>> ordered;  // (kind, label)
  std::unordered_map<std::string, std::vector<std::string>, StringHash, std::equal_to<>> labels_of_kind;  // in order
  std::vector<std::string> conflicts;
};

// Adds KIND<TAB>LABEL lines to `result`; a label that already has another kind is refused.
void AddLines(std::string_view data, Lexicon& result) {
  while (!data.empty()) {
    const size_t end = data.find('\n');
    std::string_view line = data.substr(0, end);
    data = end == std::string_view::npos ? std::string_view() : data.substr(end + 1);
    const size_t tab = line.find('\t');
    if (line.empty() || line.front() == '#' || tab == std::string_view::npos) continue;
    std::string kind(line.substr(0, tab));
    std::string label = normalize::RemoveSpaces(normalize::NormalizeText(line.substr(tab + 1)));
    const auto [it, added] = result.kind_of_label.emplace(label, kind);
    if (!added && it->second != kind) {
      result.conflicts.push_back(label + ": " + it->second + ", " + kind);
      continue;
    }
    result.labels_of_kind[kind].push_back(label);
    result.ordered.emplace_back(std::move(kind), std::move(label));
  }
}

const Lexicon& TheLexicon() {
  static const Lexicon lexicon = [] {
    Lexicon result;
    AddLines(kLabelsTsv, result);
    // A user's own synonyms, without rebuilding keikaku: KEIKAKU_LABELS names a file of lines.
    if (const char* extra = std::getenv("KEIKAKU_LABELS"); extra && *extra) {
      std::ifstream in(extra, std::ios::binary);
      std::ostringstream lines;
      lines << in.rdbuf();
      AddLines(lines.str(), result);
    }
    return result;
  }();
  return lexicon;
}

}  // namespace

std::string_view LabelKind(std::string_view cell) {
  if (cell.size() > 64) return {};
  const auto& map = TheLexicon().kind_of_label;
  const auto it = map.find(normalize::RemoveSpaces(normalize::NormalizeText(cell)));
  return it == map.end() ? std::string_view() : std::string_view(it->second);
}

std::string_view NormalizedLabelKind(std::string_view normalized_cell) {
  if (normalized_cell.size() > 64) return {};
  const auto& map = TheLexicon().kind_of_label;
  const auto it = normalized_cell.find(' ') == std::string_view::npos
                      ? map.find(std::string(normalized_cell))
                      : map.find(normalize::RemoveSpaces(normalized_cell));
  return it == map.end() ? std::string_view() : std::string_view(it->second);
}

bool IsLabel(std::string_view cell, std::string_view kind) { return LabelKind(cell) == kind; }

std::vector<std::string> LabelsOf(std::string_view kind) {
  const auto& by_kind = TheLexicon().labels_of_kind;
  const auto it = by_kind.find(kind);
  return it == by_kind.end() ? std::vector<std::string>() : it->second;
}

std::string_view LeadingLabel(std::string_view compact, std::string_view kind) {
  const auto& by_kind = TheLexicon().labels_of_kind;
  const auto it = by_kind.find(kind);
  if (it == by_kind.end()) return {};
  for (const std::string& label : it->second) {
    if (compact.starts_with(label)) return label;
  }
  return {};
}

std::vector<std::string> LexiconConflicts() { return TheLexicon().conflicts; }

std::vector<std::string> ActionBlockLabels() {
  std::vector<std::string> labels = LabelsOf("title");
  for (std::string& label : LabelsOf("action_block")) labels.push_back(std::move(label));
  std::stable_sort(labels.begin(), labels.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  return labels;
}

}  // namespace keikaku::layouts
