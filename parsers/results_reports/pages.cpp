#include "results_reports/pages.h"

#include <algorithm>

#include "common/cells.h"
#include "common/labels.h"
#include "keikaku/normalize/text.h"
#include "results_reports/budget_tables.h"

namespace keikaku::layouts::results_reports {
namespace {

constexpr size_t kNone = std::string::npos;
constexpr std::string_view kSideList = "side_list";
constexpr std::string_view kAside = "chapter_aside";
constexpr std::string_view kDefaultResultsKey = "実績";

// A 評価 row: the status printed after the label and the label of the text below it.
struct StatusRow {
  std::optional<std::string> status;
  std::string results_key;     // "令和元年度 実績" -> "令和元年度実績"
  std::string notes_key;       // the 特記事項 label the row prints, if any
};

StatusRow ReadStatusRow(const ReportRow& row) {
  StatusRow read;
  const size_t label = row.Find(kStatus);
  for (size_t i = 0; i < label; ++i) {
    if (!row.cells[i].empty()) read.results_key += normalize::RemoveSpaces(row.cells[i]);
  }
  const size_t value = row.NextFilled(label + 1);
  if (value < row.cells.size() && row.labels[value].empty()) {
    // "維持 特記事項": a merged cell whose last word is the next label.
    std::string text = row.cells[value];
    const size_t space = text.rfind(' ');
    if (space != std::string::npos && !LabelKind(text.substr(space + 1)).empty()) {
      if (LabelKind(text.substr(space + 1)) == kNarrative) read.notes_key = text.substr(space + 1);
      text.resize(space);
    }
    const size_t first_space = text.find(' ');
    if (first_space == std::string::npos || LabelKind(text.substr(0, first_space)).empty()) {
      read.status = std::move(text);
    }
  }
  for (size_t i = label + 1; i < row.cells.size() && read.notes_key.empty(); ++i) {
    if (row.labels[i] == kNarrative) read.notes_key = normalize::RemoveSpaces(row.cells[i]);
  }
  return read;
}

// The narrative label a cell starts with ("目標の実現に向けた今後の取り組み 引き続き…")
// and the text after it; an empty label when the cell starts with none.
std::pair<std::string, std::string> SplitNarrativeLabel(const std::string& cell) {
  static const std::vector<std::string> labels = LabelsOf(kNarrative);
  for (const std::string& label : labels) {
    if (cell == label) return {label, ""};
    if (cell.size() > label.size() && cell.starts_with(label) && cell[label.size()] == ' ') {
      return {label, cell.substr(label.size() + 1)};
    }
  }
  return {};
}

std::string TextOfCells(const ReportRow& row, size_t from, size_t to) {
  std::string text;
  for (size_t i = from; i < to && i < row.cells.size(); ++i) {
    if (row.cells[i].empty() || IsDashCell(row.cells[i])) continue;
    if (!text.empty()) text += ' ';
    text += StripMarkdownMarks(row.cells[i]);
  }
  return text;
}

std::vector<std::string> ValuesAfterLabel(const ReportRow& row, std::string_view kind) {
  std::vector<std::string> values;
  const size_t label = row.Find(kind);
  for (size_t i = label + 1; i < row.cells.size(); ++i) {
    if (row.cells[i].empty() || IsDashCell(row.cells[i]) || !row.labels[i].empty()) continue;
    for (auto& part : SplitDepartments(row.cells[i])) values.push_back(std::move(part));
  }
  return values;
}

// Section name without its bracketed gloss: "成果指標(アウトカム)" -> "成果指標".
std::string_view SectionKind(const std::string& name) {
  const size_t bracket = name.find('(');
  return LabelKind(bracket == std::string::npos ? name : name.substr(0, bracket));
}

size_t SectionEnd(const ReportRows& rows, size_t begin, size_t end) {
  size_t i = begin;
  while (i < end && !ReadSectionMark(rows[i])) ++i;
  return i;
}

// End of an indicator table printed without a section heading: the first row that is no
// part of one (指標名, 設定理由 / 算式 / 単位 rows, year headers, 計画 / 実績 rows).
size_t IndicatorTableEnd(const ReportRows& rows, size_t begin, size_t end) {
  constexpr std::string_view kFormula = "indicator_formula";
  size_t i = begin;
  for (; i < end; ++i) {
    const ReportRow& row = rows[i];
    if (row.blank) continue;
    if (row.Has(kStatus) || ReadSectionMark(row)) break;
    const size_t first = row.NextFilled(0);
    const bool labelled_line = !row.labels[first].empty() && row.NextFilled(first + 1) < row.cells.size();
    const bool part = row.Has(kIndicator) || row.Has(kUnit) || row.Has(kFormula) || row.Has(kBaseline) ||
                      row.YearCount() >= 2 || IsIndicatorValueRow(row) || labelled_line;
    if (!part) break;
  }
  return i;
}

bool IsSingleLabelRow(const ReportRow& row) {
  const size_t first = row.NextFilled(0);
  return first < row.cells.size() && !row.labels[first].empty() && row.NextFilled(first + 1) == row.cells.size();
}

void RemoveText(Texts& texts, const std::string& key) {
  std::erase_if(texts, [&](const auto& entry) { return entry.first == key; });
}

}  // namespace

namespace {

// Reads a 施策 page section by section; see ReadPolicyPage.
class PolicyReader {
 public:
  PolicyReader(const ReportRows& rows, size_t end, PageContext& context)
      : rows_(rows), end_(end), context_(context) {}

