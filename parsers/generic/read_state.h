// The generic reader's state from one row to the next, and the readers of the table model's
// rows it calls (table_reading.cpp). Internal to parsers/generic.
#ifndef KEIKAKU_PARSERS_GENERIC_READ_STATE_H_
#define KEIKAKU_PARSERS_GENERIC_READ_STATE_H_

#include <optional>
#include <string>
#include <vector>

#include "generic/headings.h"
#include "generic/row_tables.h"
#include "generic/year_tables.h"
#include "keikaku/parsers/grid.h"
#include "keikaku/parsers/records.h"
#include "table/kpi_rows.h"
#include "table/record_rows.h"
#include "table/table_header.h"
#include "table/table_rows.h"

namespace keikaku::layouts::generic {

// Everything the reader carries from one row to the next.
struct ReadState {
  ParsedDocument document;
  normalize::Era era = normalize::Era::kNone;
  HeadingOutline outline;
  std::optional<YearTable> table;
  int table_indicator = -1;  // index in measures.back().indicators of the open row
  std::string table_name;    // the header's own indicator name, until a row uses it
  std::optional<std::string> table_unit;
  std::optional<Observation> table_baseline;
  std::string labelled_name;  // value of the last 指標名 row
  std::string caption;        // the last short line of text
  std::optional<RowTable> row_table;
  std::string row_heading;  // the 基本方針 carried down a row table
  std::optional<TableHeader> kpi_header;  // the last role header: it governs until the next
  std::optional<TableHeader> earlier_kpi_header;  // the one before it, for a header printed again
  std::optional<PendingName> pending;     // a name row waiting for its value row
  std::optional<TableRow> label_row;      // labels waiting for their values on the next row
  int previous_line = 0;                  // the line of the row read before this one
  int kpi_row_line = 0;                   // the line of the last indicator row the table model read
  std::vector<int> year_axis;             // the years the document prints once for its series
  std::string series_name;                // the last name row above role series rows
  int series_indicator = -1;              // index in measures.back().indicators of the open series
  std::optional<RecordHeader> record_header;  // the header of a record sheet, one item a row
};

// Appends `measure` and closes the indicator rows open under the one before.
void PushMeasure(Measure measure, ReadState& state);

// The measure a value row belongs to; the first one, titled by the last caption (with a
// diagnostic), when no heading came before.
Measure& CurrentMeasure(int line, ReadState& state);

// The table model's reading of a row: a series under the year axis, a role header, an
// indicator row under it or a name row waiting for one. False when the row is none of them,
// so the heading and label readers see it.
bool ReadKpiTableRow(const TableRow& row, ReadState& state);

// Opens `header` for the rows below; the one it replaces, if it had years, stays for a reprint.
void OpenKpiHeader(TableHeader header, ReadState& state);

// The values of a record under the label row kept in `state` (事務事業名 over 表彰事業): a
// 事務事業名 starts a measure, the fields after it describe it. False when `row` is no value row.
bool ReadValuesUnderLabels(const TableRow& row, ReadState& state);

// A record sheet's header, or one of its rows (a measure, an indicator or both). False when
// `row` is neither; a row of neither kind ends the sheet.
bool ReadRecordTableRow(const GridRow& grid_row, const TableRow& row, ReadState& state);

// A table printed column by column on one line: value pairs, then the names they belong to.
bool ReadColumnDumpRow(const GridRow& row, ReadState& state);

}  // namespace keikaku::layouts::generic

#endif  // KEIKAKU_PARSERS_GENERIC_READ_STATE_H_
