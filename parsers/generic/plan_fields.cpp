#include "generic/plan_fields.h"

#include <algorithm>
#include <array>
#include <string>
#include <utility>

#include "common/markdown.h"
#include "keikaku/normalize/text.h"

namespace keikaku::layouts {
namespace {

constexpr size_t kEraScanRows = 300;
constexpr size_t kFrontRows = 40;  // the cover page and table of contents
constexpr size_t kMaxTitleBytes = 300;

// Words that make a line the document's title.
constexpr std::array<std::string_view, 10> kTitleWords = {
    "計画", "プラン", "大綱", "説明書", "報告書", "管理表", "集計表", "方針", "戦略", "ビジョン"};

// Title words -> plan kind, most specific first.
constexpr std::array<std::pair<std::string_view, std::string_view>, 8> kKindWords = {{
    {"進行管理", "progress_report"},
    {"進捗", "progress_report"},
    {"成果説明書", "results_report"},
    {"報告書", "results_report"},
    {"実施計画", "implementation_plan"},
    {"総合計画", "comprehensive_plan"},
    {"基本計画", "comprehensive_plan"},
    {"", "plan"},
}};

bool Contains(std::string_view text, std::string_view word) {
  return text.find(word) != std::string_view::npos;
}

// The short single-cell lines of the front rows, normalised, with their row index.
std::vector<std::string> FrontLines(const Grid& grid) {
  std::vector<std::string> lines;
  for (size_t i = 0; i < std::min(grid.rows.size(), kFrontRows); ++i) {
    const GridRow& row = grid.rows[i];
    if (row.kind != RowKind::kText || row.cells.size() != 1) continue;
    if (row.cells[0].size() > kMaxTitleBytes) continue;
    std::string text = normalize::NormalizeText(ReadMarkdownLine(row).body);
    if (!text.empty()) lines.push_back(std::move(text));
  }
  return lines;
}

void ReadDates(const std::vector<std::string>& lines, normalize::Era era, Plan& plan) {
  for (const std::string& line : lines) {
    const auto date = normalize::FindDate(line, era);
    if (!date || !date->error.empty()) continue;
    if (date->kind == normalize::DateKind::kRange && !plan.start_fy && date->start.year &&
        date->fy) {
      plan.start_fy = date->start.year;
      plan.end_fy = date->fy;
    }
    const bool month =
        date->kind == normalize::DateKind::kMonth || date->kind == normalize::DateKind::kDate;
    if (!month) continue;
    if (Contains(line, "改訂")) {
      plan.revised = normalize::FormatDatePoint(date->start);
    } else if (!plan.published && (Contains(line, "策定") || Contains(line, "発行") ||
                                   Contains(line, "作成") || Contains(line, "初版"))) {
      plan.published = normalize::FormatDatePoint(date->start);
    }
  }
}

}  // namespace

normalize::Era DocumentEra(const Grid& grid) {
  for (size_t i = 0; i < std::min(grid.rows.size(), kEraScanRows); ++i) {
    for (const std::string& cell : grid.rows[i].cells) {
      if (const normalize::Era era = normalize::FirstEraIn(cell); era != normalize::Era::kNone) return era;
    }
  }
  return normalize::Era::kNone;
}

Plan ReadPlanFields(const Grid& grid, normalize::Era era) {
  Plan plan;
  const std::vector<std::string> lines = FrontLines(grid);
  for (const std::string& line : lines) {
    if (std::any_of(kTitleWords.begin(), kTitleWords.end(),
                    [&](std::string_view word) { return Contains(line, word); })) {
      plan.title = line;
      break;
    }
  }
  if (plan.title.empty() && !lines.empty()) plan.title = lines.front();
  for (const auto& [word, kind] : kKindWords) {
    if (Contains(plan.title, word)) {
      plan.kind = kind;
      break;
    }
  }
  ReadDates(lines, era, plan);
  return plan;
}

}  // namespace keikaku::layouts
