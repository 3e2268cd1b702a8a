// libxml2's streaming reader over one workbook part, configured against hostile XML.
#ifndef KEIKAKU_INGEST_XLSX_XML_H_
#define KEIKAKU_INGEST_XLSX_XML_H_

#include <libxml/xmlreader.h>

#include <memory>
#include <string>
#include <string_view>

namespace keikaku::ingest {

// A forward-only cursor over the nodes of one part. Entities are never expanded, no DTD is
// loaded, nothing is fetched from the network, and a part with a DOCTYPE is refused outright
// (no XXE, no billion laughs).
class XmlCursor {
 public:
  // Fails (null, `error` set) when `xml` holds a DOCTYPE or the reader cannot start.
  // `xml` must outlive the cursor.
  static std::unique_ptr<XmlCursor> Open(std::string_view xml, const std::string& part, std::string& error);
  ~XmlCursor();

  // Moves to the next node: true while there is one; false at the end or on an error
  // (then error() is non-empty).
  bool Next();
  const std::string& error() const { return error_; }

  bool IsStart(const char* local_name) const;   // an opening (or empty) element
  bool IsEnd(const char* local_name) const;     // a closing element, or an empty one
  bool IsEmptyElement() const;
  bool IsText() const;                          // text, CDATA or whitespace
  std::string_view LocalName() const;
  std::string_view Value() const;               // of a text node
  // The attribute whose local name is `local_name`, whatever its prefix; "" when absent.
  std::string Attribute(const char* local_name);

 private:
  XmlCursor(xmlTextReaderPtr reader, std::string part);
  static void OnError(void* arg, const char* message, xmlParserSeverities severity, xmlTextReaderLocatorPtr locator);
  xmlTextReaderPtr reader_;
  std::string part_;
  std::string error_;
  std::string first_message_;  // libxml2's first complaint, reported if parsing then fails
};

// Undoes Excel's _xHHHH_ escapes of control characters ("_x000D_" is CR, "_x005F_" is '_').
std::string UnescapeExcel(std::string_view text);

}  // namespace keikaku::ingest

#endif  // KEIKAKU_INGEST_XLSX_XML_H_
