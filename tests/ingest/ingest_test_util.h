// Twins of corpus documents made at test time: other encodings (ICU), sheets (CSV, TSV, XLSX).
#ifndef KEIKAKU_TESTS_INGEST_INGEST_TEST_UTIL_H_
#define KEIKAKU_TESTS_INGEST_INGEST_TEST_UTIL_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "keikaku/parsers/grid.h"
#include "support/twins.h"

namespace keikaku::ingest::testing {

// The bytes of corpus/<name>.
std::string ReadCorpus(const std::string& name);

// `utf8` re-encoded with ICU converter `converter` ("windows-31j", "EUC-JP", "UTF-16LE", ...);
// fails the test when a character has no mapping.
std::string Encode(std::string_view utf8, const char* converter);

// A ZIP holding `parts` (support/twins.h).
using keikaku::testing::MakeZip;

// A minimal workbook: one sheet per entry of `sheet_xml` (sheetData and mergeCells content,
// without the <worksheet> wrapper), the given shared strings and cellXfs number formats.
struct WorkbookSpec {
  std::vector<std::string> sheet_names;
  std::vector<std::string> sheet_xml;
  std::vector<std::string> shared_strings;           // <si> bodies, e.g. "<t>abc</t>"
  std::vector<std::pair<int, std::string>> num_fmts; // custom numFmtId → formatCode
  std::vector<int> cell_xf_num_fmt_ids;              // style index → numFmtId
};
std::string MakeWorkbook(const WorkbookSpec& spec);

// `grid` as a one-sheet workbook named 進行管理: sheet row = grid line, cells that look like
// whole numbers as numeric cells, the rest as shared strings (columns A to Z).
std::string XlsxOf(const Grid& grid);

// Rows with trailing empty cells dropped and blank rows at the end removed; kinds ignored.
struct ComparableRow {
  int line;
  std::vector<std::string> cells;
  bool operator==(const ComparableRow&) const = default;
};
std::vector<ComparableRow> Comparable(const Grid& grid);

std::string XmlEscape(std::string_view text);

// Each row as its cells joined by " | " (a blank row as ""), as `keikaku pdf-grid` prints them.
std::vector<std::string> RowTexts(const Grid& grid);

}  // namespace keikaku::ingest::testing

#endif  // KEIKAKU_TESTS_INGEST_INGEST_TEST_UTIL_H_
