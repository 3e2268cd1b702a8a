// Lines of one page to rows: table blocks, their column bands, and the fragments that join
// a row (wrapped names, continuation lines, bracketed header lines, vertical labels).
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <set>

#include "pdf_lines.h"

namespace keikaku::ingest {
namespace {

constexpr double kBlockGap = 3.0;      // ems between lines of one table block
constexpr double kNarrowShare = 0.5;   // a one-segment line narrower than this share of the page may be a cell
constexpr double kBandSlack = 0.5;     // ems: segments this close are one band
constexpr size_t kVerticalRun = 3;     // one character per line, this many lines: a vertical label
constexpr double kVerticalPitch = 1.6; // ems between the characters of a vertical label
constexpr double kContinuationShare = 0.85;  // of the block's row pitch
constexpr double kSameFont = 1.3;           // font sizes within this ratio may share a table
constexpr double kJoinBands = 3.0;          // ems: see JoinExclusiveBands
constexpr double kWordBreakShort = 1.5;      // ems short of the band's edge: the line broke at a space

struct Band {
  double x0, x1;
};

struct BlockRow {
  double y, size;
  std::vector<std::string> cells;  // one per band
  std::vector<double> right;       // per band: right edge of the cell's last line
  double last_y;                   // centre of the row's last line
  std::set<size_t> Filled() const {
    std::set<size_t> filled;
    for (size_t i = 0; i < cells.size(); ++i) {
      if (!cells[i].empty()) filled.insert(i);
    }
    return filled;
  }
};

bool IsNarrowSingle(const PdfLine& line, double page_width) {
  return line.segments.size() == 1 && line.segments[0].x1 - line.segments[0].x0 < kNarrowShare * page_width;
}

std::vector<Band> FindBands(const std::vector<const PdfLine*>& lines) {
  std::vector<Band> spans;
  double em = 10;
  for (const PdfLine* line : lines) {
    if (line->segments.size() < 2) continue;
    em = line->size;
    for (const PdfSegment& segment : line->segments) spans.push_back({segment.x0, segment.x1});
  }
  std::sort(spans.begin(), spans.end(), [](const Band& a, const Band& b) { return a.x0 < b.x0; });
  std::vector<Band> bands;
  for (const Band& span : spans) {
    if (!bands.empty() && span.x0 <= bands.back().x1 + kBandSlack * em) {
      bands.back().x1 = std::max(bands.back().x1, span.x1);
    } else {
      bands.push_back(span);
    }
  }
  return bands;
}

// Neighbouring bands that no line fills both of, closer than kJoinBands ems, are one column
// whose cells are aligned differently (a header centred, values right-aligned under it).
std::vector<Band> JoinExclusiveBands(std::vector<Band> bands, const std::vector<const PdfLine*>& lines);

size_t BandOf(const PdfSegment& segment, const std::vector<Band>& bands) {
  size_t best = 0;
  double best_overlap = -1e300;
  for (size_t i = 0; i < bands.size(); ++i) {
    const double overlap = std::min(segment.x1, bands[i].x1) - std::max(segment.x0, bands[i].x0);
    if (overlap > best_overlap) {
      best_overlap = overlap;
      best = i;
    }
  }
  return best;
}

// Number of UTF-8 code points.
size_t CodePoints(const std::string& text) {
  return static_cast<size_t>(std::count_if(text.begin(), text.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

bool HasDigit(const std::string& text) {
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] >= '0' && text[i] <= '9') return true;
    // U+FF10..U+FF19: EF BC 90..99
    if (i + 2 < text.size() && static_cast<uint8_t>(text[i]) == 0xEF && static_cast<uint8_t>(text[i + 1]) == 0xBC &&
        static_cast<uint8_t>(text[i + 2]) >= 0x90 && static_cast<uint8_t>(text[i + 2]) <= 0x99) {
      return true;
    }
  }
  return false;
}

bool IsAsciiGraphic(char c) {
  const unsigned char byte = static_cast<unsigned char>(c);
  return byte > ' ' && byte < 0x7F;
}

bool StartsWithBracket(const std::string& text) { return text.starts_with("（") || text.starts_with("("); }

// A vertical label: one character per row in the same band, rows close together.
void JoinVerticalLabels(std::vector<BlockRow>& rows) {
  if (rows.empty()) return;
  for (size_t band = 0; band < rows[0].cells.size(); ++band) {
    for (size_t start = 0; start < rows.size();) {
      size_t end = start;
      while (end < rows.size() && CodePoints(rows[end].cells[band]) == 1 && !HasDigit(rows[end].cells[band]) &&
             (end == start || rows[end].y - rows[end - 1].y <= kVerticalPitch * rows[end].size)) {
        ++end;
      }
      if (end - start >= kVerticalRun) {
        for (size_t i = start + 1; i < end; ++i) {
          rows[start].cells[band] += rows[i].cells[band];
          rows[i].cells[band].clear();
        }
      }
      start = std::max(end, start + 1);
    }
  }
  std::erase_if(rows, [](const BlockRow& row) { return row.Filled().empty(); });
}

// Median vertical distance before the lines that start a row of two or more cells (filling a
// cell the line above leaves blank): how far apart this table's rows are; 0 when unknown.
double RowPitch(const std::vector<BlockRow>& rows) {
  std::vector<double> pitches;
  for (size_t i = 1; i < rows.size(); ++i) {
    const std::set<size_t> part = rows[i].Filled(), whole = rows[i - 1].Filled();
    const bool subset = std::all_of(part.begin(), part.end(), [&](size_t band) { return whole.count(band); });
    if (!subset && part.size() >= 2) pitches.push_back(rows[i].y - rows[i - 1].y);
  }
  if (pitches.empty()) return 0;
  std::nth_element(pitches.begin(), pitches.begin() + static_cast<long>(pitches.size() / 2), pitches.end());
  return pitches[pitches.size() / 2];
}

// Whether `fragment`, printed `gap` above or below a row, belongs to it. `line` is the
// filled bands of the row's line next to the fragment, `whole` those of the whole row. It
// does when it fills only cells that line leaves blank and sits within a line of it (a name
// wrapped around its value line); or, below, when it continues some of the row's cells and
// follows closer than rows follow each other (a wrapped cell), or holds only bracketed cells
// under a header ("（2014 年度）").
bool BelongsTo(const BlockRow& fragment, const std::set<size_t>& line, const std::set<size_t>& whole, double size,
               double gap, bool below, double pitch, const PdfLayoutOptions& options) {
  const std::set<size_t> part = fragment.Filled();
  if (part.empty()) return false;
  const bool disjoint = std::none_of(part.begin(), part.end(), [&](size_t band) { return line.count(band); });
  const double em = std::max(fragment.size, size);
  if (disjoint && part.size() < line.size() && gap <= options.wrap_gap * em) return true;
  const bool inside = std::all_of(part.begin(), part.end(), [&](size_t band) { return whole.count(band); });
  if (!below || !inside || gap > options.header_gap * em) return false;
  const bool bracketed = part.size() >= 2 && std::all_of(part.begin(), part.end(), [&](size_t band) {
    return StartsWithBracket(fragment.cells[band]);
  });
  return bracketed || (part.size() < whole.size() && pitch > 0 && gap < kContinuationShare * pitch);
}

// Joins a cell's next line. A line that stopped well short of its column's right edge (the
// widest text in it, `edges`) ended at a word break: a space goes between when ASCII stands on
// either side.
void AppendLine(BlockRow& row, const BlockRow& next, const std::vector<double>& edges) {
  for (size_t band = 0; band < row.cells.size(); ++band) {
    if (next.cells[band].empty()) continue;
    const std::string& before = row.cells[band];
    const bool short_line = !before.empty() && edges[band] - row.right[band] > kWordBreakShort * row.size &&
                            (IsAsciiGraphic(before.back()) || IsAsciiGraphic(next.cells[band].front()));
    row.cells[band] = short_line ? row.cells[band] + " " + next.cells[band] : JoinCellText(row.cells[band], next.cells[band]);
    row.right[band] = next.right[band];
  }
  row.size = std::max(row.size, next.size);
}

void PrependLine(const BlockRow& previous, BlockRow& row) {
  for (size_t band = 0; band < row.cells.size(); ++band) {
    if (row.cells[band].empty()) row.right[band] = previous.right[band];
    row.cells[band] = JoinCellText(previous.cells[band], row.cells[band]);
  }
}

void MergeFragments(std::vector<BlockRow>& rows, const PdfLayoutOptions& options) {
  std::vector<double> edges(rows.empty() ? 0 : rows[0].cells.size(), 0.0);  // right edge of each column's text
  for (const BlockRow& row : rows) {
    for (size_t band = 0; band < edges.size(); ++band) edges[band] = std::max(edges[band], row.right[band]);
  }
  const double pitch = RowPitch(rows);
  std::vector<std::set<size_t>> own;  // each line's filled bands, as printed
  for (const BlockRow& row : rows) own.push_back(row.Filled());
  // Fragments above a row: nearest first, so a name split over lines keeps its order.
  std::vector<bool> taken(rows.size(), false);
  for (size_t i = rows.size(); i-- > 1;) {
    if (taken[i]) continue;
    const std::set<size_t>& filled = own[i];
    for (size_t above = i; above-- > 0 && !taken[above];) {
      const BlockRow& fragment = rows[above];
      if (!BelongsTo(fragment, filled, filled, rows[i].size, rows[above + 1].y - fragment.y, false, pitch, options)) break;
      PrependLine(fragment, rows[i]);
      taken[above] = true;
    }
  }
  std::vector<BlockRow> kept;
  std::set<size_t> last_line;  // filled bands of the line before, as printed
  for (size_t i = 0; i < rows.size(); ++i) {
    if (taken[i]) continue;
    const std::set<size_t>& filled = own[i];
    if (!kept.empty() && BelongsTo(rows[i], last_line, kept.back().Filled(), kept.back().size,
                                   rows[i].y - kept.back().last_y, true, pitch, options)) {
      AppendLine(kept.back(), rows[i], edges);
      kept.back().last_y = rows[i].y;
    } else {
      kept.push_back(std::move(rows[i]));
    }
    last_line = filled;
  }
  rows = std::move(kept);
}

std::vector<Band> JoinExclusiveBands(std::vector<Band> bands, const std::vector<const PdfLine*>& lines) {
  for (size_t i = 0; i + 1 < bands.size();) {
    bool shared = false;
    double em = 10;
    for (const PdfLine* line : lines) {
      bool left = false, right = false;
      for (const PdfSegment& segment : line->segments) {
        const size_t band = BandOf(segment, bands);
        left = left || band == i;
        right = right || band == i + 1;
      }
      shared = shared || (left && right);
      if (left || right) em = line->size;
    }
    if (!shared && bands[i + 1].x0 - bands[i].x1 < kJoinBands * em) {
      bands[i].x1 = std::max(bands[i].x1, bands[i + 1].x1);
      bands.erase(bands.begin() + static_cast<long>(i) + 1);
    } else {
      ++i;
    }
  }
  return bands;
}

PdfDraftRow PlainRow(const PdfLine& line) { return {line.y, line.size, {line.Text()}}; }

void AppendBlock(const std::vector<const PdfLine*>& lines, int block, const PdfLayoutOptions& options,
                 std::vector<PdfDraftRow>& out) {
  const std::vector<Band> bands = JoinExclusiveBands(FindBands(lines), lines);
  std::vector<BlockRow> rows;
  for (const PdfLine* line : lines) {
    BlockRow row{line->y, line->size, std::vector<std::string>(bands.size()), std::vector<double>(bands.size()), line->y};
    for (const PdfSegment& segment : line->segments) {
      const size_t band = BandOf(segment, bands);
      std::string& cell = row.cells[band];
      cell = cell.empty() ? segment.text : cell + " " + segment.text;
      row.right[band] = segment.x1;
    }
    rows.push_back(std::move(row));
  }
  JoinVerticalLabels(rows);
  MergeFragments(rows, options);
  for (BlockRow& row : rows) {
    while (row.cells.size() > 1 && row.cells.back().empty()) row.cells.pop_back();
    out.push_back({row.y, row.size, std::move(row.cells), block});
  }
}

// Whether line `i` belongs to the same table as line `i - 1`: close below it, in a similar
// font, and, when it holds one cell, within a line of a neighbour (a wrapped cell); a lone
// line with space around it is a heading between two tables.
bool ContinuesRun(const std::vector<PdfLine>& lines, size_t i, const PdfLayoutOptions& options) {
  const PdfLine& line = lines[i];
  const PdfLine& previous = lines[i - 1];
  if (line.y - previous.y > kBlockGap * line.size) return false;
  if (std::max(line.size, previous.size) > kSameFont * std::min(line.size, previous.size)) return false;
  if (line.segments.size() >= 2) return true;
  const double reach = options.header_gap * line.size;
  return line.y - previous.y <= reach || (i + 1 < lines.size() && lines[i + 1].y - line.y <= reach);
}

}  // namespace

std::vector<PdfDraftRow> ArrangeRows(const std::vector<PdfLine>& lines, double page_width,
                                     const PdfLayoutOptions& options) {
  std::vector<PdfDraftRow> out;
  int blocks = 0;
  for (size_t start = 0; start < lines.size();) {
    // A run of lines that may form a table: multi-segment or narrow lines, close together.
    size_t end = start;
    while (end < lines.size() && (lines[end].segments.size() >= 2 || IsNarrowSingle(lines[end], page_width)) &&
           (end == start || ContinuesRun(lines, end, options))) {
      ++end;
    }
    size_t first = end, last = start;  // first and last multi-segment line of the run
    for (size_t i = start; i < end; ++i) {
      if (lines[i].segments.size() >= 2) {
        first = std::min(first, i);
        last = i;
      }
    }
    if (end == start || first == end) {  // no table here
      out.push_back(PlainRow(lines[start]));
      start = std::max(end, start + 1);
      continue;
    }
    // Single lines before and after belong to the table only when they hug it (wrapped cells).
    // (A character alone may continue a vertical label a little further.)
    const auto hugs = [&](size_t outer, size_t inner) {
      const double reach = CodePoints(lines[outer].Text()) == 1 ? kVerticalPitch : options.wrap_gap;
      return std::abs(lines[outer].y - lines[inner].y) <= reach * lines[inner].size;
    };
    while (first > start && hugs(first - 1, first)) --first;
    while (last + 1 < end && hugs(last + 1, last)) ++last;
    for (size_t i = start; i < first; ++i) out.push_back(PlainRow(lines[i]));
    std::vector<const PdfLine*> block;
    for (size_t i = first; i <= last; ++i) block.push_back(&lines[i]);
    AppendBlock(block, ++blocks, options, out);
    for (size_t i = last + 1; i < end; ++i) out.push_back(PlainRow(lines[i]));
    start = end;
  }
  return out;
}

}  // namespace keikaku::ingest
