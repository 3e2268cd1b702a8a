// Action-block plans (行政経営プラン style): detection and the parse as a list of steps —
// normalise the cells, read the plan fields, then walk the rows: headings build the path,
// 取組項目 rows open blocks, the 用語解説 heading opens the glossary.
#include "action_blocks/action_blocks.h"

#include <algorithm>
#include <unordered_map>

#include "action_blocks/blocks.h"
#include "action_blocks/glossary.h"
#include "action_blocks/headings.h"
#include "action_blocks/plan_fields.h"
#include "action_blocks/rows.h"
#include "common/labels.h"
#include "keikaku/normalize/text.h"

namespace keikaku::layouts {
namespace {

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

void CheckMeasures(const std::vector<Measure>& measures, std::vector<Diagnostic>& diagnostics) {
  for (const Measure& measure : measures) {
    if (measure.departments.empty()) {
      diagnostics.push_back(
          {measure.line, "missing_department", "取組項目-" + measure.ref + " names no 担当課"});
    }
  }
}

}  // namespace

double ScoreActionBlocks(const Grid& grid) {
  const LabelCounts counts = CountLabels(grid);
  if (counts.blocks == 0) return 0;
  const auto ratio = [&](double n) { return std::min(1.0, n / counts.blocks); };
  // Numbered 取組 lines alone (a bullet list) stay below the claim threshold: the block
  // labels under them are what makes this family.
  return 0.25 * std::min(1.0, counts.blocks / kBlocksForCertainty) + 0.25 * ratio(counts.descriptions) +
         0.25 * ratio(counts.departments) + 0.25 * ratio(counts.indicators);
}

ParsedDocument ParseActionBlocks(const Grid& grid) {
  using namespace action_blocks;
  ParsedDocument document;
  const std::vector<Row> rows = NormalizeRows(grid);
  const PlanFields fields = ReadPlanFields(rows);
  document.plan = fields.plan;
  CellReading cache{fields.years, {}};
  HeadingPath path;
  for (size_t i = 0; i < rows.size();) {
    if (IsGlossaryStart(rows[i])) {
      i = ReadGlossary(rows, i + 1, document.glossary);
    } else if (const auto start = ReadBlockStart(rows[i])) {
      Measure measure;
      i = ReadBlock(rows, i, *start, path.Titles(), cache, measure, document.diagnostics);
      document.measures.push_back(std::move(measure));
    } else {
      if (const auto heading = ReadHeading(rows[i])) path.Add(*heading);
      ++i;
    }
  }
  CheckMeasures(document.measures, document.diagnostics);
  return document;
}

}  // namespace keikaku::layouts
