// Format sniffing by content, and the readers that turn every format into one cell grid.
#ifndef KEIKAKU_INGEST_FORMATS_H_
#define KEIKAKU_INGEST_FORMATS_H_

#include <string>
#include <string_view>

#include "keikaku/parsers/grid.h"

namespace keikaku::ingest {

enum class Format { kText, kTsv, kCsv, kMarkdown, kHtml, kXlsx };

// "text", "tsv", "csv", "markdown", "html", "xlsx".
std::string_view FormatName(Format format);

// Decides the format from content, never from the file name: a ZIP signature is XLSX;
// else, on the decoded text, an HTML document with a <table>, RFC 4180 CSV, a sheet of
// tab-separated rows, markdown tables, or PDF-converted text.
Format SniffFormat(std::string_view raw_bytes, std::string_view utf8);

struct GridResult {
  bool ok = false;
  Grid grid;
  std::string error;     // when !ok: one line
  std::string place;     // where: "line 12", "sheet 2 row 40", "xl/sharedStrings.xml"
};

// Limits that keep a hostile file from exhausting memory.
struct ReadLimits {
  size_t max_uncompressed_bytes = 512u << 20;
  size_t max_zip_entries = 10000;
  double max_compression_ratio = 200;
  size_t max_cells = 20'000'000;
};

// Reads `utf8` (text formats) or `raw_bytes` (XLSX) as `format` into a grid whose rows
// keep the source line (text) or sheet row (sheets).
GridResult ReadGrid(Format format, std::string_view raw_bytes, std::string_view utf8,
                    const ReadLimits& limits = {});

}  // namespace keikaku::ingest

#endif  // KEIKAKU_INGEST_FORMATS_H_
