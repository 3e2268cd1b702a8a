// Any bytes read as every format: the text, CSV, TSV, markdown, HTML and XLSX readers.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "keikaku/ingest/formats.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using keikaku::ingest::Format;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  keikaku::ingest::ReadLimits limits;
  limits.max_uncompressed_bytes = 8u << 20;
  for (Format format : {Format::kText, Format::kTsv, Format::kCsv, Format::kMarkdown, Format::kHtml, Format::kXlsx}) {
    keikaku::ingest::ReadGrid(format, bytes, bytes, limits);
  }
  return 0;
}
