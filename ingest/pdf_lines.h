// The steps inside LayOutPdf (pdf_layout.h): characters to lines of segments, and lines of
// one page to rows, with table blocks split into column bands.
#ifndef KEIKAKU_INGEST_PDF_LINES_H_
#define KEIKAKU_INGEST_PDF_LINES_H_

#include <string>
#include <vector>

#include "pdf_layout.h"

namespace keikaku::ingest {

// Text between two cell gaps on one line.
struct PdfSegment {
  double x0 = 0, x1 = 0;
  std::string text;
};

// One visual line: characters whose vertical centres agree, left to right.
struct PdfLine {
  double y = 0;      // mean vertical centre
  double size = 10;  // largest font size on the line
  std::vector<PdfSegment> segments;  // never empty
  std::string Text() const;          // segments joined by a space
};

// Groups `chars` (copies already dropped) into lines, top to bottom, each split into
// segments at gaps of options.cell_gap ems; a gap of options.word_gap ems or a PDF word end
// inside a segment becomes one space.
std::vector<PdfLine> GroupLines(const std::vector<PdfChar>& chars, const PdfLayoutOptions& options);

// A row of one page before numbering.
struct PdfDraftRow {
  double y = 0, size = 10;
  std::vector<std::string> cells;  // never empty
  int block = 0;                   // 1, 2 … for the rows of one table block; 0 outside tables
};

// Lays the lines of one page (top to bottom) out as rows. A table block is a run of lines
// close together, holding at least one line of two or more segments; its column bands are
// the x-ranges its multi-segment lines cover, so each table gets its own columns. Every line
// of a block gives one cell per band (blank cells kept); fragments — a wrapped name printed
// above and below its value line, a continuation line, a bracketed header line such as
// "（2014 年度）", a vertical label of one character per line — join their row.
std::vector<PdfDraftRow> ArrangeRows(const std::vector<PdfLine>& lines, double page_width,
                                     const PdfLayoutOptions& options);

// Joins two pieces of one cell: with a space only between two ASCII letters or digits.
std::string JoinCellText(const std::string& first, const std::string& second);

}  // namespace keikaku::ingest

#endif  // KEIKAKU_INGEST_PDF_LINES_H_
