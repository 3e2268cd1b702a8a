// RFC 4180 CSV: quoted cells with embedded delimiters, newlines, tabs and doubled quotes.
#include "readers.h"

namespace keikaku::ingest {
namespace {

// Reads one quoted cell starting after its opening quote; returns the index after the closing
// quote, or npos when the text ends first. Counts newlines into `line`.
size_t ReadQuoted(std::string_view text, size_t i, std::string& cell, int& line) {
  while (i < text.size()) {
    const char c = text[i];
    if (c == '"') {
      if (i + 1 < text.size() && text[i + 1] == '"') {
        cell += '"';
        i += 2;
        continue;
      }
      return i + 1;
    }
    if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      ++i;  // CRLF inside a cell becomes LF
      continue;
    }
    if (c == '\n') ++line;
    cell += c;
    ++i;
  }
  return std::string_view::npos;
}

}  // namespace

CsvParse ParseCsv(std::string_view text, char delimiter, size_t max_records, size_t max_cells) {
  CsvParse parse;
  size_t cells = 0;
  int line = 1;
  size_t i = 0;
  while (i < text.size() && parse.records.size() < max_records) {
    CsvRecord record{line, {}};
    std::string cell;
    bool record_done = false;
    while (!record_done) {
      if (i < text.size() && text[i] == '"' && cell.empty()) {
        const size_t after = ReadQuoted(text, i + 1, cell, line);
        if (after == std::string_view::npos) {
          parse.ok = false;
          parse.error = "quoted cell never closed";
          parse.error_line = record.line;
          return parse;
        }
        i = after;
      }
      while (i < text.size() && text[i] != delimiter && text[i] != '\n') cell += text[i++];
      if (i >= text.size() || text[i] == '\n') {
        if (!cell.empty() && cell.back() == '\r') cell.pop_back();
        record_done = true;
        if (i < text.size()) ++line;
      }
      ++i;  // past the delimiter or the newline
      record.cells.push_back(std::move(cell));
      cell.clear();
    }
    cells += record.cells.size();
    if (cells > max_cells) {
      parse.ok = false;
      parse.error = "too many cells (limit " + std::to_string(max_cells) + ")";
      parse.error_line = record.line;
      return parse;
    }
    parse.records.push_back(std::move(record));
  }
  return parse;
}

GridResult ReadCsvGrid(std::string_view utf8, const ReadLimits& limits) {
  CsvParse parse = ParseCsv(utf8, ',', static_cast<size_t>(-1), limits.max_cells);
  if (!parse.ok) return GridError(parse.error, "line " + std::to_string(parse.error_line));
  GridResult result;
  result.grid.rows.reserve(parse.records.size());
  for (CsvRecord& record : parse.records) {
    TrimTrailingEmptyCells(record.cells);
    result.grid.rows.push_back({record.line, RowKind::kSheet, std::move(record.cells)});
  }
  result.ok = true;
  return result;
}

}  // namespace keikaku::ingest
