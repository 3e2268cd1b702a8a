// One worksheet part to grid rows: cells by reference, values rendered, merges filled.
#ifndef KEIKAKU_INGEST_XLSX_SHEET_H_
#define KEIKAKU_INGEST_XLSX_SHEET_H_

#include <string>
#include <string_view>
#include <vector>

#include "keikaku/ingest/formats.h"

namespace keikaku::ingest {

// What every sheet of a workbook shares.
struct WorkbookStyles {
  std::vector<std::string> shared_strings;
  std::vector<std::string> cell_formats;  // number format code per cell style index (`s`)
  bool date1904 = false;
};

struct SheetRead {
  bool ok = true;
  std::string error, place;
};

// Appends the rows of worksheet `xml` (part name `part`, the `sheet_number`th sheet) to `grid`:
// one row per sheet row, `line` = the sheet row number, cells from column A with gaps filled
// by empty cells and trailing empty cells dropped; missing rows between rows become blank rows
// (at most kMaxBlankRun per gap); a merged range gives its top-left value to every cell.
// `cells` counts the cells emitted so far, against limits.max_cells.
SheetRead ReadSheet(std::string_view xml, const std::string& part, int sheet_number, const WorkbookStyles& styles,
                    const ReadLimits& limits, size_t& cells, Grid& grid);

inline constexpr int kMaxBlankRun = 1000;

}  // namespace keikaku::ingest

#endif  // KEIKAKU_INGEST_XLSX_SHEET_H_
