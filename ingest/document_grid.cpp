#include "keikaku/ingest/document_grid.h"

#include <string>
#include <utility>

#include "keikaku/ingest/decode.h"

namespace keikaku::ingest {

DocumentGrid ReadDocumentGrid(std::string_view bytes, const ReadLimits& limits) {
  DocumentGrid result;
  const DecodeResult decoded = Decode(bytes);
  if (!decoded.ok) {
    result.error = decoded.error;
    result.place = "byte " + std::to_string(decoded.error_offset);
    return result;
  }
  const Format format = SniffFormat(bytes, decoded.decoded.utf8);
  GridResult grid = ReadGrid(format, bytes, decoded.decoded.utf8, limits);
  if (!grid.ok) {
    result.error = std::move(grid.error);
    result.place = std::move(grid.place);
    return result;
  }
  result.ok = true;
  result.grid = std::move(grid.grid);
  result.format = format;
  result.encoding = decoded.decoded.encoding;
  return result;
}

}  // namespace keikaku::ingest
