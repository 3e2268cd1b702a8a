#include "results_reports/report_rows.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>

#include "common/labels.h"
#include "table/normalized_cells.h"
#include "table/year_labels.h"
#include "keikaku/normalize/text.h"

namespace keikaku::layouts::results_reports {
namespace {

// Only short cells that mention a year can be a year header; this keeps FiscalYearOf off
// narrative cells.
bool MayNameYear(std::string_view cell) {
  return cell.size() <= 30 && (cell.find("年") != std::string_view::npos ||
                               cell.find("末") != std::string_view::npos);
}

constexpr size_t kLongestShortCell = 64;  // longer cells are values or narrative

// Labels never hold digits and are short, so value and narrative cells skip the look-up.
bool MayBeLabel(std::string_view cell) {
  return cell.size() <= 64 && cell.find_first_of("0123456789") == std::string_view::npos;
}

}  // namespace

size_t ReportRow::Find(std::string_view kind) const {
  for (size_t i = 0; i < labels.size(); ++i) {
    if (labels[i] == kind) return i;
  }
  return std::string::npos;
}

size_t ReportRow::NextFilled(size_t from) const {
  for (size_t i = from; i < cells.size(); ++i) {
    if (!cells[i].empty()) return i;
  }
  return cells.size();
}

size_t ReportRow::YearCount() const {
  size_t count = 0;
  for (const auto& year : years) count += year.has_value();
  return count;
}

std::string ReportRow::Joined() const {
  std::string joined;
  for (const auto& cell : cells) {
    if (cell.empty()) continue;
    if (!joined.empty()) joined += ' ';
    joined += cell;
  }
  return joined;
}

bool ReportRow::OnlyLabels() const {
  for (size_t i = 0; i < cells.size(); ++i) {
    if (!cells[i].empty() && labels[i].empty()) return false;
  }
  return true;
}

ReportRows ReadReportRows(const Grid& grid) {
  ReportRows rows;
  rows.reserve(grid.rows.size());
  CellMemo memo;  // short cells repeat across pages: 計画, 実績, 平成29年度, 国・県支出金 …
  normalize::Era era = normalize::Era::kNone;
  for (const GridRow& source : grid.rows) {
    ReportRow row;
    row.line = source.line;
    row.cells.reserve(source.cells.size());
    row.labels.reserve(source.cells.size());
    row.years.reserve(source.cells.size());
    for (const std::string& raw : source.cells) {
      std::string cell = normalize::NormalizeText(raw);
      const bool is_short = !cell.empty() && cell.size() <= kLongestShortCell;
      const std::string_view label = is_short && MayBeLabel(cell) ? memo.LabelKind(cell) : std::string_view();
      const std::optional<int> year =
          is_short && MayNameYear(cell) ? memo.FiscalYear(cell, era) : std::nullopt;
      // Bare "2年度" headers are read in the era of the last full year header seen.
      if (year) era = normalize::EraOfYear(*year);
      row.labels.push_back(label);
      row.years.push_back(year);
      if (!cell.empty()) row.blank = false;
      row.cells.push_back(std::move(cell));
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

std::optional<SectionHeading> ReadSectionHeading(const ReportRow& row) {
  static const RE2 kPattern(
      R"(^#*\s*【?\s*(政策|施策)\s*([0-9]+(?:\s*[-‐－―ー]\s*[0-9]+)*)\s*】?\s*[:：]?\s*(.*?)\s*】?$)");
  if (row.blank) return std::nullopt;
  const auto names_level = [](const std::string& cell) {
    return cell.find("政策") != std::string::npos || cell.find("施策") != std::string::npos;
  };
  if (std::none_of(row.cells.begin(), row.cells.end(), names_level)) return std::nullopt;
  const std::string joined = row.Joined();
  if (joined.size() > 400) return std::nullopt;
  SectionHeading heading;
  std::string ref;
  if (!RE2::FullMatch(joined, kPattern, &heading.level, &ref, &heading.title)) return std::nullopt;
  for (char c : ref) {
    if (c >= '0' && c <= '9') {
      heading.ref += c;
    } else if (!heading.ref.empty() && heading.ref.back() != '-' && c != ' ') {
      heading.ref += '-';
    }
  }
  if (heading.title.empty()) return std::nullopt;
  return heading;
}

std::optional<std::string> ReadSectionMark(const ReportRow& row) {
  // Markers that open a section; bullets such as ○ ● ◎ ・ open list items instead.
  static constexpr std::array<std::string_view, 8> kMarks = {"◆", "◇", "■", "□", "▼", "▽", "★", "☆"};
  const size_t first = row.NextFilled(0);
  if (first >= row.cells.size() || row.NextFilled(first + 1) < row.cells.size()) return std::nullopt;
  std::string_view text = row.cells[first];
  while (!text.empty() && (text.front() == '#' || text.front() == ' ')) text.remove_prefix(1);
  static constexpr std::string_view kOpen = "【", kClose = "】";
  constexpr size_t kLongestBracketedName = 60;
  if (text.starts_with(kOpen) && text.ends_with(kClose) && text.size() <= kLongestBracketedName) {
    text = text.substr(kOpen.size(), text.size() - kOpen.size() - kClose.size());
  } else {
    const auto mark = std::find_if(kMarks.begin(), kMarks.end(), [&](auto m) { return text.starts_with(m); });
    if (mark == kMarks.end()) return std::nullopt;
    text.remove_prefix(mark->size());
  }
  std::string name = normalize::RemoveSpaces(text);
  if (name.empty()) return std::nullopt;
  return name;
}

LabelledCell SplitLabelPrefix(const ReportRow& row, size_t cell) {
  if (cell >= row.cells.size()) return {};
  if (!row.labels[cell].empty()) return {row.labels[cell], ""};
  const std::string& text = row.cells[cell];
  const size_t space = text.find(' ');
  constexpr size_t kLongestValueLabel = 15;  // "計画", "実績", "目標値" and the like
  if (space == std::string::npos || space > kLongestValueLabel) return {};
  // Most cells with a space are no "label value" pair: a look-up of the word before the space
  // spares them the year splitter.
  const std::string_view lead = LabelKind(std::string_view(text).substr(0, space));
  if (lead != kTarget && lead != kActual) return {};
  YearLabel split = SplitYearLabel(text, normalize::Era::kNone);
  if (!split.year.empty() || split.rest.empty()) return {};  // "令和元年度 実績" heads a column
  const std::string_view kind = LabelKind(split.label);
  if (kind != kTarget && kind != kActual) return {};
  return {kind, std::move(split.rest)};
}

bool IsDashCell(std::string_view text) {
  if (text.empty()) return false;
  static const RE2 kDashes(R"(^[\s\-—―ー－–‐─]+$)");
  return RE2::FullMatch(text, kDashes);
}

std::string StripMarkdownMarks(std::string_view text) {
  while (!text.empty() && (text.front() == '#' || text.front() == ' ')) text.remove_prefix(1);
  if (text.size() >= 2 && text[0] == '-' && text[1] == ' ') text.remove_prefix(2);
  if (text.size() >= 2 && text[0] == '*' && text[1] == ' ') text.remove_prefix(2);
  return std::string(text);
}

void AppendText(Texts& texts, const std::string& key, std::string_view text) {
  if (text.empty()) return;
  for (auto& [existing, value] : texts) {
    if (existing != key) continue;
    if (!value.empty()) value += ' ';
    value += text;
    return;
  }
  texts.emplace_back(key, std::string(text));
}

}  // namespace keikaku::layouts::results_reports