  Measure Read(size_t begin, const SectionHeading& heading) {
    measure_.ref = heading.ref;
    measure_.kind = "policy";
    measure_.title = heading.title;
    measure_.path = context_.path;
    measure_.line = rows_[begin].line;
    for (size_t i = begin; i < end_; ++i) {
      const ReportRow& row = rows_[i];
      if (row.blank) continue;
      if (auto name = ReadSectionMark(row)) {
        i = OpenSection(*name, i);
      } else if (row.Has(kIndicator) && !IsSingleLabelRow(row)) {
        i = ReadOutcomeTable(i, IndicatorTableEnd(rows_, i, end_)) - 1;  // a table under no ◆ heading
      } else if (section_.empty() && !row.Has(kStatus)) {
        ReadHeadRow(row);
      } else {
        ReadSectionRow(row);
      }
    }
    if (!description_.empty()) measure_.description = description_;
    return std::move(measure_);
  }

 private:
  // Returns the index of the last row the section heading at `i` consumed.
  size_t OpenSection(const std::string& name, size_t i) {
    section_ = key_ = name;
    section_has_sublabel_ = false;
    to_description_ = false;
    const std::string_view kind = SectionKind(section_);
    if (kind == kIndicator) return ReadOutcomeTable(i + 1, SectionEnd(rows_, i + 1, end_)) - 1;
    if (kind == kSideList || kind == kAside) return SectionEnd(rows_, i + 1, end_) - 1;
    return i;
  }

  size_t ReadOutcomeTable(size_t begin, size_t end) {
    auto indicators = ReadIndicatorTable(rows_, begin, end,
                                         {"outcome", ShortRow::kEarliest, context_.results_year},
                                         *context_.diagnostics, *context_.span, *context_.cells);
    for (auto& indicator : indicators) measure_.indicators.push_back(std::move(indicator));
    return end;
  }

  // Rows above the first section: 所管 and 関連.
  void ReadHeadRow(const ReportRow& row) {
    if (row.Has(kDepartment)) {
      for (auto& department : ValuesAfterLabel(row, kDepartment)) measure_.departments.push_back(std::move(department));
    } else if (row.Has(kRelated)) {
      for (auto& department : ValuesAfterLabel(row, kRelated)) {
        measure_.related_departments.push_back(std::move(department));
      }
    }
  }

