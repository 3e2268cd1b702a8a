#include "support/twins.h"

#include <Poco/DateTime.h>
#include <Poco/Path.h>
#include <Poco/Zip/Compress.h>

#include <algorithm>
#include <sstream>

#include "support/gold_scoring.h"

namespace keikaku::testing {

std::string FullWidthDigits(const std::string& text) {
  std::string out;
  out.reserve(text.size() * 2);
  for (const char c : text) {
    if (c >= '0' && c <= '9') {
      out += "\xEF\xBC";
      out += static_cast<char>(0x90 + (c - '0'));
    } else {
      out += c;
    }
  }
  return out;
}

std::string CrlfLines(const std::string& text) {
  std::string out;
  out.reserve(text.size() + text.size() / 16);
  for (const char c : text) {
    if (c == '\n') out += '\r';
    out += c;
  }
  return out;
}

std::string CorpusText(const std::string& name) { return ReadFileBytes(CorpusPath(name)); }

std::vector<std::vector<std::string>> PaddedRows(const Grid& grid) {
  size_t width = 0;
  for (const GridRow& row : grid.rows) width = std::max(width, row.cells.size());
  std::vector<std::vector<std::string>> rows;
  for (const GridRow& row : grid.rows) {
    rows.push_back(row.cells);
    rows.back().resize(width);
  }
  return rows;
}

std::vector<std::vector<std::string>> RaggedRows(const Grid& grid) {
  std::vector<std::vector<std::string>> rows;
  for (const GridRow& row : grid.rows) {
    if (row.line < 1) continue;
    if (rows.size() < static_cast<size_t>(row.line)) rows.resize(static_cast<size_t>(row.line), {""});
    std::vector<std::string> cells = row.cells;
    while (cells.size() > 1 && cells.back().empty()) cells.pop_back();
    rows[static_cast<size_t>(row.line) - 1] = cells.empty() ? std::vector<std::string>{""} : cells;
  }
  return rows;
}

std::string CsvOf(const std::vector<std::vector<std::string>>& rows, const std::string& line_end) {
  std::string out;
  for (const auto& row : rows) {
    if (row.size() == 1 && row[0].empty()) out += "\"\"";
    for (size_t c = 0; c < row.size(); ++c) {
      if (c) out += ',';
      if (row[c].find_first_of(",\"\t\r\n") == std::string::npos) {
        out += row[c];
        continue;
      }
      out += '"';
      for (const char ch : row[c]) out += ch == '"' ? std::string("\"\"") : std::string(1, ch);
      out += '"';
    }
    out += line_end;
  }
  return out;
}

std::string TsvOf(const std::vector<std::vector<std::string>>& rows, const std::string& line_end) {
  std::string out;
  for (const auto& row : rows) {
    for (size_t c = 0; c < row.size(); ++c) out += (c ? "\t" : "") + row[c];
    out += line_end;
  }
  return out;
}

std::string MakeZip(const std::map<std::string, std::string>& parts) {
  std::stringstream out(std::ios::in | std::ios::out | std::ios::binary);
  Poco::Zip::Compress compress(out, true);
  for (const auto& [name, content] : parts) {
    std::istringstream in(content);
    compress.addFile(in, Poco::DateTime(2020, 3, 31), Poco::Path(name, Poco::Path::PATH_UNIX));
  }
  compress.close();
  return out.str();
}

}  // namespace keikaku::testing
