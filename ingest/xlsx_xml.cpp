#include "xlsx_xml.h"

#include <mutex>

namespace keikaku::ingest {
namespace {

std::string_view View(const xmlChar* text) {
  return text == nullptr ? std::string_view() : std::string_view(reinterpret_cast<const char*>(text));
}

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

void AppendUtf8(std::string& out, unsigned code) {
  if (code < 0x80) {
    out += static_cast<char>(code);
  } else if (code < 0x800) {
    out += static_cast<char>(0xC0 | (code >> 6));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (code >> 12));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  }
}

}  // namespace

std::unique_ptr<XmlCursor> XmlCursor::Open(std::string_view xml, const std::string& part, std::string& error) {
  static std::once_flag init;
  std::call_once(init, [] { xmlInitParser(); });
  // A DOCTYPE can only sit in the prolog of a well-formed part, and has no business in OOXML.
  if (xml.find("<!DOCTYPE") != std::string_view::npos || xml.find("<!ENTITY") != std::string_view::npos) {
    error = "DOCTYPE not allowed in a workbook part (" + part + ")";
    return nullptr;
  }
  // No XML_PARSE_NOENT (that would expand entities) and no DTDLOAD/DTDATTR.
  const int options = XML_PARSE_NONET | XML_PARSE_COMPACT;
  xmlTextReaderPtr reader = xmlReaderForMemory(xml.data(), static_cast<int>(xml.size()), nullptr, "UTF-8", options);
  if (reader == nullptr) {
    error = "cannot parse " + part;
    return nullptr;
  }
  std::unique_ptr<XmlCursor> cursor(new XmlCursor(reader, part));
  xmlTextReaderSetErrorHandler(reader, &XmlCursor::OnError, cursor.get());
  return cursor;
}

XmlCursor::XmlCursor(xmlTextReaderPtr reader, std::string part) : reader_(reader), part_(std::move(part)) {}

XmlCursor::~XmlCursor() { xmlFreeTextReader(reader_); }

// Recoverable complaints (an undeclared namespace prefix, say) do not stop the reader; only a
// fatal error does, and then the first complaint explains it.
void XmlCursor::OnError(void* arg, const char* message, xmlParserSeverities /*severity*/,
                        xmlTextReaderLocatorPtr locator) {
  auto* cursor = static_cast<XmlCursor*>(arg);
  if (!cursor->first_message_.empty()) return;
  std::string text = message == nullptr ? "malformed XML" : message;
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  cursor->first_message_ = "line " + std::to_string(xmlTextReaderLocatorLineNumber(locator)) + ": " + text;
}

bool XmlCursor::Next() {
  const int status = xmlTextReaderRead(reader_);
  if (status == 1 && xmlTextReaderNodeType(reader_) == XML_READER_TYPE_DOCUMENT_TYPE) {
    error_ = "DOCTYPE not allowed in a workbook part (" + part_ + ")";
    return false;
  }
  if (status < 0) {
    error_ = "malformed XML in " + part_ + (first_message_.empty() ? "" : " " + first_message_);
  }
  return status == 1;
}

bool XmlCursor::IsStart(const char* local_name) const {
  return xmlTextReaderNodeType(reader_) == XML_READER_TYPE_ELEMENT && LocalName() == local_name;
}

bool XmlCursor::IsEnd(const char* local_name) const {
  const int type = xmlTextReaderNodeType(reader_);
  return LocalName() == local_name && (type == XML_READER_TYPE_END_ELEMENT ||
                                       (type == XML_READER_TYPE_ELEMENT && IsEmptyElement()));
}

bool XmlCursor::IsEmptyElement() const { return xmlTextReaderIsEmptyElement(reader_) == 1; }

bool XmlCursor::IsText() const {
  const int type = xmlTextReaderNodeType(reader_);
  return type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA ||
         type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE || type == XML_READER_TYPE_WHITESPACE;
}

std::string_view XmlCursor::LocalName() const { return View(xmlTextReaderConstLocalName(reader_)); }

std::string_view XmlCursor::Value() const { return View(xmlTextReaderConstValue(reader_)); }

std::string XmlCursor::Attribute(const char* local_name) {
  std::string value;
  if (xmlTextReaderMoveToFirstAttribute(reader_) != 1) return value;
  do {
    if (LocalName() == local_name) {
      value = std::string(Value());
      break;
    }
  } while (xmlTextReaderMoveToNextAttribute(reader_) == 1);
  xmlTextReaderMoveToElement(reader_);
  return value;
}

std::string UnescapeExcel(std::string_view text) {
  if (text.find("_x") == std::string_view::npos) return std::string(text);
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '_' && i + 6 < text.size() && text[i + 1] == 'x' && text[i + 6] == '_') {
      unsigned code = 0;
      bool hex = true;
      for (size_t k = 2; k < 6; ++k) {
        const int digit = HexDigit(text[i + k]);
        hex = hex && digit >= 0;
        code = code * 16 + static_cast<unsigned>(digit < 0 ? 0 : digit);
      }
      if (hex && (code < 0xD800 || code > 0xDFFF)) {
        AppendUtf8(out, code);
        i += 6;
        continue;
      }
    }
    out += text[i];
  }
  return out;
}

}  // namespace keikaku::ingest
