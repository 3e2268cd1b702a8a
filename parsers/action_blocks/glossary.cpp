#include "action_blocks/glossary.h"

#include <re2/re2.h>

#include <string>

#include "action_blocks/headings.h"
#include "common/labels.h"
#include "keikaku/normalize/text.h"

namespace keikaku::layouts::action_blocks {
namespace {

constexpr size_t kMaxIndexCodePoints = 8;

// "■ 基金" -> "基金"; "* 財政調整基金" -> "財政調整基金"; nullopt for any other row.
// `raw` is the row's text before NormalizeText.
std::optional<std::string> TermOf(const std::string& raw) {
  static const RE2 kTerm("^(?:■|●|◆|□|◇|\\*|＊)\\s*(.+)$");
  std::string term;
  if (!RE2::FullMatch(raw, kTerm, &term)) return std::nullopt;
  return normalize::NormalizeText(term);
}

// WORKAROUND(normalize): NormalizeText drops a leading "*" (as a footnote mark) and the "<"
// of "<カ行>" (as broken HTML), so term marks and index rows are read from the raw cells.
std::string RawText(const Row& row) {
  std::string joined;
  for (const std::string& cell : row.raw->cells) {
    if (!joined.empty()) joined += ' ';
    joined += cell;
  }
  return normalize::CollapseSpaces(joined);
}

// "<ア行>", "【あ行】": index rows between groups of terms.
bool IsIndexRow(const std::string& text) {
  static const RE2 kIndex("^(?:<|＜|〈|【|\\[)\\s*\\S+\\s*(?:>|＞|〉|】|\\])$");
  return CodePoints(text) <= kMaxIndexCodePoints && RE2::FullMatch(text, kIndex);
}

}  // namespace

bool IsGlossaryStart(const Row& row) {
  static const RE2 kBrackets("[【】\\[\\]<>〈〉《》]");
  if (row.filled_count != 1) return false;
  std::string text = row.cells[row.first_filled];
  if (CodePoints(text) > kMaxIndexCodePoints * 2) return false;
  RE2::GlobalReplace(&text, kBrackets, "");
  static const std::vector<std::string> kLabels = LabelsOf("glossary");
  const std::string key = normalize::RemoveSpaces(text);
  for (const std::string& label : kLabels) {
    if (key == label) return true;
  }
  return false;
}

size_t ReadGlossary(const std::vector<Row>& rows, size_t begin, std::vector<GlossaryEntry>& glossary) {
  const size_t first_entry = glossary.size();
  size_t i = begin;
  for (; i < rows.size(); ++i) {
    const Row& row = rows[i];
    if (row.IsBlank()) continue;
    const std::string raw = RawText(row);
    if (auto term = TermOf(raw)) {
      glossary.push_back({std::move(*term), ""});
      continue;
    }
    if (const auto heading = ReadHeading(row); heading && heading->chapter) break;
    if (IsIndexRow(raw) || glossary.size() == first_entry) continue;
    glossary.back().definition += row.JoinFrom(0);
  }
  return i;
}

}  // namespace keikaku::layouts::action_blocks
