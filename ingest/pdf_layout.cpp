// LayOutPdf: per page, characters → lines → rows; printed page numbers read off the margins.
#include "pdf_layout.h"

#include <optional>

#include "pdf_lines.h"

namespace keikaku::ingest {
namespace {

constexpr double kMarginShare = 0.12;  // of the page height: where page numbers are printed
constexpr int kMaxPrintedPage = 9999;

// "8", "- 8 -", "－８－", "8/16", "p.8": the page number, else nullopt.
std::optional<int> PageNumberOf(const std::string& text) {
  int number = 0, digits = 0;
  bool after_number = false;
  for (size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    int digit = -1;
    size_t width = 1;
    if (c >= '0' && c <= '9') {
      digit = c - '0';
    } else if (c == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBC &&
               static_cast<unsigned char>(text[i + 2]) >= 0x90 && static_cast<unsigned char>(text[i + 2]) <= 0x99) {
      digit = static_cast<unsigned char>(text[i + 2]) - 0x90;
      width = 3;
    }
    if (digit >= 0) {
      if (after_number) break;  // "8/16": the first number
      number = number * 10 + digit;
      if (++digits > 4) return std::nullopt;
    } else {
      const std::string_view rest = std::string_view(text).substr(i);
      if (digits > 0) after_number = true;
      if (c == ' ' || c == '-' || c == '/' || c == 'p' || c == 'P' || c == '.') {
      } else if (rest.starts_with("－") || rest.starts_with("—") || rest.starts_with("‐") || rest.starts_with("／") ||
                 rest.starts_with("　")) {
        width = 3;
      } else {
        return std::nullopt;
      }
    }
    i += width;
  }
  if (digits == 0 || number == 0 || number > kMaxPrintedPage) return std::nullopt;
  return number;
}

// Removes the line that prints the page number, bottom margin first, and returns the number.
int TakePageNumber(std::vector<PdfLine>& lines, double page_height) {
  if (lines.empty()) return 0;
  const auto take = [&](size_t index) -> int {
    const PdfLine& line = lines[index];
    const bool in_margin = line.y >= page_height * (1 - kMarginShare) || line.y <= page_height * kMarginShare;
    if (!in_margin) return 0;
    const std::optional<int> number = PageNumberOf(line.Text());
    if (!number) return 0;
    lines.erase(lines.begin() + static_cast<long>(index));
    return *number;
  };
  if (const int bottom = take(lines.size() - 1)) return bottom;
  return take(0);
}

}  // namespace

Grid LayOutPdf(const PdfText& text, const PdfLayoutOptions& options) {
  Grid grid;
  grid.title = text.title;
  grid.author = text.author;
  int line_number = 0;
  // The document information first, as a title page would print it: Author often names the
  // municipality (北海道音威子府村) when the pages themselves do not.
  for (const std::string& field : {text.title, text.author}) {
    if (!field.empty() && (grid.rows.empty() || grid.rows.back().cells[0] != field)) {
      grid.rows.push_back({++line_number, RowKind::kText, {field}, 0, 0});
    }
  }
  if (line_number > 0) grid.rows.push_back({++line_number, RowKind::kText, {""}, 0, 0});
  for (size_t page_index = 0; page_index < text.pages.size(); ++page_index) {
    const PdfPage& page = text.pages[page_index];
    const int page_number = static_cast<int>(page_index) + 1;
    std::vector<PdfLine> lines = GroupLines(DropOverprintedChars(page.chars, options), options);
    const int printed = TakePageNumber(lines, page.height);
    const std::vector<PdfDraftRow> rows = ArrangeRows(lines, page.width, options);
    const auto blank = [&] {
      grid.rows.push_back({++line_number, RowKind::kText, {""}, page_number, printed});
    };
    // No blank row at a page break: a table running on keeps its rows together.
    for (size_t i = 0; i < rows.size(); ++i) {
      const bool same_table = i > 0 && rows[i].block != 0 && rows[i].block == rows[i - 1].block;
      if (i > 0 && !same_table && rows[i].y - rows[i - 1].y > options.paragraph_gap * rows[i].size) blank();
      grid.rows.push_back({++line_number, RowKind::kText, rows[i].cells, page_number, printed});
    }
  }
  return grid;
}

}  // namespace keikaku::ingest
