// Test support: twins of a document that keikaku must read exactly like the original.
#ifndef KEIKAKU_TESTS_SUPPORT_TWINS_H_
#define KEIKAKU_TESTS_SUPPORT_TWINS_H_

#include <map>
#include <string>
#include <vector>

#include "keikaku/parsers/grid.h"

namespace keikaku::testing {

// Every ASCII digit as its full-width form (U+FF10..U+FF19).
std::string FullWidthDigits(const std::string& text);

// Every LF as CRLF.
std::string CrlfLines(const std::string& text);

// The bytes of corpus document `name` (corpus/<name>).
std::string CorpusText(const std::string& name);

// The rows of `grid` padded to one width, as a spreadsheet exports its used range.
std::vector<std::vector<std::string>> PaddedRows(const Grid& grid);

// The rows of `grid` by line, from line 1 to its last, each without its trailing empty cells
// and a missing or blank line as one empty cell: a sheet saved without padding.
std::vector<std::vector<std::string>> RaggedRows(const Grid& grid);

// `rows` as RFC 4180 CSV, each record ending in `line_end`: a cell holding a comma, quote, TAB,
// CR or LF is quoted with its quotes doubled, and a row of one empty cell is written "" (as
// spreadsheets and Python's csv module write a blank row).
std::string CsvOf(const std::vector<std::vector<std::string>>& rows, const std::string& line_end = "\r\n");

// `rows` as tab-separated lines, each ending in `line_end`.
std::string TsvOf(const std::vector<std::vector<std::string>>& rows, const std::string& line_end = "\n");

// A ZIP holding `parts` (name → content), written with Poco::Zip::Compress: the container of
// an XLSX twin.
std::string MakeZip(const std::map<std::string, std::string>& parts);

}  // namespace keikaku::testing

#endif  // KEIKAKU_TESTS_SUPPORT_TWINS_H_
