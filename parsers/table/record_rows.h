// Record sheets: a header row naming a title column (事務事業名, 事業名, 取組項目) and the
// fields beside it (No., 担当課, 概要, 指標名, 単位, 目標値 (R7) …), then one item a row —
// the 事務事業評価 data sheets and measure lists offices export from their systems.
#ifndef KEIKAKU_PARSERS_TABLE_RECORD_ROWS_H_
#define KEIKAKU_PARSERS_TABLE_RECORD_ROWS_H_

#include <optional>
#include <string>
#include <vector>

#include "keikaku/parsers/records.h"
#include "table/table_cell.h"
#include "table/table_header.h"

namespace keikaku::layouts {

struct RecordHeader {
  int line = 0;
  std::string title_label;                // the lexicon kind of the title column
  int title_column = 0;
  std::optional<int> ref_column;          // No. / 番号
  std::optional<int> department_column;   // 担当課 / 所管課 / 部課名
  std::optional<int> related_column;      // 関係課
  std::optional<int> description_column;  // 概要 / 事業概要 / 取組内容
  std::optional<int> status_column;       // 評価 / 進捗状況
  std::optional<int> indicator_column;    // 指標名 / 成果指標
  std::optional<int> unit_column;         // 単位
  std::vector<HeaderColumn> values;        // columns a role labels (目標値 (R7), 実績, 現状値)
};

// Reads `cells` as a record header: a title column and at least one column of No., 担当課,
// 概要, 評価 or 指標名 (a title beside role columns alone is a 施策体系 tree, not records).
// nullopt otherwise.
std::optional<RecordHeader> ReadRecordHeader(const std::vector<TableCell>& cells, int line);

// What one row under a record header gives: a new measure (the title cell is filled), an
// indicator (the indicator cell is filled; for the measure of this row or the one above).
struct RecordRow {
  std::optional<Measure> measure;      // without indicators
  std::optional<Indicator> indicator;
};

// Reads `cells` under `header`; nullopt when the row has neither a title nor an indicator
// (a blank or a note row: the end of the sheet's records).
std::optional<RecordRow> ReadRecordRow(const std::vector<TableCell>& cells,
                                       const RecordHeader& header);

}  // namespace keikaku::layouts

#endif  // KEIKAKU_PARSERS_TABLE_RECORD_ROWS_H_
