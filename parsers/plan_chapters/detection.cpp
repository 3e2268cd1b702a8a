// Detection of 総合計画 chapters: the structural labels of a policy block (施策大項目, めざす姿,
// 成果指標と目標値, 施策体系, 市民満足度) and an indicator table header, in the first rows.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "common/labels.h"
#include "common/markdown.h"
#include "keikaku/normalize/text.h"
#include "plan_chapters/chapter_reader.h"
#include "plan_chapters/indicators.h"
#include "plan_chapters/plan_chapters.h"

namespace keikaku::layouts {
namespace {

// Without a policy block or its vision the other signals are common to many plans.
constexpr SignalSpec kSignals[] = {
    {"施策大項目 policy block", 0.35, SignalGate::kAnchor},
    {"めざす姿 vision", 0.15, SignalGate::kAnchor},
    {"成果指標と目標値 label", 0.15},
    {"施策体系 / 施策中項目", 0.1},
    {"【施策に係る市民満足度：…】 line", 0.1},
    {"成果指標 | 現状値 | 目標値 table header", 0.15},
};

// Detection reads at most this many rows; the structure shows on the first pages.
constexpr size_t kScoreRows = 600;
constexpr size_t kLongLine = 240;  // bytes; section labels and headings are short

// Which of this family's structural signals the grid shows.
struct SignalsSeen {
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

void ReadSignal(const GridRow& row, SignalsSeen& signals, CellMemo& header_cells) {
  if (row.kind == RowKind::kMarkdownTable) {
    if (!signals.indicator_table && ReadIndicatorHeader(row, header_cells)) signals.indicator_table = true;
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

std::vector<Signal> DetectPlanChapters(const Grid& grid) {
  SignalsSeen signals;
  CellMemo header_cells;
  const size_t rows = std::min(grid.rows.size(), kScoreRows);
  for (size_t i = 0; i < rows; ++i) ReadSignal(grid.rows[i], signals, header_cells);
  return {{&kSignals[0], static_cast<double>(signals.policy_block)},
          {&kSignals[1], static_cast<double>(signals.vision)},
          {&kSignals[2], static_cast<double>(signals.indicator_label)},
          {&kSignals[3], static_cast<double>(signals.system)},
          {&kSignals[4], static_cast<double>(signals.satisfaction)},
          {&kSignals[5], static_cast<double>(signals.indicator_table)}};
}

}  // namespace keikaku::layouts
