#include "implementation_sheets/sheet_body.h"

#include <algorithm>

#include <re2/re2.h>

#include "common/cells.h"
#include "common/labels.h"
#include "implementation_sheets/year_table.h"
#include "keikaku/normalize/text.h"

namespace keikaku::layouts::sheets {
namespace {

bool IsNarrativeKind(std::string_view kind) { return kind == "description" || kind == "narrative"; }
bool IsBoxKind(std::string_view kind) { return kind == "baseline" || kind == "target"; }

std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> words;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    if (end > start) words.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

// Reads 担当課 and 関係課 cells; a department cell the conversion merged with the 関係課
// label ("秘書政策課 関係課 職員課") is split at the label.
void ReadDepartments(const LabelledGrid& grid, size_t r, SheetBody& body) {
  const GridRow& row = grid.rows[r];
  for (size_t i = 0; i < row.cells.size(); ++i) {
    const std::string_view kind = grid.Kind(r, i);
    if (kind == "department" && grid.Kind(r, i + 1) == "related_department") {
      continue;  // the department cell is blank: the next cell is already 関係課
    }
    if (kind == "department") {
      std::string own;
      std::string related;
      bool after_label = false;
      for (const std::string& word : Words(CellText(row, i + 1))) {
        if (IsLabel(word, "related_department")) {
          after_label = true;
        } else {
          (after_label ? related : own) += word + " ";
        }
      }
      body.departments = SplitDepartments(own);
      if (after_label) body.related_departments = SplitDepartments(related);
      ++i;
    } else if (kind == "related_department") {
      std::string related;
      for (size_t j = i + 1; j < row.cells.size(); ++j) related += CellText(row, j) + " ";
      body.related_departments = SplitDepartments(related);
      return;
    }
  }
}

// Splits an HTML <table> that a narrative cell embeds off its text: the table is a side box
// (it repeats 現状の数値 / 目標の数値), not narrative.
std::string TakeEmbeddedTables(std::string& raw) {
  if (raw.find('<') == std::string::npos) return {};
  static const RE2 kTable(R"((?is)(<table\b.*?</table\s*>))");
  std::string tables;
  re2::StringPiece input(raw);
  std::string match;
  while (RE2::FindAndConsume(&input, kTable, &match)) tables += match + " ";
  if (!tables.empty()) RE2::GlobalReplace(&raw, kTable, " ");
  return tables;
}

// Collects 現状の数値 / 目標の数値 values from the cells beside the narrative, in reading
// order: a box label is answered by the text after it in the same cell, else by the next
// filled cell. The first value of each box wins; later copies are ignored.
class BoxReader {
 public:
  BoxReader(SheetBody& body, normalize::Era era) : body_(body), era_(era) {}

  void Feed(const std::string& text, SourcePlace at) {
    if (text.empty()) return;
    if (IsBoxKind(LabelKind(text))) {
      Open(LabelKind(text), std::nullopt);
      return;
    }
    std::string segment;
    for (const std::string& word : Words(text)) {
      const std::string_view kind = LabelKind(word);
      if (IsBoxKind(kind)) {
        Answer(segment, at);
        segment.clear();
        Open(kind, std::nullopt);
      } else if (auto dated = DatedLabel(word)) {
        Answer(segment, at);
        segment.clear();
        Open(dated->first, dated->second);
      } else {
        segment += segment.empty() ? word : " " + word;
      }
    }
    Answer(segment, at);
  }

 private:
  void Open(std::string_view kind, std::optional<int> fy) {
    pending_ = std::string(kind);
    pending_fy_ = fy;
  }

  void Answer(const std::string& value, SourcePlace at) {
    if (value.empty() || pending_.empty()) return;
    const bool baseline = pending_ == "baseline";
    auto& box = baseline ? body_.baseline_box : body_.target_box;
    if (!box) {
      box = PlacedText{value, at};
      (baseline ? body_.baseline_box_fy : body_.target_box_fy) = pending_fy_;
    }
    pending_.clear();
  }

  // A box label with its year in brackets, "現状値(H30年度)": (kind, fiscal year).
  std::optional<std::pair<std::string_view, std::optional<int>>> DatedLabel(const std::string& word) const {
    const size_t open = word.find('(');
    if (open == std::string::npos || open == 0 || word.back() != ')') return std::nullopt;
    const std::string_view kind = LabelKind(std::string_view(word).substr(0, open));
    if (!IsBoxKind(kind)) return std::nullopt;
    const auto date = normalize::FindDate(std::string_view(word).substr(open), era_);
    if (!date || !date->error.empty() || !date->fy) return std::nullopt;
    return std::make_pair(kind, date->fy);
  }

  SheetBody& body_;
  normalize::Era era_;
  std::string pending_;            // kind of the box label still waiting for its value
  std::optional<int> pending_fy_;  // the year that label names
};

// Narrative cells in printed order; a label printed twice or continued gets appended to.
class NarrativeCollector {
 public:
  NarrativeCollector(const DocumentContext& context, std::vector<std::string> printed)
      : context_(context), printed_(std::move(printed)) {}

  void Labelled(const std::string& label, const std::string& text, size_t label_column) {
    current_ = label;
    label_column_ = label_column;
    Append(label, text);
  }

