// Action-block plans (行政経営プラン style): the parse as a list of steps — normalise the cells, read the plan fields, then walk the rows: headings build the path,
// 取組項目 rows open blocks, the 用語解説 heading opens the glossary.
#include "action_blocks/action_blocks.h"

#include "action_blocks/blocks.h"
#include "action_blocks/glossary.h"
#include "action_blocks/headings.h"
#include "action_blocks/plan_fields.h"
#include "action_blocks/rows.h"

namespace keikaku::layouts {
namespace {

void CheckMeasures(const std::vector<Measure>& measures, std::vector<Diagnostic>& diagnostics) {
  for (const Measure& measure : measures) {
    if (measure.departments.empty()) {
      diagnostics.push_back(
          {measure.line, "missing_department", "取組項目-" + measure.ref + " names no 担当課"});
    }
  }
}

}  // namespace

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
