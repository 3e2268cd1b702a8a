// The format readers behind ReadGrid, and the CSV record parser the sniffer shares.
#ifndef KEIKAKU_INGEST_READERS_H_
#define KEIKAKU_INGEST_READERS_H_

#include <string>
#include <string_view>
#include <vector>

#include "keikaku/ingest/formats.h"

namespace keikaku::ingest {

struct CsvRecord {
  int line = 0;                     // 1-based source line where the record starts
  std::vector<std::string> cells;   // quotes removed, doubled quotes undone, CRLF in cells → LF
};

struct CsvParse {
  std::vector<CsvRecord> records;
  bool ok = true;
  std::string error;                // when !ok: "quoted cell never closed", "too many cells ..."
  int error_line = 0;
};

// Parses RFC 4180 records separated by LF or CRLF, cells by `delimiter`; a quoted cell may hold
// delimiters, newlines, tabs and doubled quotes. Text after a closing quote joins the cell
// (lenient, like Excel). Stops after `max_records` records. A quoted cell still open at the end
// of `text`, or more than `max_cells` cells, fails; `records` then holds the records before it.
CsvParse ParseCsv(std::string_view text, char delimiter, size_t max_records, size_t max_cells);

// Drops empty cells at the end of a sheet row, keeping at least one: a padded sheet export
// (Excel writes every row to the used range's width) gives the same cells as the text.
void TrimTrailingEmptyCells(std::vector<std::string>& cells);

GridResult ReadCsvGrid(std::string_view utf8, const ReadLimits& limits);
GridResult ReadTsvGrid(std::string_view utf8, const ReadLimits& limits);
GridResult ReadHtmlGrid(std::string_view utf8, const ReadLimits& limits);
GridResult ReadXlsxGrid(std::string_view raw_bytes, const ReadLimits& limits);

// Reads a PDF in this process (pdf_reader.cpp): for the reader process, the fuzzer and the
// pdf-grid debug command. Limits on pages and objects apply; memory and time do not.
GridResult ReadPdfGrid(std::string_view raw_bytes, const ReadLimits& limits);
// The same in a keikaku-pdf-reader process held to the memory and time limits (pdf_isolation.cpp).
GridResult ReadPdfGridIsolated(std::string_view raw_bytes, const ReadLimits& limits);

GridResult GridError(std::string error, std::string place);

}  // namespace keikaku::ingest

#endif  // KEIKAKU_INGEST_READERS_H_
