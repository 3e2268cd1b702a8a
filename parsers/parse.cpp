#include "keikaku/parsers/parse.h"

#include <utility>

#include "action_blocks/action_blocks.h"
#include "common/municipality.h"
#include "generic/generic.h"
#include "implementation_sheets/implementation_sheets.h"
#include "plan_chapters/plan_chapters.h"
#include "progress_grids/progress_grids.h"
#include "results_reports/results_reports.h"

namespace keikaku {

const std::vector<Layout>& KnownLayouts() {
  static const std::vector<Layout> layouts = {
      {"action_blocks", "numbered 取組項目 blocks with 取組内容 / 目標値等 / 担当課 rows",
       layouts::DetectActionBlocks, layouts::ParseActionBlocks},
      {"implementation_sheets", "one 実施計画 sheet per item: 担当課, 現状と課題, 年次計画",
       layouts::DetectImplementationSheets, layouts::ParseImplementationSheets},
      {"plan_chapters", "総合計画 chapters in markdown: 施策大項目, 成果指標と目標値 tables",
       layouts::DetectPlanChapters, layouts::ParsePlanChapters},
      {"results_reports", "成果説明書: 施策 and 事務事業 pages with 計画 / 実績 and 事業費",
       layouts::DetectResultsReports, layouts::ParseResultsReports},
      {"progress_grids", "進行管理表: one row per 取組項目 with 数値目標等 and 進捗状況",
       layouts::DetectProgressGrids, layouts::ParseProgressGrids},
      {"generic", "any document: numbered headings and fiscal-year tables",
       layouts::DetectGeneric, layouts::ParseGeneric},
  };
  return layouts;
}

namespace {

size_t CountIndicators(const ParsedDocument& document) {
  size_t count = 0;
  for (const Measure& measure : document.measures) count += measure.indicators.size();
  return count;
}

}  // namespace

const Layout* FindLayout(std::string_view name) {
  for (const Layout& layout : KnownLayouts()) {
    if (layout.name == name) return &layout;
  }
  return nullptr;
}

ParsedDocument ParseGrid(const Grid& grid, const Layout* forced) {
  constexpr double kClaimThreshold = 0.3;
  const Layout* best = &KnownLayouts().back();
  double best_score = 0;
  for (const Layout& layout : KnownLayouts()) {
    if (forced) break;
    if (layout.name == "generic") continue;
    const double score = layout.Score(grid);
    if (score > best_score) {
      best = &layout;
      best_score = score;
    }
    // Scores are at most 1 and a tie keeps the earlier layout: nothing later can win.
    if (best_score >= 1.0) break;
  }
  if (forced) {
    best = forced;
    best_score = forced->Score(grid);
  } else if (best_score < kClaimThreshold) {
    best = &KnownLayouts().back();
    best_score = best->Score(grid);
  }
  ParsedDocument document = best->parse(grid);
  document.layout = std::string(best->name);
  document.layout_score = best_score;
  // A family that claims the grid but finds no indicator yields to the generic reader when
  // that one finds some: the claim rested on a header shared with another kind of sheet.
  if (!forced && best != &KnownLayouts().back() && CountIndicators(document) == 0) {
    const Layout& generic = KnownLayouts().back();
    ParsedDocument fallback = generic.parse(grid);
    if (CountIndicators(fallback) > 0) {
      fallback.layout = std::string(generic.name);
      fallback.layout_score = generic.Score(grid);
      fallback.diagnostics.push_back(
          {0, "layout_fallback",
           std::string(best->name) + " claimed the document but found no indicator; read generically"});
      document = std::move(fallback);
    }
  }
  if (document.municipality.name.empty()) {
    layouts::MunicipalityFinding found = layouts::FindMunicipality(grid);
    document.municipality = std::move(found.municipality);
    if (found.diagnostic) document.diagnostics.push_back(std::move(*found.diagnostic));
  }
  return document;
}

}  // namespace keikaku
