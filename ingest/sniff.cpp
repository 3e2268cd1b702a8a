// Format sniffing by content: ZIP → XLSX; markup → HTML; then the shape of the first lines.
#include <algorithm>
#include <cctype>
#include <map>

#include "keikaku/ingest/formats.h"
#include "readers.h"

namespace keikaku::ingest {
namespace {

constexpr size_t kSniffBytes = 1 << 16;
constexpr size_t kSniffRecords = 200;
constexpr double kShapeAgreement = 0.9;  // share of rows that must have the modal width

// The first kSniffBytes of `utf8`, cut after a line end so no row is cut in two.
std::string_view Sample(std::string_view utf8) {
  if (utf8.size() <= kSniffBytes) return utf8;
  const size_t newline = utf8.rfind('\n', kSniffBytes);
  return utf8.substr(0, newline == std::string_view::npos ? kSniffBytes : newline + 1);
}

std::vector<std::string_view> Lines(std::string_view text) {
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

bool LooksLikeHtml(std::string_view sample) {
  const size_t first = sample.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos || sample[first] != '<') return false;
  std::string lower(sample);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (std::string_view marker : {"<!doctype html", "<html", "<table", "<body"}) {
    if (lower.find(marker) != std::string::npos) return true;
  }
  return false;
}

// True when at least 2 rows exist, the modal width is at least 2 cells and at least
// kShapeAgreement of the rows have it: a sheet, not running text.
bool ConsistentShape(const std::vector<size_t>& widths) {
  if (widths.size() < 2) return false;
  std::map<size_t, size_t> counts;
  for (size_t width : widths) ++counts[width];
  const auto modal = std::max_element(counts.begin(), counts.end(),
                                      [](const auto& a, const auto& b) { return a.second < b.second; });
  return modal->first >= 2 && modal->second >= kShapeAgreement * widths.size();
}

// A genuine sheet export: every non-empty line has tabs, in one consistent shape. PDF-converted
// text also has tabs, but among lines of running text without any.
bool LooksLikeTsv(const std::vector<std::string_view>& lines) {
  std::vector<size_t> widths;
  for (std::string_view line : lines) {
    if (line.empty()) continue;
    const size_t tabs = static_cast<size_t>(std::count(line.begin(), line.end(), '\t'));
    if (tabs == 0) return false;
    widths.push_back(tabs + 1);
  }
  return ConsistentShape(widths);
}

// `truncated`: the sample is a prefix, so a quoted cell may be open at its end.
bool LooksLikeCsv(std::string_view sample, bool truncated) {
  const CsvParse parse = ParseCsv(sample, ',', kSniffRecords, kSniffBytes);
  if (!parse.ok && !truncated) return false;
  std::vector<size_t> widths;
  for (const CsvRecord& record : parse.records) {
    if (record.cells.size() == 1 && record.cells[0].empty()) continue;
    widths.push_back(record.cells.size());
  }
  return ConsistentShape(widths);
}

bool IsPipeRow(std::string_view line) {
  const size_t first = line.find_first_not_of(" \t");
  const size_t last = line.find_last_not_of(" \t");
  return first != std::string_view::npos && last > first && line[first] == '|' && line[last] == '|';
}

bool LooksLikeMarkdownTable(const std::vector<std::string_view>& lines) {
  for (size_t i = 1; i < lines.size(); ++i) {
    if (IsPipeRow(lines[i - 1]) && IsPipeRow(lines[i])) return true;
  }
  return false;
}

}  // namespace

Format SniffFormat(std::string_view raw_bytes, std::string_view utf8) {
  if (raw_bytes.starts_with(std::string_view("PK\x03\x04", 4)) ||
      raw_bytes.starts_with(std::string_view("PK\x05\x06", 4))) {
    return Format::kXlsx;
  }
  if (raw_bytes.starts_with("%PDF-")) return Format::kPdf;
  const std::string_view sample = Sample(utf8);
  if (LooksLikeHtml(sample)) return Format::kHtml;
  const std::vector<std::string_view> lines = Lines(sample);
  if (LooksLikeMarkdownTable(lines)) return Format::kMarkdown;
  if (LooksLikeTsv(lines)) return Format::kTsv;
  if (LooksLikeCsv(sample, sample.size() < utf8.size())) return Format::kCsv;
  return Format::kText;
}

}  // namespace keikaku::ingest
