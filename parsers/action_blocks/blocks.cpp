#include "action_blocks/blocks.h"

#include <re2/re2.h>

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
const std::string kRepostMark = "※再掲";

// "職員提案制度の活用 ※再掲" -> ("職員提案制度の活用", true).
std::string TakeRepost(std::string title, bool& repost) {
  const size_t at = title.find(kRepostMark);
  if (at == std::string::npos) return title;
  repost = true;
  title.erase(at, kRepostMark.size());
  return normalize::CollapseSpaces(title);
}

enum class RowRole { kBlank, kContinuation, kDescription, kDepartment, kRelatedDepartment, kIndicator, kBaseline, kOther };

// LabelKind for an already normalised cell, without normalising it again (it runs on
// every row of every block).
std::string_view KindOfNormalized(const std::string& cell) {
  static const std::unordered_map<std::string, std::string> kKinds = [] {
    std::unordered_map<std::string, std::string> kinds;
    for (const char* kind : {"description", "department", "related_department", "target", "indicator", "baseline"}) {
      for (std::string& label : LabelsOf(kind)) kinds.emplace(std::move(label), kind);
    }
    return kinds;
  }();
  if (cell.size() > kMaxLabelBytes) return {};
  const auto found = kKinds.find(normalize::RemoveSpaces(cell));
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

}  // namespace

std::optional<std::string> ActionNumber(const std::string& cell) {
  // Checked on every row, so a plain prefix test comes before any regex.
  static const std::vector<std::string> kLabels = LabelsOf("action_block");
  static const RE2 kNumber("(?:[-‐－ー―]|No\\.?|NO\\.?|第)?([0-9]+(?:[-‐－][0-9]+)?)?");
  if (cell.size() > kMaxLabelBytes) return std::nullopt;
  const std::string key = normalize::RemoveSpaces(cell);
  for (const std::string& label : kLabels) {
    std::string number;
    if (key.starts_with(label) && RE2::FullMatch(std::string_view(key).substr(label.size()), kNumber, &number)) {
      return number;
    }
  }
  return std::nullopt;
}

std::optional<BlockStart> ReadBlockStart(const Row& row) {
  if (row.IsBlank() || row.first_filled != 0) return std::nullopt;
  auto number = ActionNumber(row.cells[0]);
  if (!number) return std::nullopt;
  size_t next = 1;
  while (next < row.cells.size() && row.cells[next].empty()) ++next;
  if (number->empty()) {
    static const RE2 kBareNumber("[0-9]+(?:[-‐－][0-9]+)?");
    if (next >= row.cells.size() || !RE2::FullMatch(row.cells[next], kBareNumber)) return std::nullopt;
    number = row.cells[next];
    while (++next < row.cells.size() && row.cells[next].empty()) {
    }
  }
  BlockStart start;
  start.ref = *number;
  start.title = TakeRepost(row.JoinFrom(next), start.repost);
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
        diagnostics.push_back({row.line, "unplaced_row", "row inside 取組項目-" + measure.ref + " not placed"});
      }
      return true;
    default:
      return ReadOtherLabel(row, measure);
  }
}

}  // namespace

size_t ReadBlock(const std::vector<Row>& rows, size_t begin, const BlockStart& start,
                 std::vector<std::string> path, NormalizeCache& cache, Measure& measure,
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
