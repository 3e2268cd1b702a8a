// Any bytes read as a PDF, in this process (ReadPdfGrid), so a crash in Poppler or in the
// layout shows here; keikaku itself reads PDFs in a child process with limits.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "../ingest/readers.h"

// Poppler sets up fontconfig once per process and never frees it: not a leak of ours.
extern "C" const char* __lsan_default_suppressions() { return "leak:libfontconfig.so\n"; }

// Read one small PDF before fuzzing, so that set-up is not counted against the first input.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  static constexpr std::string_view kPage =
      "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
      "2 0 obj << /Type /Pages /Count 1 /Kids [3 0 R] >> endobj\n"
      "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R "
      "/Resources << /Font << /F1 5 0 R >> >> >> endobj\n"
      "4 0 obj << /Length 38 >> stream\nBT /F1 12 Tf 20 100 Td (keikaku) Tj ET\nendstream endobj\n"
      "5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n"
      "trailer << /Root 1 0 R >>\n%%EOF\n";
  keikaku::ingest::ReadPdfGrid(kPage, {});
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  keikaku::ingest::ReadLimits limits;
  limits.max_pdf_pages = 50;
  limits.max_cells = 1'000'000;
  keikaku::ingest::ReadPdfGrid(bytes, limits);
  return 0;
}
