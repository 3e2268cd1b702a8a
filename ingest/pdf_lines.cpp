// Characters to lines: overprinted copies dropped, centres grouped into lines, gaps into
// spaces and cell boundaries.
#include "pdf_lines.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace keikaku::ingest {

std::vector<PdfChar> DropOverprintedChars(std::vector<PdfChar> chars, const PdfLayoutOptions& options) {
  // Sorted by (text, x0), copies of one glyph are neighbours within a short x-window.
  std::vector<size_t> order(chars.size());
  std::iota(order.begin(), order.end(), size_t{0});
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    if (chars[a].text != chars[b].text) return chars[a].text < chars[b].text;
    if (chars[a].x0 != chars[b].x0) return chars[a].x0 < chars[b].x0;
    return a < b;
  });
  std::vector<bool> dropped(chars.size(), false);
  for (size_t i = 0; i < order.size(); ++i) {
    const PdfChar& c = chars[order[i]];
    if (std::isspace(static_cast<unsigned char>(c.text.empty() ? 'x' : c.text[0]))) continue;
    const double tolerance = options.duplicate * c.size;
    for (size_t j = i; j-- > 0;) {
      const PdfChar& kept = chars[order[j]];
      if (kept.text != c.text || c.x0 - kept.x0 > tolerance) break;
      if (dropped[order[j]]) continue;
      if (std::abs(kept.y - c.y) <= tolerance && std::abs(kept.x1 - c.x1) <= tolerance) {
        dropped[order[i]] = true;
        break;
      }
    }
  }
  std::vector<PdfChar> kept;
  kept.reserve(chars.size());
  for (size_t i = 0; i < chars.size(); ++i) {
    if (!dropped[i]) kept.push_back(std::move(chars[i]));
  }
  return kept;
}

std::string PdfLine::Text() const {
  std::string text;
  for (const PdfSegment& segment : segments) {
    if (!text.empty()) text += ' ';
    text += segment.text;
  }
  return text;
}

namespace {

// Splits the characters of one line (any order) into segments.
PdfLine MakeLine(std::vector<const PdfChar*> chars, const PdfLayoutOptions& options) {
  std::sort(chars.begin(), chars.end(), [](const PdfChar* a, const PdfChar* b) { return a->x0 < b->x0; });
  PdfLine line;
  double y_sum = 0;
  line.size = 0;
  const PdfChar* previous = nullptr;
  for (const PdfChar* c : chars) {
    y_sum += c->y;
    line.size = std::max(line.size, c->size);
    if (previous) {
      const double em = (previous->size + c->size) / 2;
      const double gap = c->x0 - previous->x1;
      if (gap >= options.cell_gap * em) {
        line.segments.push_back({c->x0, c->x1, ""});
      } else if ((gap >= options.word_gap * em || previous->space_after) && !line.segments.back().text.empty() &&
                 line.segments.back().text.back() != ' ') {
        line.segments.back().text += ' ';
      }
    } else {
      line.segments.push_back({c->x0, c->x1, ""});
    }
    PdfSegment& segment = line.segments.back();
    if (!(segment.text.empty() && c->text == " ")) segment.text += c->text;
    segment.x1 = std::max(segment.x1, c->x1);
    previous = c;
  }
  for (PdfSegment& segment : line.segments) {
    while (!segment.text.empty() && segment.text.back() == ' ') segment.text.pop_back();
  }
  std::erase_if(line.segments, [](const PdfSegment& s) { return s.text.empty(); });
  line.y = y_sum / static_cast<double>(chars.size());
  return line;
}

}  // namespace

std::vector<PdfLine> GroupLines(const std::vector<PdfChar>& chars, const PdfLayoutOptions& options) {
  std::vector<const PdfChar*> sorted;
  sorted.reserve(chars.size());
  for (const PdfChar& c : chars) sorted.push_back(&c);
  std::stable_sort(sorted.begin(), sorted.end(), [](const PdfChar* a, const PdfChar* b) { return a->y < b->y; });
  std::vector<PdfLine> lines;
  std::vector<const PdfChar*> current;
  double anchor = 0, anchor_size = 0;
  const auto flush = [&] {
    if (current.empty()) return;
    PdfLine line = MakeLine(std::move(current), options);
    if (!line.segments.empty()) lines.push_back(std::move(line));
    current.clear();
  };
  for (const PdfChar* c : sorted) {
    if (!current.empty() && c->y - anchor > options.same_line * std::max(c->size, anchor_size)) flush();
    if (current.empty()) {
      anchor = c->y;
      anchor_size = c->size;
    }
    current.push_back(c);
  }
  flush();
  return lines;
}

std::string JoinCellText(const std::string& first, const std::string& second) {
  if (first.empty()) return second;
  if (second.empty()) return first;
  const auto ascii_word = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
  return ascii_word(first.back()) && ascii_word(second.front()) ? first + " " + second : first + second;
}

}  // namespace keikaku::ingest
