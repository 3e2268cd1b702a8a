// Detection of action-block plans: numbered 取組項目 rows and the block labels under them
// (取組内容, 担当課, 目標値等 from parsers/data/labels.tsv), in the first rows only.
#include <algorithm>
#include <string>
#include <unordered_map>

#include "action_blocks/action_blocks.h"
#include "action_blocks/blocks.h"
#include "common/labels.h"
#include "keikaku/normalize/text.h"

namespace keikaku::layouts {
namespace {

// Numbered 取組 lines alone (a bullet list) stay below the claim threshold: the block labels
// under them are what makes this family.
constexpr SignalSpec kSignals[] = {
    {"numbered 取組項目 rows (3 make certain)", 0.25, SignalGate::kRequired},
    {"取組内容 labels per block", 0.25},
    {"担当課 labels per block", 0.25},
    {"目標値 / 指標 labels per block", 0.25},
};

constexpr size_t kScoreRows = 4000;    // detection looks at the start of the document only
constexpr size_t kMaxLabelBytes = 64;       // a label cell is short
constexpr size_t kMaxActionRowBytes = 256;  // "取組項目-1 職員の接客力の向上" in one cell
constexpr double kBlocksForCertainty = 3;

struct LabelCounts {
  double blocks = 0, descriptions = 0, departments = 0, indicators = 0;
};

// The kinds of label detection counts, keyed by label without spaces. Labels are kanji, so
// the raw cell with its spaces removed is compared without normalising it.
const std::unordered_map<std::string, std::string>& CountedLabels() {
  static const std::unordered_map<std::string, std::string> kLabels = [] {
    std::unordered_map<std::string, std::string> labels;
    for (const char* kind : {"description", "department", "target", "indicator"}) {
      for (std::string& label : LabelsOf(kind)) labels.emplace(std::move(label), kind);
    }
    return labels;
  }();
  return kLabels;
}

LabelCounts CountLabels(const Grid& grid) {
  LabelCounts counts;
  const size_t end = std::min(grid.rows.size(), kScoreRows);
  for (size_t i = 0; i < end; ++i) {
    const std::vector<std::string>& cells = grid.rows[i].cells;
    if (cells[0].empty() || cells[0].size() > kMaxActionRowBytes) continue;
    const std::string key = normalize::RemoveSpaces(cells[0]);
    if (action_blocks::StartsWithActionLabel(key)) {
      const auto label = action_blocks::ReadActionLabel(normalize::NormalizeText(cells[0]));
      if (label && (!label->number.empty() ||
                    (cells.size() > 1 && action_blocks::IsBareNumber(normalize::NormalizeText(cells[1]))))) {
        ++counts.blocks;
        continue;
      }
    }
    if (cells[0].size() > kMaxLabelBytes) continue;
    const auto found = CountedLabels().find(key);
    if (found == CountedLabels().end()) continue;
    if (found->second == "description") ++counts.descriptions;
    if (found->second == "department") ++counts.departments;
    if (found->second == "target" || found->second == "indicator") ++counts.indicators;
  }
  return counts;
}

}  // namespace

std::vector<Signal> DetectActionBlocks(const Grid& grid) {
  const LabelCounts counts = CountLabels(grid);
  const auto ratio = [&](double n) { return counts.blocks == 0 ? 0 : std::min(1.0, n / counts.blocks); };
  return {{&kSignals[0], std::min(1.0, counts.blocks / kBlocksForCertainty)},
          {&kSignals[1], ratio(counts.descriptions)},
          {&kSignals[2], ratio(counts.departments)},
          {&kSignals[3], ratio(counts.indicators)}};
}

}  // namespace keikaku::layouts
