// ReadPdfGrid: Poppler's words with their character boxes → PdfText → LayOutPdf. The only
// file that includes Poppler.
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <limits>
#include <memory>

#include "pdf_layout.h"
#include "readers.h"

namespace keikaku::ingest {
namespace {

// UTF-8 of a Poppler string (UTF-16; unpaired surrogates become U+FFFD).
std::string Utf8(const poppler::ustring& text) {
  std::string out;
  icu::UnicodeString(reinterpret_cast<const char16_t*>(text.data()), static_cast<int32_t>(text.size()))
      .toUTF8String(out);
  return out;
}

// `utf8` cut into code points.
std::vector<std::string> CodePoints(const std::string& utf8) {
  std::vector<std::string> codes;
  for (size_t i = 0; i < utf8.size();) {
    const unsigned char lead = static_cast<unsigned char>(utf8[i]);
    const size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    codes.push_back(utf8.substr(i, length));
    i += length;
  }
  return codes;
}

// One PdfChar per glyph of a horizontal word; a rotated word stays one run.
void AppendWord(const poppler::text_box& box, std::vector<PdfChar>& chars) {
  const poppler::rectf bbox = box.bbox();
  const double size = box.get_font_size() > 0 ? box.get_font_size() : std::max(1.0, bbox.height());
  const std::string text = Utf8(box.text());
  if (text.empty()) return;
  if (box.rotation() != 0) {
    chars.push_back({text, bbox.x(), bbox.x() + bbox.width(), bbox.y() + std::min(bbox.height(), size) / 2, size,
                     box.has_space_after()});
    return;
  }
  const std::vector<std::string> codes = CodePoints(text);
  const double step = bbox.width() / static_cast<double>(codes.size());
  for (size_t i = 0; i < codes.size(); ++i) {
    poppler::rectf glyph = box.char_bbox(i);
    if (glyph.width() <= 0 && glyph.height() <= 0) {
      glyph = poppler::rectf(bbox.x() + step * static_cast<double>(i), bbox.y(), step, bbox.height());
    }
    PdfChar c;
    c.text = codes[i];
    c.x0 = glyph.x();
    c.x1 = glyph.x() + glyph.width();
    c.y = glyph.y() + glyph.height() / 2;
    c.size = size;
    c.space_after = i + 1 == codes.size() && box.has_space_after();
    chars.push_back(std::move(c));
  }
}

size_t CountObjects(std::string_view bytes, size_t stop_after) {
  size_t count = 0;
  for (size_t at = bytes.find(" obj"); at != std::string_view::npos && count <= stop_after;
       at = bytes.find(" obj", at + 4)) {
    ++count;
  }
  return count;
}

void Silence(const std::string&, void*) {}

}  // namespace

GridResult ReadPdfGrid(std::string_view raw_bytes, const ReadLimits& limits) {
  poppler::set_debug_error_function(Silence, nullptr);
  if (const size_t objects = CountObjects(raw_bytes, limits.max_pdf_objects); objects > limits.max_pdf_objects) {
    return GridError("too many objects: more than " + std::to_string(limits.max_pdf_objects), "");
  }
  if (raw_bytes.size() > static_cast<size_t>(std::numeric_limits<int>::max())) return GridError("PDF too large", "");
  std::unique_ptr<poppler::document> document(
      poppler::document::load_from_raw_data(raw_bytes.data(), static_cast<int>(raw_bytes.size())));
  if (!document) return GridError("damaged PDF: cannot be opened", "");
  if (document->is_locked()) return GridError("encrypted PDF: needs a password (keikaku reads none)", "");
  const int pages = document->pages();
  if (pages <= 0) return GridError("damaged PDF: no pages", "");
  if (static_cast<size_t>(pages) > limits.max_pdf_pages) {
    return GridError("too many pages: " + std::to_string(pages) + " (limit " + std::to_string(limits.max_pdf_pages) + ")",
                     "");
  }
  PdfText text;
  text.title = Utf8(document->get_title());
  text.author = Utf8(document->get_author());
  size_t chars = 0;
  for (int index = 0; index < pages; ++index) {
    std::unique_ptr<poppler::page> page(document->create_page(index));
    PdfPage& out = text.pages.emplace_back();
    if (!page) continue;
    const poppler::rectf box = page->page_rect(poppler::media_box);
    out.width = box.width() > 0 ? box.width() : out.width;
    out.height = box.height() > 0 ? box.height() : out.height;
    for (const poppler::text_box& word : page->text_list(poppler::page::text_list_include_font)) {
      AppendWord(word, out.chars);
    }
    chars += out.chars.size();
    if (chars > limits.max_cells) {
      return GridError("too many characters (limit " + std::to_string(limits.max_cells) + ")",
                       "page " + std::to_string(index + 1));
    }
  }
  if (chars == 0) return GridError("no text layer: scanned image; keikaku does not OCR", "");
  GridResult result;
  result.grid = LayOutPdf(text);
  result.ok = true;
  return result;
}

}  // namespace keikaku::ingest