  void ReadSectionRow(const ReportRow& row) {
    if (row.Has(kStatus)) {
      StatusRow status = ReadStatusRow(row);
      measure_.status = status.status;
      if (!status.results_key.empty()) key_ = context_.results_key = status.results_key;
      return;
    }
    if (IsSingleLabelRow(row)) {  // "計 画", "設 定 理 由", "目的": a text of its own below
      const size_t cell = row.NextFilled(0);
      if (!section_has_sublabel_) RemoveText(measure_.texts, section_);  // the caption above it
      section_has_sublabel_ = true;
      to_description_ = row.labels[cell] == kPurpose;
      key_ = normalize::RemoveSpaces(row.cells[cell]);
      return;
    }
    const std::string text = TextOfCells(row, 0, row.cells.size());
    if (to_description_) {
      if (!description_.empty() && !text.empty()) description_ += ' ';
      description_ += text;
    } else if (!key_.empty()) {
      AppendText(measure_.texts, key_, text);
    }
  }

  const ReportRows& rows_;
  size_t end_;
  PageContext& context_;
  Measure measure_;
  std::string section_;
  std::string key_;          // where text goes; "" before the first section
  std::string description_;
  bool to_description_ = false;  // under 方針 目的
  bool section_has_sublabel_ = false;
};

}  // namespace

Measure ReadPolicyPage(const ReportRows& rows, size_t begin, size_t end, const SectionHeading& heading,
                       PageContext& context) {
  PolicyReader reader(rows, end, context);
  return reader.Read(begin, heading);
}

namespace {

// Value of the label at (row, cell) of a project header: the next cell on the same row
// when the row mixes labels and values, else the cell below it on the next non-blank row
// (or, when that one is a label or empty, the first value of that row).
std::string HeaderValue(const ReportRows& rows, size_t row_index, size_t cell, size_t end) {
  const ReportRow& row = rows[row_index];
  if (!row.OnlyLabels()) {
    const size_t next = row.NextFilled(cell + 1);
    if (next < row.cells.size() && row.labels[next].empty()) return row.cells[next];
  }
  size_t below_index = row_index + 1;
  while (below_index < end && rows[below_index].blank) ++below_index;
  if (below_index >= end) return {};
  const ReportRow& below = rows[below_index];
  if (cell < below.cells.size() && !below.cells[cell].empty() && below.labels[cell].empty()) {
    return below.cells[cell];
  }
  for (size_t i = 0; i < below.cells.size(); ++i) {
    if (!below.cells[i].empty() && below.labels[i].empty() && !below.years[i]) return below.cells[i];
  }
  return {};
}

class ProjectReader {
 public:
  ProjectReader(const ReportRows& rows, size_t end, PageContext& context)
      : rows_(rows), end_(end), context_(context) {}

  Measure Read(size_t begin) {
    measure_.kind = "project";
    measure_.path = context_.path;
    measure_.line = rows_[begin].line;
    for (size_t i = begin; i < end_; ++i) {
      const ReportRow& row = rows_[i];
      if (row.blank) continue;
      if (IsBudgetRow(row)) {
        in_header_ = false;
        BudgetTable table = ReadBudgetTable(rows_, i, end_, *context_.diagnostics, *context_.span);
        measure_.budgets = std::move(table.budgets);
        i = table.end - 1;
      } else if (!seen_status_ && (row.Has(kIndicator) || IsIndicatorValueRow(row))) {
        in_header_ = false;
        i = ReadActivityTable(i) - 1;
      } else if (row.Has(kStatus)) {
        in_header_ = false;
        seen_status_ = true;
        ReadStatus(row);
      } else if (row.Has(kProjectName) || row.Has(kDepartment)) {
        ReadHeaderRow(i);
      } else if (row.Has(kDescription)) {
        in_header_ = false;
        const size_t label = row.Find(kDescription);
        const std::string text = TextOfCells(row, label + 1, row.cells.size());
        if (!text.empty()) measure_.description = text;
      } else if (!in_header_ && (!row.OnlyLabels() || row.Has(kNarrative))) {
        ReadText(row);
      }
    }
    return std::move(measure_);
  }

