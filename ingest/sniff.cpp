// Format sniffing by content: ZIP → XLSX; markup → HTML; then whether the first lines parse
// into a table, with the file name's extension deciding where the content is ambiguous.
#include <algorithm>
#include <cctype>

#include "keikaku/ingest/formats.h"
#include "sniff_table.h"

namespace keikaku::ingest {
namespace {

constexpr size_t kSniffBytes = 1 << 16;

// The first kSniffBytes of `utf8`, cut after a line end so no row is cut in two.
std::string_view Sample(std::string_view utf8) {
  if (utf8.size() <= kSniffBytes) return utf8;
  const size_t newline = utf8.rfind('\n', kSniffBytes);
  return utf8.substr(0, newline == std::string_view::npos ? kSniffBytes : newline + 1);
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

std::string LowerExtension(std::string_view file_name) {
  const size_t dot = file_name.rfind('.');
  const size_t slash = file_name.find_last_of("/\\");
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) return "";
  std::string extension(file_name.substr(dot));
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return extension;
}

// CSV or TSV when the sample is a table; the name decides what the content leaves open.
Format SniffTable(std::string_view sample, bool truncated, std::string_view extension) {
  const TableFit tsv = FitTable(sample, '\t', truncated);
  const TableFit csv = FitTable(sample, ',', truncated);
  if (extension == ".csv") {
    if (csv >= TableFit::kLoose || (tsv < TableFit::kStrict && csv >= TableFit::kWeak)) return Format::kCsv;
    return tsv == TableFit::kStrict ? Format::kTsv : Format::kText;
  }
  if (extension == ".tsv") {
    if (tsv >= TableFit::kWeak && (tsv >= TableFit::kLoose || csv < TableFit::kLoose)) return Format::kTsv;
    return csv >= TableFit::kLoose ? Format::kCsv : Format::kText;
  }
  // PDF converters separate columns with tabs among lines of running text, so without a .tsv
  // name a TSV needs its whole body tabbed; commas are no such convention.
  if (tsv == TableFit::kStrict) return Format::kTsv;
  const TableFit csv_needed = extension == ".txt" ? TableFit::kStrict : TableFit::kLoose;
  return csv >= csv_needed ? Format::kCsv : Format::kText;
}

bool IsZip(std::string_view raw_bytes) {
  return raw_bytes.starts_with(std::string_view("PK\x03\x04", 4)) ||
         raw_bytes.starts_with(std::string_view("PK\x05\x06", 4));
}

}  // namespace

Format SniffFormat(std::string_view raw_bytes, std::string_view utf8, std::string_view file_name) {
  if (IsZip(raw_bytes)) return Format::kXlsx;
  if (raw_bytes.starts_with("%PDF-")) return Format::kPdf;
  const std::string_view sample = Sample(utf8);
  if (LooksLikeHtml(sample)) return Format::kHtml;
  const std::string extension = LowerExtension(file_name);
  const bool named_table = extension == ".csv" || extension == ".tsv";
  if (!named_table && LooksLikeMarkdownTable(SplitLines(sample))) return Format::kMarkdown;
  return SniffTable(sample, sample.size() < utf8.size(), extension);
}

std::string NameContradiction(std::string_view file_name, Format format) {
  const std::string extension = LowerExtension(file_name);
  if ((extension == ".xlsx" || extension == ".xlsm") && format != Format::kXlsx) {
    return "named " + extension + " but not a workbook: no ZIP signature (the content reads as " +
           std::string(FormatName(format)) + ")";
  }
  return "";
}

}  // namespace keikaku::ingest
