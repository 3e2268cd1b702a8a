// Table fitting for the sniffer: does the sample parse cleanly into a table?
#include "sniff_table.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <string>
#include <vector>

#include "readers.h"

namespace keikaku::ingest {
namespace {

constexpr size_t kSniffRecords = 200;
constexpr size_t kMaxSniffCells = 1 << 16;
constexpr double kMinBodyShare = 0.5;       // table rows among the non-blank lines of the body
constexpr double kMinDominantShare = 0.25;  // table rows with the most common width

bool IsDigit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

// "…1" then "300…": the comma was a digit group separator, not a cell boundary.
bool IsDigitGroupSplit(const std::string& left, const std::string& right) {
  if (left.empty() || !IsDigit(left.back()) || right.size() < 3) return false;
  if (!IsDigit(right[0]) || !IsDigit(right[1]) || !IsDigit(right[2])) return false;
  return right.size() == 3 || !IsDigit(right[3]);
}

bool OnlyDigitGroups(const std::vector<std::string>& cells) {
  for (size_t i = 1; i < cells.size(); ++i) {
    if (!IsDigitGroupSplit(cells[i - 1], cells[i])) return false;
  }
  return true;
}

size_t FilledWidth(const std::vector<std::string>& cells) {
  size_t width = cells.size();
  while (width > 0 && cells[width - 1].empty()) --width;
  return width;
}

std::vector<std::vector<std::string>> TabRows(std::string_view sample) {
  std::vector<std::vector<std::string>> rows;
  for (std::string_view line : SplitLines(sample)) {
    std::vector<std::string> cells;
    for (size_t from = 0;;) {
      const size_t tab = line.find('\t', from);
      cells.emplace_back(line.substr(from, tab == std::string_view::npos ? std::string_view::npos : tab - from));
      if (tab == std::string_view::npos) break;
      from = tab + 1;
    }
    rows.push_back(std::move(cells));
  }
  return rows;
}

enum class RowKind { kBlank, kNoDelimiter, kPaddedLine, kTableRow };

RowKind KindOf(const std::vector<std::string>& cells, char delimiter) {
  const size_t filled = FilledWidth(cells);
  if (filled == 0) return RowKind::kBlank;
  if (cells.size() == 1) return RowKind::kNoDelimiter;
  if (filled == 1 || (delimiter == ',' && OnlyDigitGroups(cells))) return RowKind::kPaddedLine;
  return RowKind::kTableRow;
}

TableFit FitRows(const std::vector<std::vector<std::string>>& rows, char delimiter) {
  std::vector<RowKind> kinds;
  std::map<size_t, size_t> widths;
  size_t table_rows = 0;
  for (const auto& cells : rows) {
    kinds.push_back(KindOf(cells, delimiter));
    if (kinds.back() != RowKind::kTableRow) continue;
    ++table_rows;
    ++widths[cells.size()];
  }
  if (table_rows == 0) return TableFit::kNone;
  size_t dominant = 0;
  for (const auto& [width, count] : widths) dominant = std::max(dominant, count);
  if (table_rows < 2 || dominant < kMinDominantShare * table_rows) return TableFit::kWeak;
  const size_t first = std::find(kinds.begin(), kinds.end(), RowKind::kTableRow) - kinds.begin();
  const size_t last = kinds.rend() - std::find(kinds.rbegin(), kinds.rend(), RowKind::kTableRow) - 1;
  const bool strict = std::none_of(kinds.begin() + first, kinds.end(),
                                   [](RowKind kind) { return kind == RowKind::kNoDelimiter; });
  if (strict) return TableFit::kStrict;
  const size_t non_blank = std::count_if(kinds.begin() + first, kinds.begin() + last + 1,
                                         [](RowKind kind) { return kind != RowKind::kBlank; });
  return table_rows >= kMinBodyShare * non_blank ? TableFit::kLoose : TableFit::kWeak;
}

}  // namespace

std::vector<std::string_view> SplitLines(std::string_view text) {
  std::vector<std::string_view> lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    start = end + 1;
  }
  return lines;
}

TableFit FitTable(std::string_view sample, char delimiter, bool truncated) {
  if (delimiter == '\t') return FitRows(TabRows(sample), delimiter);
  const CsvParse parse = ParseCsv(sample, delimiter, kSniffRecords, kMaxSniffCells);
  if (!parse.ok && !truncated) return TableFit::kNone;
  std::vector<std::vector<std::string>> rows;
  for (const CsvRecord& record : parse.records) rows.push_back(record.cells);
  return FitRows(rows, delimiter);
}

}  // namespace keikaku::ingest
