// Implementation sheets (行政改革大綱 実施計画 style): a cover, a 目次, then one sheet per
// item under chapter "1 …" and section "(1) …" headings. Reading a document is a list of
// steps: outline (headings, 目次) → cover (plan fields) → per sheet: body → indicators.
#include "implementation_sheets/implementation_sheets.h"

#include <algorithm>
#include <map>

#include "common/cells.h"
#include "common/labels.h"
#include "implementation_sheets/indicators.h"
#include "implementation_sheets/outline.h"
#include "implementation_sheets/sheet_body.h"
#include "keikaku/normalize/text.h"

namespace keikaku::layouts {
namespace {

using sheets::Heading;

struct SheetSpan {
  std::vector<Heading> enclosing;  // headings around the sheet, outermost first
  Heading item;                    // the sheet's own numbered title
  size_t end = 0;                  // one past the sheet's last row
};

// Headings of the styles that matter, with each one's depth (-1 for a sheet title).
std::vector<std::pair<const Heading*, int>> Structural(const std::vector<Heading>& headings,
                                                       const std::string& sheet_style,
                                                       const std::vector<std::string>& levels) {
  std::vector<std::pair<const Heading*, int>> result;
  for (const Heading& heading : headings) {
    if (heading.style == sheet_style) {
      result.emplace_back(&heading, -1);
      continue;
    }
    const auto level = std::find(levels.begin(), levels.end(), heading.style);
    if (level != levels.end()) result.emplace_back(&heading, static_cast<int>(level - levels.begin()));
  }
  return result;
}

std::vector<SheetSpan> SheetSpans(const std::vector<Heading>& body, const std::string& sheet_style,
                                  const std::vector<std::string>& levels, size_t row_count) {
  const auto headings = Structural(body, sheet_style, levels);
  std::vector<std::optional<Heading>> open(levels.size());
  std::vector<SheetSpan> spans;
  for (size_t j = 0; j < headings.size(); ++j) {
    const auto& [heading, depth] = headings[j];
    if (depth >= 0) {
      open[depth] = *heading;
      for (size_t deeper = depth + 1; deeper < open.size(); ++deeper) open[deeper].reset();
      continue;
    }
    SheetSpan span{{}, *heading, j + 1 < headings.size() ? headings[j + 1].first->row : row_count};
    for (const auto& enclosing : open) {
      if (enclosing) span.enclosing.push_back(*enclosing);
    }
    spans.push_back(std::move(span));
  }
  return spans;
}

// A 目次 title without the leader dots and page number printed after it ("… 1", "……3").
std::string WithoutPageNumber(std::string title) {
  static constexpr std::string_view kLeaders[] = {" ", ".", "…", "‥", "・", "･"};
  size_t end = title.size();
  while (end > 0 && title[end - 1] >= '0' && title[end - 1] <= '9') --end;
  if (end == title.size()) return title;
  bool led = false;
  for (bool trimmed = true; trimmed;) {
    trimmed = false;
    for (std::string_view leader : kLeaders) {
      if (std::string_view(title).substr(0, end).ends_with(leader)) end -= leader.size(), trimmed = led = true;
    }
  }
  return led ? title.substr(0, end) : title;
}

// The 目次's wording of the enclosing headings, keyed by their numbers joined ("1", "1-(1)").
std::map<std::string, std::string> TocTitles(const std::vector<Heading>& toc,
                                             const std::vector<std::string>& levels) {
  std::map<std::string, std::string> titles;
  std::vector<std::string> open(levels.size());
  for (const auto& [heading, depth] : Structural(toc, "", levels)) {
    if (depth < 0) continue;
    open[depth] = heading->number;
    for (size_t deeper = depth + 1; deeper < open.size(); ++deeper) open[deeper].clear();
    std::string key;
    for (int level = 0; level <= depth; ++level) {
      if (open[level].empty()) continue;
      key += (key.empty() ? "" : "-") + open[level];
    }
    titles.emplace(key, WithoutPageNumber(heading->title));
  }
  return titles;
}

// The 目次 gives the canonical wording; where it differs from the sheet only in spacing
// (letter-spaced "N P O"), the sheet's solid form is kept.
std::string PathTitle(const std::map<std::string, std::string>& toc, const std::string& key,
                      const std::string& sheet_title) {
  const auto it = toc.find(key);
  if (it == toc.end()) return sheet_title;
  if (normalize::RemoveSpaces(it->second) == normalize::RemoveSpaces(sheet_title)) return sheet_title;
  return it->second;
}

Measure ReadMeasure(const sheets::LabelledGrid& grid, const SheetSpan& span, const std::map<std::string, std::string>& toc,
                    const sheets::DocumentContext& context, std::vector<Diagnostic>& diagnostics) {
  Measure measure;
  measure.kind = "action";
  measure.title = span.item.title;
  measure.line = grid.rows[span.item.row].line;
  for (const Heading& heading : span.enclosing) {
    measure.ref += (measure.ref.empty() ? "" : "-") + heading.number;
    measure.path.push_back(PathTitle(toc, measure.ref, heading.title));
  }
  measure.ref += (measure.ref.empty() ? "" : "-") + span.item.number;

  sheets::SheetBody body = sheets::ReadSheetBody(grid, span.item.row + 1, span.end, context, diagnostics);
  measure.departments = std::move(body.departments);
  measure.related_departments = std::move(body.related_departments);
  if (measure.departments.empty()) {
    diagnostics.push_back({measure.line, "missing_department", "a sheet without a 担当課: " + measure.title});
  }
  measure.description = body.description;
  measure.texts = body.texts;
  measure.indicators = sheets::BuildIndicators(body, context, measure.line, diagnostics);
  return measure;
}

std::vector<std::string> NarrativeOrder(const sheets::LabelledGrid& grid, const std::vector<SheetSpan>& spans) {
  std::vector<std::string> longest;
  for (const SheetSpan& span : spans) {
    auto labels = sheets::NarrativeLabels(grid, span.item.row + 1, span.end);
    if (labels.size() > longest.size()) longest = std::move(labels);
  }
  return longest;
}

}  // namespace

ParsedDocument ParseImplementationSheets(const Grid& plain_grid) {
  ParsedDocument document;
  const sheets::LabelledGrid grid(plain_grid);
  const sheets::Outline outline = sheets::ReadOutline(grid);
  const std::string sheet_style = sheets::SheetStyle(grid, outline.body);
  const std::vector<std::string> levels = sheets::EnclosingStyles(grid, outline.body, sheet_style);
  const std::vector<SheetSpan> spans = SheetSpans(outline.body, sheet_style, levels, grid.rows.size());

  size_t cover_end = grid.rows.size();
  if (outline.toc_row) {
    cover_end = *outline.toc_row;
  } else if (!spans.empty()) {
    cover_end = spans.front().enclosing.empty() ? spans.front().item.row : spans.front().enclosing.front().row;
  }
  sheets::DocumentContext context;
  document.plan = sheets::ReadCover(plain_grid, cover_end, &context.default_era);
  if (document.plan.start_fy && document.plan.end_fy) {
    for (int fy = *document.plan.start_fy; fy <= *document.plan.end_fy && fy - *document.plan.start_fy < 50; ++fy) {
      context.plan_years.push_back(fy);
    }
  }
  context.narrative_order = NarrativeOrder(grid, spans);
  const auto toc = TocTitles(outline.toc, levels);
  for (const SheetSpan& span : spans) {
    document.measures.push_back(ReadMeasure(grid, span, toc, context, document.diagnostics));
  }
  if (spans.empty()) document.diagnostics.push_back({0, "no_sheets", "no numbered item sheet was found"});
  return document;
}

}  // namespace keikaku::layouts
