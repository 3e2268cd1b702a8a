// A row of labels over a row of their values ("事務事業名 | 新規・継続" over "表彰事業 | 継続"):
// the record layout of 事務事業 sheets and 成果説明書 pages, read column by column.
#ifndef KEIKAKU_PARSERS_TABLE_LABEL_ROWS_H_
#define KEIKAKU_PARSERS_TABLE_LABEL_ROWS_H_

#include <string>
#include <vector>

#include "table/table_cell.h"

namespace keikaku::layouts {

struct LabelledValue {
  std::string label;  // the lexicon kind of the label above ("project_name", "department" …)
  const TableCell* value = nullptr;
};

// True when every filled cell of `cells` is a lexicon label (no role label: those head a
// value table) and there are two or more of them.
bool IsLabelRow(const std::vector<TableCell>& cells);

// The values of `values` under the labels of `labels` (same column), for the labels that
// have a filled cell under them. Empty when `values` holds a label itself (a second label
// row) or nothing under any label.
std::vector<LabelledValue> ValuesUnderLabels(const std::vector<TableCell>& labels,
                                             const std::vector<TableCell>& values);

}  // namespace keikaku::layouts

#endif  // KEIKAKU_PARSERS_TABLE_LABEL_ROWS_H_
