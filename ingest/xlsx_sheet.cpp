#include "xlsx_sheet.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <map>

#include "readers.h"
#include "xlsx_number_format.h"
#include "xlsx_xml.h"

namespace keikaku::ingest {
namespace {

constexpr int kMaxColumn = 16384;     // XFD
constexpr int kMaxRow = 1048576;

// "AB12" → column 28, row 12 (both 1-based); false when malformed or beyond Excel's grid.
bool ParseReference(std::string_view reference, int& column, int& row) {
  size_t i = 0;
  column = 0;
  while (i < reference.size() && reference[i] >= 'A' && reference[i] <= 'Z' && column <= kMaxColumn) {
    column = column * 26 + (reference[i++] - 'A' + 1);
  }
  const auto [end, error] = std::from_chars(reference.data() + i, reference.data() + reference.size(), row);
  return column >= 1 && column <= kMaxColumn && error == std::errc() && end == reference.data() + reference.size() &&
         row >= 1 && row <= kMaxRow;
}

struct Range {
  int first_column, first_row, last_column, last_row;
};

bool ParseRange(std::string_view text, Range& range) {
  const size_t colon = text.find(':');
  if (colon == std::string_view::npos) return false;
  return ParseReference(text.substr(0, colon), range.first_column, range.first_row) &&
         ParseReference(text.substr(colon + 1), range.last_column, range.last_row) &&
         range.first_column <= range.last_column && range.first_row <= range.last_row;
}

using SheetCells = std::map<int, std::map<int, std::string>>;  // row → column → text

struct PendingCell {
  int row = 0, column = 0;
  std::string type, style, value;
};

// The text Excel shows for a cell: shared or inline strings as written, booleans as
// TRUE/FALSE, numbers through the cell style's number format.
bool RenderCell(const PendingCell& cell, const WorkbookStyles& styles, std::string& text, std::string& error) {
  if (cell.type == "s") {
    size_t index = 0;
    const auto [end, parse_error] = std::from_chars(cell.value.data(), cell.value.data() + cell.value.size(), index);
    if (parse_error != std::errc() || index >= styles.shared_strings.size()) {
      error = "shared string " + cell.value + " does not exist";
      return false;
    }
    text = styles.shared_strings[index];
  } else if (cell.type == "inlineStr" || cell.type == "str" || cell.type == "e") {
    text = UnescapeExcel(cell.value);
  } else if (cell.type == "b") {
    text = cell.value == "1" ? "TRUE" : "FALSE";
  } else if (cell.type == "d") {
    text = cell.value.ends_with("T00:00:00") ? cell.value.substr(0, cell.value.size() - 9) : cell.value;
  } else {
    double number = 0;
    const auto [end, parse_error] = std::from_chars(cell.value.data(), cell.value.data() + cell.value.size(), number);
    if (parse_error != std::errc() || end != cell.value.data() + cell.value.size()) {
      text = cell.value;  // not a number after all: show what was written
      return true;
    }
    size_t style = 0;
    std::from_chars(cell.style.data(), cell.style.data() + cell.style.size(), style);
    const std::string_view code =
        style < styles.cell_formats.size() ? std::string_view(styles.cell_formats[style]) : std::string_view("General");
    text = FormatNumber(number, code.empty() ? "General" : code, styles.date1904);
  }
  return true;
}

// Collects the cells and merged ranges of a sheet part.
struct SheetParser {
  SheetCells cells;
  std::vector<Range> merges;
  size_t cell_count = 0;
  SheetRead failure;

  bool Fail(std::string error, std::string place) {
    failure = {false, std::move(error), std::move(place)};
    return false;
  }

  // Where the reader is inside the current cell.
  PendingCell cell;
  int row = 0, next_column = 1;
  bool in_cell = false, in_value = false, in_inline = false, in_text = false, in_phonetic = false;

  bool Parse(std::string_view xml, const std::string& part, const WorkbookStyles& styles, const ReadLimits& limits) {
    std::string error;
    auto cursor = XmlCursor::Open(xml, part, error);
    if (cursor == nullptr) return Fail(error, part);
    while (cursor->Next()) {
      if (!OnNode(*cursor, part, styles, limits)) return false;
    }
    if (!cursor->error().empty()) return Fail(cursor->error(), part);
    return true;
  }

