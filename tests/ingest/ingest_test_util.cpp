#include "ingest/ingest_test_util.h"

#include <gtest/gtest.h>
#include <unicode/ucnv.h>

#include <fstream>
#include <sstream>

namespace keikaku::ingest::testing {

std::string ReadCorpus(const std::string& name) {
  std::ifstream in(std::string(KEIKAKU_SOURCE_DIR) + "/corpus/" + name, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  EXPECT_FALSE(bytes.str().empty()) << name;
  return bytes.str();
}

std::string Encode(std::string_view utf8, const char* converter) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter* from = ucnv_open("UTF-8", &status);
  UConverter* to = ucnv_open(converter, &status);
  EXPECT_TRUE(U_SUCCESS(status)) << converter;
  ucnv_setFromUCallBack(to, UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  std::string out(utf8.size() * 4 + 16, '\0');
  char* target = out.data();
  const char* source = utf8.data();
  ucnv_convertEx(to, from, &target, out.data() + out.size(), &source, utf8.data() + utf8.size(), nullptr, nullptr,
                 nullptr, nullptr, true, true, &status);
  EXPECT_TRUE(U_SUCCESS(status)) << converter << ": " << u_errorName(status) << " at byte "
                                 << (source - utf8.data());
  out.resize(static_cast<size_t>(target - out.data()));
  ucnv_close(from);
  ucnv_close(to);
  return out;
}

std::string XmlEscape(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '&': out += "&amp;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string MakeWorkbook(const WorkbookSpec& spec) {
  constexpr const char* kMain = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  constexpr const char* kRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  std::map<std::string, std::string> parts;
  std::string sheets, rels;
  for (size_t i = 0; i < spec.sheet_xml.size(); ++i) {
    const std::string n = std::to_string(i + 1);
    sheets += "<sheet name=\"" + XmlEscape(spec.sheet_names[i]) + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
    rels += "<Relationship Id=\"rId" + n +
            "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
            "Target=\"worksheets/sheet" + n + ".xml\"/>";
    parts["xl/worksheets/sheet" + n + ".xml"] = std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"") +
                                               kMain + "\" xmlns:r=\"" + kRel + "\">" + spec.sheet_xml[i] + "</worksheet>";
  }
  rels += "<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>";
  rels += "<Relationship Id=\"rIdT\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>";
  parts["[Content_Types].xml"] = "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>";
  parts["xl/workbook.xml"] = std::string("<?xml version=\"1.0\"?><workbook xmlns=\"") + kMain + "\" xmlns:r=\"" + kRel +
                             "\"><sheets>" + sheets + "</sheets></workbook>";
  parts["xl/_rels/workbook.xml.rels"] =
      "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
      rels + "</Relationships>";
  std::string strings;
  for (const std::string& si : spec.shared_strings) strings += "<si>" + si + "</si>";
  parts["xl/sharedStrings.xml"] = std::string("<?xml version=\"1.0\"?><sst xmlns=\"") + kMain + "\">" + strings + "</sst>";
  std::string formats, xfs;
  for (const auto& [id, code] : spec.num_fmts) {
    formats += "<numFmt numFmtId=\"" + std::to_string(id) + "\" formatCode=\"" + XmlEscape(code) + "\"/>";
  }
  for (int id : spec.cell_xf_num_fmt_ids) xfs += "<xf numFmtId=\"" + std::to_string(id) + "\" fontId=\"0\"/>";
  parts["xl/styles.xml"] = std::string("<?xml version=\"1.0\"?><styleSheet xmlns=\"") + kMain + "\"><numFmts>" + formats +
                           "</numFmts><cellStyleXfs><xf numFmtId=\"0\"/><xf numFmtId=\"0\"/></cellStyleXfs><cellXfs>" +
                           xfs + "</cellXfs></styleSheet>";
  return MakeZip(parts);
}

std::string XlsxOf(const Grid& grid) {
  WorkbookSpec spec;
  spec.sheet_names = {"進行管理"};
  std::string sheet = "<sheetData>";
  for (const GridRow& row : grid.rows) {
    std::string cells;
    for (size_t c = 0; c < row.cells.size() && c < 26; ++c) {
      const std::string& text = row.cells[c];
      if (text.empty()) continue;
      const std::string ref = std::string(1, static_cast<char>('A' + c)) + std::to_string(row.line);
      if (text.find_first_not_of("0123456789") == std::string::npos && text.size() < 10 && text[0] != '0') {
        cells += "<c r=\"" + ref + "\"><v>" + text + "</v></c>";
      } else {
        cells += "<c r=\"" + ref + "\" t=\"s\"><v>" + std::to_string(spec.shared_strings.size()) + "</v></c>";
        spec.shared_strings.push_back("<t xml:space=\"preserve\">" + XmlEscape(text) + "</t>");
      }
    }
    if (!cells.empty()) sheet += "<row r=\"" + std::to_string(row.line) + "\">" + cells + "</row>";
  }
  spec.sheet_xml = {sheet + "</sheetData>"};
  return MakeWorkbook(spec);
}

std::vector<ComparableRow> Comparable(const Grid& grid) {
  std::vector<ComparableRow> rows;
  for (const GridRow& row : grid.rows) {
    std::vector<std::string> cells = row.cells;
    while (cells.size() > 1 && cells.back().empty()) cells.pop_back();
    rows.push_back({row.line, std::move(cells)});
  }
  while (!rows.empty() && rows.back().cells.size() == 1 && rows.back().cells[0].empty()) rows.pop_back();
  return rows;
}

std::vector<std::string> RowTexts(const Grid& grid) {
  std::vector<std::string> rows;
  for (const GridRow& row : grid.rows) {
    std::string text;
    for (size_t i = 0; i < row.cells.size(); ++i) text += (i == 0 ? "" : " | ") + row.cells[i];
    rows.push_back(std::move(text));
  }
  return rows;
}

}  // namespace keikaku::ingest::testing