 private:
  void ReadHeaderRow(size_t i) {
    const ReportRow& row = rows_[i];
    if (const size_t cell = row.Find(kProjectName); cell != kNone && measure_.title.empty()) {
      measure_.title = HeaderValue(rows_, i, cell, end_);
    }
    if (const size_t cell = row.Find(kDepartment); cell != kNone && measure_.departments.empty()) {
      measure_.departments = SplitDepartments(HeaderValue(rows_, i, cell, end_));
    }
  }

  size_t ReadActivityTable(size_t begin) {
    size_t j = begin + 1;
    while (j < end_ && (rows_[j].blank || (!rows_[j].Has(kStatus) &&
                                           (IsIndicatorValueRow(rows_[j]) || rows_[j].YearCount() >= 2)))) {
      ++j;
    }
    auto indicators = ReadIndicatorTable(rows_, begin, j, {"activity", ShortRow::kLatest, context_.results_year},
                                         *context_.diagnostics, *context_.span, *context_.cells);
    for (auto& indicator : indicators) measure_.indicators.push_back(std::move(indicator));
    return j;
  }

  void ReadStatus(const ReportRow& row) {
    StatusRow status = ReadStatusRow(row);
    measure_.status = status.status;
    if (!status.results_key.empty()) context_.results_key = status.results_key;
    key_ = ResultsKey();
    notes_key_ = status.notes_key;
  }

  std::string ResultsKey() const {
    return context_.results_key.empty() ? std::string(kDefaultResultsKey) : context_.results_key;
  }

  // A text row: its first cell continues the current text (or opens the one its label
  // names); further cells on the row are the 特記事項 beside it.
  void ReadText(const ReportRow& row) {
    if (key_.empty()) key_ = ResultsKey();
    const size_t first = row.NextFilled(0);
    auto [label, rest] = SplitNarrativeLabel(row.cells[first]);
    if (!label.empty()) {
      const bool results_missing = !HasText(ResultsKey());
      const bool text_beside = rest.empty() && row.NextFilled(first + 1) < row.cells.size();
      key_ = text_beside && results_missing ? ResultsKey() : label;
    } else if (IsDashCell(row.cells[first]) || !row.labels[first].empty()) {
      rest.clear();  // a stray label or an empty marker
    } else {
      rest = StripMarkdownMarks(row.cells[first]);
      // The results cell holds one paragraph; a paragraph on a row of its own below it is
      // the 特記事項 cell the conversion moved down, when the 評価 row prints that label.
      if (key_ == ResultsKey() && !notes_key_.empty() && HasText(key_)) key_ = notes_key_;
    }
    AppendText(measure_.texts, key_, rest);
    const std::string beside = TextOfCells(row, first + 1, row.cells.size());
    if (beside.empty()) return;
    AppendText(measure_.texts, notes_key_.empty() ? key_ : notes_key_, beside);
  }

  bool HasText(const std::string& key) const {
    return std::any_of(measure_.texts.begin(), measure_.texts.end(),
                       [&](const auto& text) { return text.first == key; });
  }

  const ReportRows& rows_;
  size_t end_;
  PageContext& context_;
  Measure measure_;
  std::string key_;
  std::string notes_key_;  // where text beside the results text goes
  bool in_header_ = true;  // rows of name, 所管課 and account fields come first
  bool seen_status_ = false;
};

}  // namespace

Measure ReadProjectPage(const ReportRows& rows, size_t begin, size_t end, PageContext& context) {
  ProjectReader reader(rows, end, context);
  return reader.Read(begin);
}

}  // namespace keikaku::layouts::results_reports