  bool OnNode(XmlCursor& cursor, const std::string& part, const WorkbookStyles& styles, const ReadLimits& limits) {
    if (cursor.IsStart("row")) {
      const std::string r = cursor.Attribute("r");
      row = r.empty() ? row + 1 : std::atoi(r.c_str());
      next_column = 1;
      if (row < 1 || row > kMaxRow) return Fail("bad row number " + r, part);
    } else if (cursor.IsStart("c")) {
      cell = {row, next_column, cursor.Attribute("t"), cursor.Attribute("s"), ""};
      const std::string r = cursor.Attribute("r");
      if (!r.empty() && !ParseReference(r, cell.column, cell.row)) return Fail("bad cell reference " + r, part);
      in_cell = !cursor.IsEmptyElement();
      next_column = cell.column + 1;
    } else if (in_cell && cursor.IsStart("v")) {
      in_value = !cursor.IsEmptyElement();
    } else if (cursor.IsEnd("v")) {
      in_value = false;
    } else if (in_cell && cursor.IsStart("is")) {
      in_inline = !cursor.IsEmptyElement();
    } else if (cursor.IsEnd("is")) {
      in_inline = false;
    } else if (cursor.IsStart("rPh")) {
      in_phonetic = !cursor.IsEmptyElement();  // furigana: not part of the text
    } else if (cursor.IsEnd("rPh")) {
      in_phonetic = false;
    } else if (in_inline && !in_phonetic && cursor.IsStart("t")) {
      in_text = !cursor.IsEmptyElement();
    } else if (cursor.IsEnd("t")) {
      in_text = false;
    } else if (cursor.IsText() && (in_value || in_text)) {
      cell.value += cursor.Value();
    } else if (in_cell && cursor.IsEnd("c")) {
      return FinishCell(part, styles, limits);
    } else if (cursor.IsStart("mergeCell")) {
      Range range{};
      if (ParseRange(cursor.Attribute("ref"), range)) merges.push_back(range);
    }
    return true;
  }

  bool FinishCell(const std::string& part, const WorkbookStyles& styles, const ReadLimits& limits) {
    in_cell = false;
    std::string text, error;
    if (!RenderCell(cell, styles, text, error)) return Fail(error, part + " row " + std::to_string(cell.row));
    if (!text.empty()) cells[cell.row][cell.column] = std::move(text);
    if (++cell_count > limits.max_cells) return Fail("too many cells (limit " + std::to_string(limits.max_cells) + ")", part);
    return true;
  }

  // The top-left value goes to every cell of its merged range.
  bool ApplyMerges(const ReadLimits& limits, const std::string& part) {
    size_t area = 0;
    for (const Range& range : merges) {
      area += static_cast<size_t>(range.last_row - range.first_row + 1) * (range.last_column - range.first_column + 1);
      if (area > limits.max_cells) return Fail("merged ranges cover too many cells", part);
      const auto row = cells.find(range.first_row);
      if (row == cells.end()) continue;
      const auto value = row->second.find(range.first_column);
      if (value == row->second.end()) continue;
      const std::string text = value->second;
      for (int r = range.first_row; r <= range.last_row; ++r) {
        for (int c = range.first_column; c <= range.last_column; ++c) cells[r][c] = text;
      }
    }
    return true;
  }
};

}  // namespace

SheetRead ReadSheet(std::string_view xml, const std::string& part, int sheet_number, const WorkbookStyles& styles,
                    const ReadLimits& limits, size_t& cells, Grid& grid) {
  SheetParser parser;
  if (!parser.Parse(xml, part, styles, limits) || !parser.ApplyMerges(limits, part)) return parser.failure;
  const std::string sheet_place = "sheet " + std::to_string(sheet_number);
  int previous = 0;
  for (auto& [row_number, columns] : parser.cells) {
    const int blanks = std::min(row_number - previous - 1, kMaxBlankRun);
    for (int i = 0; i < blanks; ++i) grid.rows.push_back({previous + 1 + i, RowKind::kSheet, {""}});
    std::vector<std::string> row(static_cast<size_t>(columns.rbegin()->first));
    for (auto& [column, text] : columns) row[column - 1] = std::move(text);
    TrimTrailingEmptyCells(row);
    cells += row.size() + blanks;
    if (cells > limits.max_cells) {
      return {false, "too many cells (limit " + std::to_string(limits.max_cells) + ")",
              sheet_place + " row " + std::to_string(row_number)};
    }
    grid.rows.push_back({row_number, RowKind::kSheet, std::move(row)});
    previous = row_number;
  }
  return {};
}

}  // namespace keikaku::ingest
