// One file's bytes as the cell grid `keikaku ingest` parses, for tools that look at a file
// without storing it (keikaku layouts --explain).
#ifndef KEIKAKU_INGEST_DOCUMENT_GRID_H_
#define KEIKAKU_INGEST_DOCUMENT_GRID_H_

#include <string>
#include <string_view>

#include "keikaku/ingest/formats.h"
#include "keikaku/parsers/grid.h"

namespace keikaku::ingest {

struct DocumentGrid {
  bool ok = false;
  Grid grid;                       // when ok
  Format format = Format::kText;   // when ok
  std::string encoding;            // when ok: Decoded::encoding ("UTF-8", "Shift_JIS (CP932)" …)
  std::string error;               // when !ok: the reason, one line
  std::string place;               // when !ok: "byte 12", "line 3", "sheet 2 row 40", or ""
};

// The steps `keikaku ingest` takes before parsing, in its order: Decode(bytes) (a rejected
// decoding fails at "byte N"), SniffFormat, then ReadGrid with `limits` (its errors and
// places as they are). Bytes the decoder replaced with U+FFFD are kept replaced. Never throws
// for bad input.
DocumentGrid ReadDocumentGrid(std::string_view bytes, const ReadLimits& limits = {});

}  // namespace keikaku::ingest

#endif  // KEIKAKU_INGEST_DOCUMENT_GRID_H_
