#include "action_blocks/blocks.h"

#include <re2/re2.h>

#include <algorithm>
#include <unordered_map>

#include "action_blocks/headings.h"
#include "action_blocks/indicators.h"
#include "common/cells.h"
#include "common/labels.h"
#include "keikaku/normalize/text.h"

namespace keikaku::layouts::action_blocks {
namespace {

constexpr size_t kMaxLabelCodePoints = 16;
constexpr size_t kMaxLabelBytes = 64;

// "職員提案制度の活用 ※再掲", "…(再掲)", "…【再掲】" -> ("職員提案制度の活用", true).
std::string TakeRepost(std::string title, bool& repost) {
  static const RE2 kRepost("※\\s*再掲|[(【\\[〔]\\s*再掲\\s*[)】\\]〕]");
  if (title.find("再掲") == std::string::npos || !RE2::GlobalReplace(&title, kRepost, " ")) return title;
  repost = true;
  return normalize::CollapseSpaces(title);
}

enum class RowRole {
  kBlank,
  kContinuation,
  kDescription,
  kDepartment,
  kRelatedDepartment,
  kIndicator,
  kBaseline,
  kOther
};

// LabelKind for an already normalised cell, without normalising it again (it runs on
// every row of every block).
std::string_view KindOfNormalized(const std::string& cell) {
  static const std::unordered_map<std::string, std::string> kKinds = [] {
    std::unordered_map<std::string, std::string> kinds;
    for (const char* kind :
         {"description", "department", "related_department", "target", "indicator", "baseline"}) {
      for (std::string& label : LabelsOf(kind)) kinds.emplace(std::move(label), kind);
    }
    return kinds;
  }();
  if (cell.size() > kMaxLabelBytes) return {};
  std::string key = normalize::RemoveSpaces(cell);
  auto found = kKinds.find(key);
  if (found == kKinds.end() && key.ends_with("等")) {  // "担当課等" is 担当課
    key.resize(key.size() - std::string_view("等").size());
    found = kKinds.find(key);
  }
  return found == kKinds.end() ? std::string_view() : std::string_view(found->second);
}

RowRole RoleOf(const Row& row) {
  if (row.IsBlank()) return RowRole::kBlank;
  if (row.first_filled > 0) return RowRole::kContinuation;
  const std::string_view kind = KindOfNormalized(row.cells[0]);
  if (kind == "description") return RowRole::kDescription;
  if (kind == "department") return RowRole::kDepartment;
  if (kind == "related_department") return RowRole::kRelatedDepartment;
  if (kind == "target" || kind == "indicator") return RowRole::kIndicator;
  if (kind == "baseline") return RowRole::kBaseline;
  return RowRole::kOther;
}

std::vector<std::string> Departments(const Row& row) {
  std::vector<std::string> departments;
  for (size_t i = 1; i < row.cells.size(); ++i) {
    for (std::string& part : SplitDepartments(row.cells[i])) departments.push_back(std::move(part));
  }
  return departments;
}

// A labelled narrative row the lexicon does not know ("現状と課題⇥…"): kept in texts.
bool ReadOtherLabel(const Row& row, Measure& measure) {
  const std::string& label = row.cells[0];
  if (row.filled_count < 2 || CodePoints(label) > kMaxLabelCodePoints || label.ends_with("。")) return false;
  measure.texts.emplace_back(normalize::RemoveSpaces(label), row.JoinFrom(1));
  return true;
}

// "(?:取組項目|実施項目|取組)" from the lexicon, longest first so 取組項目 wins over 取組.
std::string ActionLabelAlternatives() {
  const std::vector<std::string> labels = ActionBlockLabels();  // longest first
  std::string alternatives;
  for (const std::string& label : labels) {
    if (!alternatives.empty()) alternatives += '|';
    alternatives += RE2::QuoteMeta(label);
  }
  return "(?:" + alternatives + ")";
}


}  // namespace

bool StartsWithActionLabel(std::string_view cell) {
  static const std::vector<std::string> kLabels = ActionBlockLabels();
  for (std::string_view bracket : {"【", "［", "[", "〔", "（", "("}) {
    if (cell.starts_with(bracket)) cell.remove_prefix(bracket.size());
  }
  while (cell.starts_with(" ")) cell.remove_prefix(1);
  return std::any_of(kLabels.begin(), kLabels.end(),
                     [&](const std::string& label) { return cell.starts_with(label); });
}


std::optional<ActionLabel> ReadActionLabel(const std::string& cell) {
  static const RE2 kActionLabel(
      "[【\\[〔(]?\\s*" + ActionLabelAlternatives() +
      "\\s*(?:[-‐－ー―]|No\\.?|NO\\.?|第)?\\s*([0-9]+(?:[-‐－][0-9]+)?)?\\s*[】\\]〕)]?\\s*(.*)");
  if (cell.size() > kMaxLabelBytes * 4 || !StartsWithActionLabel(cell)) return std::nullopt;
  ActionLabel label;
  if (!RE2::FullMatch(cell, kActionLabel, &label.number, &label.inline_title)) return std::nullopt;
  // "取組内容" is 取組 + 内容: a label followed by words but no number is another label.
  if (label.number.empty() && !label.inline_title.empty()) return std::nullopt;
  return label;
}

bool IsBareNumber(const std::string& cell) {
  static const RE2 kBareNumber("[0-9]+(?:[-‐－][0-9]+)?");
  return RE2::FullMatch(cell, kBareNumber);
}

std::optional<BlockStart> ReadBlockStart(const Row& row) {
  if (row.IsBlank() || row.first_filled != 0) return std::nullopt;
  const auto label = ReadActionLabel(row.cells[0]);
  if (!label) return std::nullopt;
  BlockStart start;
  start.ref = label->number;
  size_t next = 1;
  while (next < row.cells.size() && row.cells[next].empty()) ++next;
  if (start.ref.empty()) {
    if (next >= row.cells.size() || !IsBareNumber(row.cells[next])) return std::nullopt;
    start.ref = row.cells[next];
    while (++next < row.cells.size() && row.cells[next].empty()) {
    }
  }
  std::string title = label->inline_title;
  const std::string rest = row.JoinFrom(next);
  if (!title.empty() && !rest.empty()) title += ' ';
  title += rest;
  start.title = TakeRepost(std::move(title), start.repost);
  return start;
}

namespace {

// Applies one row of a block to `measure`; false when the row does not belong to the block.
bool ApplyRow(const Row& row, RowRole role, RowRole previous, Measure& measure,
              IndicatorCollector& indicators, std::vector<Diagnostic>& diagnostics) {
  switch (role) {
    case RowRole::kDescription:
      measure.description = row.JoinFrom(1);
      return true;
    case RowRole::kDepartment:
      for (std::string& d : Departments(row)) measure.departments.push_back(std::move(d));
      return true;
    case RowRole::kRelatedDepartment:
      for (std::string& d : Departments(row)) measure.related_departments.push_back(std::move(d));
      return true;
    case RowRole::kIndicator:
      indicators.AddLabelled(row, 0);
      return true;
    case RowRole::kBaseline:
      if (!indicators.AddBaseline(row, 0)) {
        diagnostics.push_back({row.line, "unplaced_row", "baseline row before any indicator; not placed"});
      }
      return true;
    case RowRole::kContinuation:
      if (previous == RowRole::kDescription && row.filled_count == 1 && measure.description) {
        *measure.description += row.JoinFrom(1);  // a description wrapped onto the next row
      } else if (!indicators.AddContinuation(row)) {
        diagnostics.push_back(
            {row.line, "unplaced_row", "row inside 取組項目-" + measure.ref + " not placed"});
      }
      return true;
    default:
      return indicators.AddYearHeader(row) || ReadOtherLabel(row, measure);
  }
}

}  // namespace

size_t ReadBlock(const std::vector<Row>& rows, size_t begin, const BlockStart& start,
                 std::vector<std::string> path, CellReading& cache, Measure& measure,
                 std::vector<Diagnostic>& diagnostics) {
  measure.ref = start.ref;
  measure.kind = "action";
  measure.title = start.title;
  measure.repost = start.repost;
  measure.path = std::move(path);
  measure.line = rows[begin].line;
  IndicatorCollector indicators(cache, diagnostics);
  RowRole previous = RowRole::kOther;
  size_t i = begin + 1;
  for (; i < rows.size(); ++i) {
    const RowRole role = RoleOf(rows[i]);
    if (role == RowRole::kBlank) continue;
    if (ReadBlockStart(rows[i]) || ReadHeading(rows[i])) break;
    if (!ApplyRow(rows[i], role, previous, measure, indicators, diagnostics)) break;
    if (role != RowRole::kContinuation) previous = role;
  }
  measure.indicators = indicators.Finish();
  return i;
}

}  // namespace keikaku::layouts::action_blocks
