// From positioned characters to a grid: lines by baseline, table blocks by the column gaps
// that persist down them, wrapped cells merged within their column band. Knows nothing of
// Poppler: pdf_reader.cpp fills PdfText, tests build it by hand.
#ifndef KEIKAKU_INGEST_PDF_LAYOUT_H_
#define KEIKAKU_INGEST_PDF_LAYOUT_H_

#include <string>
#include <vector>

#include "keikaku/parsers/grid.h"

namespace keikaku::ingest {

// One glyph (or one rotated run of glyphs) on a page, in points from the top-left corner.
struct PdfChar {
  std::string text;            // UTF-8: one code point, or a whole run for rotated text
  double x0 = 0, x1 = 0;       // left and right edge
  double y = 0;                // vertical centre of the glyph box
  double size = 10;            // font size in points (> 0)
  bool space_after = false;    // the PDF ends a word here
  bool operator==(const PdfChar&) const = default;
};

struct PdfPage {
  double width = 595, height = 842;
  std::vector<PdfChar> chars;  // in drawing order
};

struct PdfText {
  std::vector<PdfPage> pages;
  std::string title, author;   // document information, UTF-8; "" when absent
};

// Tuning, in ems of the characters involved.
struct PdfLayoutOptions {
  double cell_gap = 1.5;        // a horizontal gap this wide separates cells
  double word_gap = 0.25;       // a gap this wide becomes a space inside a cell
  double same_line = 0.3;       // centres this close (vertically) share a line
  double duplicate = 0.2;       // the same character this close again is a shadow or bold copy
  double wrap_gap = 1.0;        // a fragment this close above or below a row belongs to it
  double header_gap = 1.6;      // header lines this close form one header row
  double paragraph_gap = 2.0;   // a vertical gap this wide leaves a blank row
};

// Characters drawn twice at (nearly) the same place — shadowed or overprinted bold text —
// are kept once. Returns the characters in their original order, copies removed.
std::vector<PdfChar> DropOverprintedChars(std::vector<PdfChar> chars, const PdfLayoutOptions& options = {});

// Lays every page out as rows: one row per visual line; lines of a table block split into
// one cell per column band (blank cells kept), wrapped cells and multi-line headers merged
// into their row; a paragraph gap leaves a blank row (a page break does not: a table running
// on keeps its rows together). A line near the top
// or bottom of a page holding only a number ("8", "- 8 -", "８") is read as the printed page
// number (GridRow::printed_page on every row of that page) and not kept as a row. Rows are
// numbered from 1 through the document and carry their 1-based page. Title and author are
// copied to the grid and, when set, given as the first rows (page 0), before a blank row.
// Never fails; a PDF without characters gives a grid without rows.
Grid LayOutPdf(const PdfText& text, const PdfLayoutOptions& options = {});

}  // namespace keikaku::ingest

#endif  // KEIKAKU_INGEST_PDF_LAYOUT_H_
