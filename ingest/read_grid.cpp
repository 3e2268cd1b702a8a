// ReadGrid: one dispatch to the reader of each format, plus the TSV reader.
#include <exception>

#include "keikaku/ingest/formats.h"
#include "readers.h"

namespace keikaku::ingest {

std::string_view FormatName(Format format) {
  switch (format) {
    case Format::kText: return "text";
    case Format::kTsv: return "tsv";
    case Format::kCsv: return "csv";
    case Format::kMarkdown: return "markdown";
    case Format::kHtml: return "html";
    case Format::kXlsx: return "xlsx";
    case Format::kPdf: return "pdf";
  }
  return "text";
}

void TrimTrailingEmptyCells(std::vector<std::string>& cells) {
  while (cells.size() > 1 && cells.back().empty()) cells.pop_back();
  if (cells.empty()) cells.emplace_back();
}

GridResult GridError(std::string error, std::string place) {
  GridResult result;
  result.error = std::move(error);
  result.place = std::move(place);
  return result;
}

GridResult ReadTsvGrid(std::string_view utf8, const ReadLimits& limits) {
  GridResult result;
  size_t cells = 0;
  int line_number = 0;
  size_t start = 0;
  while (start < utf8.size()) {
    size_t end = utf8.find('\n', start);
    if (end == std::string_view::npos) end = utf8.size();
    std::string_view line = utf8.substr(start, end - start);
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    GridRow row{line_number, RowKind::kSheet, {}};
    for (size_t cell_start = 0;;) {
      const size_t tab = line.find('\t', cell_start);
      row.cells.emplace_back(line.substr(cell_start, tab == std::string_view::npos ? tab : tab - cell_start));
      if (tab == std::string_view::npos) break;
      cell_start = tab + 1;
    }
    TrimTrailingEmptyCells(row.cells);
    cells += row.cells.size();
    if (cells > limits.max_cells) {
      return GridError("too many cells (limit " + std::to_string(limits.max_cells) + ")",
                       "line " + std::to_string(line_number));
    }
    result.grid.rows.push_back(std::move(row));
    start = end + 1;
  }
  result.ok = true;
  return result;
}

GridResult ReadGrid(Format format, std::string_view raw_bytes, std::string_view utf8,
                    const ReadLimits& limits) {
  try {
    switch (format) {
      case Format::kText:
      case Format::kMarkdown: {
        GridResult result;
        result.grid = ReadTextGrid(utf8);
        result.ok = true;
        return result;
      }
      case Format::kTsv: return ReadTsvGrid(utf8, limits);
      case Format::kCsv: return ReadCsvGrid(utf8, limits);
      case Format::kHtml: return ReadHtmlGrid(utf8, limits);
      case Format::kXlsx: return ReadXlsxGrid(raw_bytes, limits);
      case Format::kPdf: return ReadPdfGridIsolated(raw_bytes, limits);
    }
  } catch (const std::bad_alloc&) {
    return GridError("out of memory while reading the " + std::string(FormatName(format)), "");
  } catch (const std::exception& error) {
    return GridError(std::string("cannot read the ") + std::string(FormatName(format)) + ": " + error.what(), "");
  }
  return GridError("unknown format", "");
}

}  // namespace keikaku::ingest
