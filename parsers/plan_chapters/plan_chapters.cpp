#include "plan_chapters/plan_chapters.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "common/labels.h"
#include "common/markdown.h"
#include "keikaku/normalize/text.h"
#include "plan_chapters/chapter_reader.h"
#include "plan_chapters/indicator_tables.h"

namespace keikaku::layouts {
namespace {

// Detection reads at most this many rows; the structure shows on the first pages.
constexpr size_t kScoreRows = 600;
constexpr size_t kLongLine = 240;  // bytes; section labels and headings are short

// Which of this family's structural signals the grid shows.
struct Signals {
  bool policy_block = false;     // 施策大項目
  bool vision = false;           // めざす姿
  bool indicator_label = false;  // 成果指標と目標値
  bool system = false;           // 施策体系 / 施策中項目
  bool satisfaction = false;     // 【施策に係る市民満足度：…】
  bool indicator_table = false;  // a markdown header row 成果指標 | 現状値 | 目標値
};

// The lexicon labels whose presence signals this family. A line is normalised only when its
// raw text holds one of them, so scoring a document of another family stays cheap.
const std::vector<std::string>& SignalLabels() {
  static const std::vector<std::string> labels = [] {
    std::vector<std::string> all;
    for (std::string_view kind : {"policy_block", "chapter_vision", "chapter_indicators", "indicator",
                                  "chapter_system", "satisfaction"}) {
      for (std::string& label : LabelsOf(kind)) all.push_back(std::move(label));
    }
    return all;
  }();
  return labels;
}

bool MentionsSignalLabel(std::string_view raw) {
  for (const std::string& label : SignalLabels()) {
    if (raw.find(label) != std::string_view::npos) return true;
  }
  return false;
}

void ReadSignal(const GridRow& row, Signals& signals) {
  if (row.kind == RowKind::kMarkdownTable) {
    if (!signals.indicator_table && ReadIndicatorHeader(row)) signals.indicator_table = true;
    return;
  }
  if (row.cells.size() != 1 || row.cells[0].size() > kLongLine || row.cells[0].empty()) return;
  if (!MentionsSignalLabel(row.cells[0])) return;
  const std::string text = normalize::NormalizeText(ReadMarkdownLine(row).body);
  if (text.empty()) return;
  signals.policy_block |= StartsWithPolicyBlockLabel(WithoutSpaces(text));
  if (const auto section = SectionOfLabel(text, nullptr)) {
    signals.vision |= *section == ChapterSection::kVision;
    signals.indicator_label |= *section == ChapterSection::kIndicators;
    signals.system |= *section == ChapterSection::kSystem;
  }
  if (!signals.satisfaction && text.find("【") != std::string::npos) {
    std::vector<Diagnostic> ignored;
    signals.satisfaction = ReadSatisfactionLine(text, row.line, ignored).has_value();
  }
}

}  // namespace

double ScorePlanChapters(const Grid& grid) {
  Signals signals;
  const size_t rows = std::min(grid.rows.size(), kScoreRows);
  for (size_t i = 0; i < rows; ++i) ReadSignal(grid.rows[i], signals);
  double score = 0.35 * signals.policy_block + 0.15 * signals.vision +
                 0.15 * signals.indicator_label + 0.1 * signals.system +
                 0.1 * signals.satisfaction + 0.15 * signals.indicator_table;
  // Without a policy block or its vision the other signals are common to many plans.
  if (!signals.policy_block && !signals.vision) score *= 0.5;
  return std::min(score, 1.0);
}

ParsedDocument ParsePlanChapters(const Grid& grid) {
  ChapterReader reader;
  for (const GridRow& row : grid.rows) reader.Read(row);
  return reader.Finish();
}

}  // namespace keikaku::layouts
