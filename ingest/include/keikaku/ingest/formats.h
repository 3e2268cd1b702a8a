// Format sniffing by content, and the readers that turn every format into one cell grid.
#ifndef KEIKAKU_INGEST_FORMATS_H_
#define KEIKAKU_INGEST_FORMATS_H_

#include <string>
#include <string_view>

#include "keikaku/parsers/grid.h"

namespace keikaku::ingest {

enum class Format { kText, kTsv, kCsv, kMarkdown, kHtml, kXlsx, kPdf };

// "text", "tsv", "csv", "markdown", "html", "xlsx", "pdf".
std::string_view FormatName(Format format);

// Decides the format from content, on at most the first 64 KiB, with `file_name`'s extension
// (.csv, .tsv, .txt; any case; may be empty) deciding only what the content leaves open:
//  - a ZIP signature in `raw_bytes` → kXlsx (ReadGrid then checks it is a workbook);
//  - "%PDF-" at the start of `raw_bytes` → kPdf;
//  - text starting with '<' that holds <table, <html, <body or <!doctype html → kHtml;
//  - two consecutive "| ... |" lines → kMarkdown (unless named .csv or .tsv);
//  - a table, judged per delimiter by whether the body parses cleanly into rows (RFC 4180 quotes
//    balanced for CSV; rows of two or more cells sharing one width in at least a quarter of
//    them). Title lines above the body belong to the sheet, and blank rows, "" rows and ragged
//    rows (trailing empty cells dropped) are allowed:
//      kTsv when every line of the body holds a TAB (PDF-converted text has tabs among lines of
//      running text and stays kText); named .tsv, a looser body (notes, section lines) will do;
//      kCsv when table rows make at least half the body's non-blank lines (commas inside digit
//      groups, "1,300件", do not make a row); named .csv, any balanced comma row will do, named
//      .txt, the whole body must hold commas;
//  - else kText.
// kText/kMarkdown and kTsv give the same cells for the same lines (kinds aside).
Format SniffFormat(std::string_view raw_bytes, std::string_view utf8, std::string_view file_name = {});

// Where `file_name` promises what the content is not: named .xlsx or .xlsm while `format` (as
// sniffed) is not kXlsx gives "named .xlsx but not a workbook: no ZIP signature (the content
// reads as text)"; else "". The pipeline reports such a file instead of importing it as text.
std::string NameContradiction(std::string_view file_name, Format format);

struct GridResult {
  bool ok = false;
  Grid grid;
  std::string error;     // when !ok: one line
  std::string place;     // where: "line 12", "sheet 2 row 40", "xl/sharedStrings.xml"
};

// Limits that keep a hostile file from exhausting memory. The compression ratio is checked
// for ZIP entries of 1 MiB or more (small parts compress unevenly).
struct ReadLimits {
  size_t max_uncompressed_bytes = 512u << 20;
  size_t max_zip_entries = 10000;
  double max_compression_ratio = 200;
  size_t max_cells = 20'000'000;
  // PDFs are read in a child process (ReadGrid, kPdf) held to these limits.
  size_t max_pdf_pages = 2000;
  size_t max_pdf_objects = 1'000'000;          // "obj" markers counted in the file
  size_t pdf_memory_bytes = 1024u << 20;       // address space the child may add
  int pdf_cpu_seconds = 30;
  int pdf_wall_seconds = 60;
};

// Reads `utf8` (text formats) or `raw_bytes` (XLSX) as `format` into a grid whose rows
// keep the source line (text) or sheet row (sheets). Per format:
//  - kText, kMarkdown: ReadTextGrid.
//  - kTsv: one kSheet row per line, cells split on TAB (no quoting), CR dropped.
//  - kCsv: RFC 4180 (quoted cells hold commas, newlines, tabs, doubled quotes; CRLF inside a
//    cell becomes LF); `line` is the line where the record starts. Error: "quoted cell never
//    closed" at "line N".
//  - kHtml: libxml2's HTML parser; one kSheet row per <tr> (cells <td>/<th>, whitespace
//    collapsed, <br> → LF, nested tables as rows of their own); colspan/rowspan repeat the
//    value in every spanned cell; text outside tables as kText rows; script/style dropped.
//  - kXlsx: every sheet in workbook order (names in Grid::sheet_names, rows of later sheets
//    follow, `line` = sheet row); shared strings (rich-text runs joined, furigana dropped),
//    inline strings, numbers through their number formats as Excel shows them (built-in date
//    formats as yyyy-mm-dd), merged ranges give the top-left value to every cell, missing rows
//    become blank rows (at most 1,000 per gap). Errors: "not a workbook: no xl/workbook.xml",
//    "damaged ZIP: ...", "zip bomb: ..." and "too many ZIP entries: ..." (checked on the
//    declared sizes before inflating, and again while inflating), "DOCTYPE not allowed in a
//    workbook part (...)" (no entity expansion, no DTD, no network), "malformed XML in ...".
//  - kPdf: read from `raw_bytes` with Poppler in a keikaku-pdf-reader process held to the memory,
//    CPU-time and wall-clock limits above, so a crash, a hang or a decompression bomb fails
//    this file only; then laid out by LayOutPdf (ingest/pdf_layout.h): one kText row per
//    visual line, table lines split into one cell per column band, each row with its page
//    and printed page number; Title and Author in Grid::title and Grid::author. Errors:
//    "damaged PDF: cannot be opened", "encrypted PDF: needs a password", "no text layer:
//    scanned image; keikaku does not OCR", "too many pages: …", "too many objects: …",
//    "PDF reader exceeded its memory limit (N MiB)", "… CPU-time limit …", "PDF reader timed
//    out after N s", "PDF reader crashed (signal N)".
// Sheet rows (TSV, CSV, HTML, XLSX) drop trailing empty cells, keeping one: a padded export
// gives the same cells as the text it came from. More than limits.max_cells cells fails
// "too many cells". Errors are values; no exception escapes.
GridResult ReadGrid(Format format, std::string_view raw_bytes, std::string_view utf8,
                    const ReadLimits& limits = {});

}  // namespace keikaku::ingest

#endif  // KEIKAKU_INGEST_FORMATS_H_
