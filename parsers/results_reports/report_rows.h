// The grid of a results report, normalised once: every cell's text and the label it is,
// plus the small cell-level readings every phase of the parser shares.
#ifndef KEIKAKU_PARSERS_RESULTS_REPORTS_REPORT_ROWS_H_
#define KEIKAKU_PARSERS_RESULTS_REPORTS_REPORT_ROWS_H_

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "keikaku/normalize/date.h"
#include "keikaku/parsers/grid.h"
#include "keikaku/parsers/records.h"

namespace keikaku::layouts::results_reports {

// Label kinds of parsers/data/labels.tsv this family reads.
inline constexpr std::string_view kDepartment = "department";
inline constexpr std::string_view kRelated = "related_department";
inline constexpr std::string_view kDescription = "description";
inline constexpr std::string_view kBaseline = "baseline";
inline constexpr std::string_view kTarget = "target";
inline constexpr std::string_view kActual = "actual";
inline constexpr std::string_view kStatus = "status";
inline constexpr std::string_view kIndicator = "indicator";
inline constexpr std::string_view kUnit = "unit";
inline constexpr std::string_view kProjectName = "project_name";
inline constexpr std::string_view kBudgetSection = "budget_section";
inline constexpr std::string_view kPurpose = "purpose";
inline constexpr std::string_view kNarrative = "narrative";

// One source row: normalised cells and the label kind of each ("" when no label).
struct ReportRow {
  int line = 0;
  std::vector<std::string> cells;        // normalize::NormalizeText of each raw cell
  std::vector<std::string_view> labels;  // LabelKind of each cell; views into the lexicon
  std::vector<std::optional<int>> years; // fiscal year a cell names on its own ("平成29年度")
  bool blank = true;

  // Index of the first cell whose label kind is `kind`, or npos.
  size_t Find(std::string_view kind) const;
  bool Has(std::string_view kind) const { return Find(kind) != std::string::npos; }
  // Index of the first non-empty cell at or after `from`, or cells.size().
  size_t NextFilled(size_t from) const;
  // Number of cells that name a fiscal year.
  size_t YearCount() const;
  // Non-empty cells joined with one space.
  std::string Joined() const;
  // True when every non-empty cell is a label.
  bool OnlyLabels() const;
};

using ReportRows = std::vector<ReportRow>;

// Normalises every cell of `grid` once.
ReportRows ReadReportRows(const Grid& grid);

// A heading row "政策 6 title" / "施策 6-1 title" / "【施策6-1】 title" (cells joined).
struct SectionHeading {
  std::string level;  // "政策" or "施策"
  std::string ref;    // "6", "6-1"
  std::string title;
};
std::optional<SectionHeading> ReadSectionHeading(const ReportRow& row);

// A section heading inside a page: a marked line ("◆現状と課題", "#### ◆方 針", "■成果指標")
// or a bracketed one ("【成果指標】"). Returns its name with spaces removed ("方針");
// nullopt for any other row.
std::optional<std::string> ReadSectionMark(const ReportRow& row);

// A cell that starts with a value label ("計画 686", "実績 7"): the label kind and the
// rest ("686"). Whole-cell labels give an empty rest. Kind "" when the cell has none.
struct LabelledCell {
  std::string_view kind;
  std::string rest;
};
LabelledCell SplitLabelPrefix(const ReportRow& row, size_t cell);

// True for "—", "-", "--", "---" and the like: a cell that says "nothing here".
bool IsDashCell(std::string_view text);

// Removes markdown list markers and heading marks from the start of a text line.
std::string StripMarkdownMarks(std::string_view text);

// Appends `text` to `texts` under `key`, joining with one space when the key exists.
void AppendText(Texts& texts, const std::string& key, std::string_view text);

}  // namespace keikaku::layouts::results_reports

#endif  // KEIKAKU_PARSERS_RESULTS_REPORTS_REPORT_ROWS_H_
