// XLSX to grid, as a list of steps: open the ZIP within limits → find the workbook and its
// relationships → shared strings → styles → every sheet in workbook order.
#include <charconv>
#include <map>

#include "readers.h"
#include "xlsx_number_format.h"
#include "xlsx_sheet.h"
#include "xlsx_xml.h"
#include "xlsx_zip.h"

namespace keikaku::ingest {
namespace {

constexpr const char* kWorkbookPart = "xl/workbook.xml";

struct SheetEntry {
  std::string name, part;
};

// Relationship targets are relative to xl/ unless absolute ("/xl/worksheets/sheet1.xml").
std::string ResolveTarget(std::string_view target) {
  if (target.starts_with('/')) return std::string(target.substr(1));
  std::string resolved = "xl/" + std::string(target);
  for (size_t up; (up = resolved.find("/../")) != std::string::npos;) {
    const size_t parent = resolved.rfind('/', up == 0 ? 0 : up - 1);
    resolved.erase(parent == std::string::npos ? 0 : parent, up + 3 - (parent == std::string::npos ? 0 : parent));
  }
  return resolved;
}

// Relationship id → part, and the parts of the shared strings and styles when declared.
struct Relationships {
  std::map<std::string, std::string> parts;
  std::string shared_strings = "xl/sharedStrings.xml", styles = "xl/styles.xml";
};

bool ReadRelationships(ZipPackage& zip, Relationships& rels, std::string& error) {
  const std::string part = "xl/_rels/workbook.xml.rels";
  if (!zip.Has(part)) return true;
  std::string xml;
  if (!zip.Read(part, xml, error)) return false;
  auto cursor = XmlCursor::Open(xml, part, error);
  if (cursor == nullptr) return false;
  while (cursor->Next()) {
    if (!cursor->IsStart("Relationship")) continue;
    const std::string target = ResolveTarget(cursor->Attribute("Target"));
    const std::string type = cursor->Attribute("Type");
    rels.parts[cursor->Attribute("Id")] = target;
    if (type.ends_with("/sharedStrings")) rels.shared_strings = target;
    if (type.ends_with("/styles")) rels.styles = target;
  }
  error = cursor->error();
  return error.empty();
}

bool ReadWorkbook(ZipPackage& zip, const Relationships& rels, std::vector<SheetEntry>& sheets, bool& date1904,
                  std::string& error) {
  std::string xml;
  if (!zip.Read(kWorkbookPart, xml, error)) return false;
  auto cursor = XmlCursor::Open(xml, kWorkbookPart, error);
  if (cursor == nullptr) return false;
  while (cursor->Next()) {
    if (cursor->IsStart("workbookPr")) {
      const std::string value = cursor->Attribute("date1904");
      date1904 = value == "1" || value == "true";
    } else if (cursor->IsStart("sheet")) {
      const auto part = rels.parts.find(cursor->Attribute("id"));
      const std::string fallback = "xl/worksheets/sheet" + std::to_string(sheets.size() + 1) + ".xml";
      sheets.push_back({cursor->Attribute("name"), part == rels.parts.end() ? fallback : part->second});
    }
  }
  error = cursor->error();
  return error.empty();
}

// Each <si> is one string: its <t> text, or the <t> of its rich-text runs, without furigana (<rPh>).
bool ReadSharedStrings(ZipPackage& zip, const std::string& part, std::vector<std::string>& strings,
                       std::string& error) {
  if (!zip.Has(part)) return true;
  std::string xml;
  if (!zip.Read(part, xml, error)) return false;
  auto cursor = XmlCursor::Open(xml, part, error);
  if (cursor == nullptr) return false;
  std::string text;
  bool in_text = false, in_phonetic = false;
  while (cursor->Next()) {
    if (cursor->IsStart("si")) text.clear();
    if (cursor->IsStart("rPh")) in_phonetic = !cursor->IsEmptyElement();
    if (cursor->IsEnd("rPh")) in_phonetic = false;
    if (cursor->IsStart("t")) in_text = !in_phonetic && !cursor->IsEmptyElement();
    if (cursor->IsEnd("t")) in_text = false;
    if (in_text && cursor->IsText()) text += cursor->Value();
    if (cursor->IsEnd("si")) strings.push_back(UnescapeExcel(text));
  }
  error = cursor->error();
  return error.empty();
}

// The number format code of each cell style (<cellXfs><xf numFmtId=...>).
bool ReadStyles(ZipPackage& zip, const std::string& part, std::vector<std::string>& formats, std::string& error) {
  if (!zip.Has(part)) return true;
  std::string xml;
  if (!zip.Read(part, xml, error)) return false;
  auto cursor = XmlCursor::Open(xml, part, error);
  if (cursor == nullptr) return false;
  std::map<int, std::string> custom;
  std::vector<int> style_ids;
  bool in_cell_xfs = false;
  while (cursor->Next()) {
    if (cursor->IsStart("numFmt")) {
      custom[std::atoi(cursor->Attribute("numFmtId").c_str())] = cursor->Attribute("formatCode");
    } else if (cursor->IsStart("cellXfs")) {
      in_cell_xfs = !cursor->IsEmptyElement();
    } else if (cursor->IsEnd("cellXfs")) {
      in_cell_xfs = false;
    } else if (in_cell_xfs && cursor->IsStart("xf")) {
      style_ids.push_back(std::atoi(cursor->Attribute("numFmtId").c_str()));
    }
  }
  for (int id : style_ids) {
    const auto code = custom.find(id);
    formats.push_back(code != custom.end() ? code->second : std::string(BuiltinNumberFormat(id)));
  }
  error = cursor->error();
  return error.empty();
}

}  // namespace

GridResult ReadXlsxGrid(std::string_view raw_bytes, const ReadLimits& limits) {
  ZipPackage::OpenResult opened = ZipPackage::Open(raw_bytes, limits);
  if (opened.package == nullptr) return GridError(opened.error, "");
  ZipPackage& zip = *opened.package;
  if (!zip.Has(kWorkbookPart)) return GridError("not a workbook: no xl/workbook.xml", "");
  std::string error;
  Relationships rels;
  if (!ReadRelationships(zip, rels, error)) return GridError(error, "xl/_rels/workbook.xml.rels");
  std::vector<SheetEntry> sheets;
  WorkbookStyles styles;
  if (!ReadWorkbook(zip, rels, sheets, styles.date1904, error)) return GridError(error, kWorkbookPart);
  if (!ReadSharedStrings(zip, rels.shared_strings, styles.shared_strings, error)) {
    return GridError(error, rels.shared_strings);
  }
  if (!ReadStyles(zip, rels.styles, styles.cell_formats, error)) return GridError(error, rels.styles);
  GridResult result;
  size_t cells = 0;
  for (size_t i = 0; i < sheets.size(); ++i) {
    if (i > 0) result.grid.sheet_names += '\n';
    result.grid.sheet_names += sheets[i].name;
    if (!zip.Has(sheets[i].part)) continue;  // a chart sheet or a dangling reference: no cells
    std::string xml;
    if (!zip.Read(sheets[i].part, xml, error)) return GridError(error, sheets[i].part);
    const SheetRead read = ReadSheet(xml, sheets[i].part, static_cast<int>(i + 1), styles, limits, cells, result.grid);
    if (!read.ok) return GridError(read.error, read.place);
  }
  result.ok = true;
  return result;
}

}  // namespace keikaku::ingest
