// The PDF reader's own process. keikaku reads every PDF in a fresh keikaku-pdf-reader process
// started with posix_spawn, never in a bare fork: a fork of a threaded process copies the locks
// other threads hold at that moment (the allocator's, poppler's, ICU's) and the child may wait
// on one forever.
#ifndef KEIKAKU_INGEST_PDF_PROCESS_H_
#define KEIKAKU_INGEST_PDF_PROCESS_H_

#include <string>
#include <string_view>
#include <vector>

#include "keikaku/ingest/formats.h"

namespace keikaku::ingest {

// The grid as bytes, from the reader process to keikaku. Both come from one build: integers
// travel as their 8 raw bytes, strings length-prefixed. Deserializing checks every length.
std::string SerializeGrid(const GridResult& result);
bool DeserializeGrid(std::string_view bytes, GridResult& result);

// Writes all of `bytes` to `fd` (a pipe or memfd), retrying short writes and EINTR.
bool WriteAll(int fd, std::string_view bytes);

// keikaku-pdf-reader's arguments: the limits it holds itself to, in the order PdfReaderMain
// reads them.
std::vector<std::string> PdfReaderArguments(const ReadLimits& limits);

// keikaku-pdf-reader: sets its address-space and CPU-time limits from argv, reads the PDF on
// standard input, writes the serialized grid to standard output. Exit 0 when the grid (or the
// PDF's error) was written, 2 on bad arguments, 3 when standard output failed.
int PdfReaderMain(int argc, char** argv);

}  // namespace keikaku::ingest

#endif  // KEIKAKU_INGEST_PDF_PROCESS_H_
