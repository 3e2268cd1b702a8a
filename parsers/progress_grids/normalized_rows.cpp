#include "progress_grids/normalized_rows.h"

#include <re2/re2.h>

#include <unordered_map>

#include "common/labels.h"
#include "keikaku/normalize/text.h"

namespace keikaku::layouts::progress {
namespace {

// Labels longer than this are narrative, never a header.
constexpr size_t kMaxLabelBytes = 80;

// The lexicon kinds a progress grid's headers use, keyed by their normalised labels.
const std::unordered_map<std::string, std::string>& HeaderLexicon() {
  static const auto lexicon = [] {
    std::unordered_map<std::string, std::string> map;
    for (const char* kind :
         {"ref", "heading", "title", "department", "related_department", "description", "indicator",
          "status", "baseline", "target", "actual"}) {
      for (std::string& label : LabelsOf(kind)) map.emplace(std::move(label), kind);
    }
    return map;
  }();
  return lexicon;
}

}  // namespace

const std::string& Cell(const GridRow& row, size_t index) {
  static const std::string kEmpty;
  return index < row.cells.size() ? row.cells[index] : kEmpty;
}

size_t FilledCount(const GridRow& row) {
  size_t count = 0;
  for (const std::string& cell : row.cells) count += !cell.empty();
  return count;
}

size_t FirstFilled(const GridRow& row) {
  for (size_t i = 0; i < row.cells.size(); ++i) {
    if (!row.cells[i].empty()) return i;
  }
  return row.cells.size();
}

std::string HeaderLabel(std::string_view cell) {
  static const RE2 kColumnMarker(R"(\s*\([A-Za-z]\)\s*$)");
  std::string label(cell);
  if (label.ends_with(")")) RE2::Replace(&label, kColumnMarker, "");
  return label.find(' ') == std::string::npos ? label : normalize::RemoveSpaces(label);
}

std::string_view HeaderKind(std::string_view cell) {
  if (cell.empty() || cell.size() > kMaxLabelBytes) return {};
  const auto& lexicon = HeaderLexicon();
  const auto it = lexicon.find(HeaderLabel(cell));
  return it == lexicon.end() ? std::string_view() : std::string_view(it->second);
}

}  // namespace keikaku::layouts::progress
