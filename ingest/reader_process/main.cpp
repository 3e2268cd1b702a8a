// keikaku-pdf-reader: the process keikaku reads each PDF in (ingest/pdf_process.h).
#include <unistd.h>

#include "pdf_process.h"

// _exit: the process's memory goes with it, one PDF later. An exit would have LeakSanitizer
// report what fontconfig keeps for the life of a process.
int main(int argc, char** argv) { _exit(keikaku::ingest::PdfReaderMain(argc, argv)); }