  // The column narrative labels are printed in; a continuation row's text is one right of it.
  size_t label_column() const { return label_column_; }

  // A row that continues the narrative without a label of its own. When the label that
  // the document's order puts next is missing from this sheet, the row is taken as that
  // label's text (its label was lost in conversion); otherwise it continues the current one.
  bool Continued(const std::string& text, int line, std::vector<Diagnostic>& diagnostics) {
    if (current_.empty()) return false;
    const auto& order = context_.narrative_order;
    const auto at = std::find(order.begin(), order.end(), current_);
    if (at != order.end() && at + 1 != order.end() &&
        std::find(printed_.begin(), printed_.end(), *(at + 1)) == printed_.end()) {
      current_ = *(at + 1);
      printed_.push_back(current_);
      diagnostics.push_back({line, "reconstructed_label", "an unlabelled row is taken as the missing " + current_});
    }
    Append(current_, text);
    return true;
  }

  void Finish(SheetBody& body) const {
    for (const auto& [label, text] : collected_) {
      if (text.empty()) continue;
      if (LabelKind(label) == "description" && !body.description) {
        body.description = text;
      } else {
        body.texts.emplace_back(label, text);
      }
    }
  }

 private:
  void Append(const std::string& label, const std::string& text) {
    auto it = std::find_if(collected_.begin(), collected_.end(),
                           [&](const auto& entry) { return entry.first == label; });
    if (it == collected_.end()) {
      collected_.emplace_back(label, text);
    } else if (!text.empty()) {
      it->second += it->second.empty() ? text : " " + text;
    }
  }

  const DocumentContext& context_;
  std::vector<std::string> printed_;
  std::string current_;
  size_t label_column_ = 0;
  Texts collected_;
};

// One row above the 年次計画 table.
void ReadUpperRow(const LabelledGrid& grid, size_t r, NarrativeCollector& narratives, BoxReader& boxes,
                  std::vector<Diagnostic>& diagnostics) {
  const GridRow& row = grid.rows[r];
  const size_t first = FirstFilledCell(row);
  if (first == row.cells.size()) return;
  size_t next = first;
  const std::string_view kind = grid.Kind(r, first);
  if (IsNarrativeKind(kind)) {
    // A box label right beside the narrative label means the narrative cell was lost.
    const bool text_lost = IsBoxKind(grid.Kind(r, first + 1));
    std::string raw = first + 1 < row.cells.size() && !text_lost ? row.cells[first + 1] : std::string();
    const std::string tables = TakeEmbeddedTables(raw);
    narratives.Labelled(normalize::RemoveSpaces(normalize::NormalizeText(row.cells[first])),
                        normalize::NormalizeText(raw), first);
    boxes.Feed(normalize::NormalizeText(tables), {row.line, static_cast<int>(first + 1)});
    next = text_lost ? first + 1 : first + 2;
  } else if (first == narratives.label_column() + 1 && kind.empty()) {
    const std::string text = CellText(row, first);
    const auto words = Words(text);
    if (!words.empty() && !IsBoxKind(LabelKind(words.front()))) {
      if (!narratives.Continued(text, row.line, diagnostics)) {
        diagnostics.push_back({row.line, "unplaced_text", "a text row before any narrative label"});
      }
      next = first + 1;
    }
  }
  for (size_t i = next; i < row.cells.size(); ++i) {
    boxes.Feed(CellText(row, i), {row.line, static_cast<int>(i)});
  }
}

}  // namespace

std::vector<std::string> NarrativeLabels(const LabelledGrid& grid, size_t begin, size_t end) {
  std::vector<std::string> labels;
  for (size_t r = begin; r < end && r < grid.rows.size(); ++r) {
    const GridRow& row = grid.rows[r];
    const size_t first = FirstFilledCell(row);
    if (first == row.cells.size() || !IsNarrativeKind(grid.Kind(r, first))) continue;
    std::string label = normalize::RemoveSpaces(normalize::NormalizeText(row.cells[first]));
    if (std::find(labels.begin(), labels.end(), label) == labels.end()) labels.push_back(label);
  }
  return labels;
}

SheetBody ReadSheetBody(const LabelledGrid& grid, size_t begin, size_t end, const DocumentContext& context,
                        std::vector<Diagnostic>& diagnostics) {
  SheetBody body;
  end = std::min(end, grid.rows.size());
  const size_t table = FindYearTable(grid, begin, end, context.default_era);
  NarrativeCollector narratives(context, NarrativeLabels(grid, begin, table));
  BoxReader boxes(body, context.default_era);
  bool departments_read = false;
  for (size_t r = begin; r < table; ++r) {
    const bool department_row = grid.RowHas(r, "department");
    if ((department_row && !departments_read) ||
        (!department_row && body.related_departments.empty() && grid.RowHas(r, "related_department") &&
         !IsNarrativeKind(grid.Kind(r, FirstFilledCell(grid.rows[r]))))) {
      ReadDepartments(grid, r, body);
      departments_read = departments_read || department_row;
      continue;
    }
    ReadUpperRow(grid, r, narratives, boxes, diagnostics);
  }
  narratives.Finish(body);
  ReadYearTable(grid, table, end, context, body, diagnostics);
  return body;
}

}  // namespace keikaku::layouts::sheets
