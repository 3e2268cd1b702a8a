// Quantities inside one cell of an implementation sheet: "HPアクセス数 470,000件",
// "時間外20人 年休取得13.0日" (two), "・常勤医師9人 ・病床149床 ・稼働率約60%" (three),
// "15団体 (321人)" (one: a bracketed second figure stays in the text).
#ifndef KEIKAKU_PARSERS_IMPLEMENTATION_SHEETS_QUANTITIES_H_
#define KEIKAKU_PARSERS_IMPLEMENTATION_SHEETS_QUANTITIES_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "keikaku/normalize/date.h"

namespace keikaku::layouts::sheets {

struct QuantityPart {
  std::string name;             // the words in front of the figure, spaces removed; "" when none
  std::string text;             // the part of the cell this quantity covers
  std::string figure;           // the figure as printed ("456,456")
  std::optional<double> value;  // sign applied
  std::string comparator;       // ">=", "<=", "<", ">" or ""
  std::string unit;             // as printed right after the figure; "" when none
  std::optional<int> fy;        // the fiscal year a bracket after the figure names ("(R2.1.15現在)")
};

// Splits a normalised cell into its quantities, left to right. Figures inside brackets,
// figures that are part of a date (令和2年, 2年6月, 2020年度) and ordinals (第3) are not
// quantities. Returns empty for a cell of words only.
std::vector<QuantityPart> SplitQuantities(std::string_view text, normalize::Era era);

// The one figure printed in `unit` anywhere in `text`, dates included ("令和2年12月までに…"
// with unit 月 -> 12); nullopt when there is none or more than one. The part's text is the
// whole cell.
std::optional<QuantityPart> FindFigureInUnit(std::string_view text, std::string_view unit);

// The fiscal year that `narrative` states for `figure` ("平成30年度平均で11.9日" -> 2018): the
// last date printed before the figure in the same sentence. Figures of one digit are too
// common to trust and give nullopt, as does a figure the narrative does not print.
std::optional<int> StatedYear(std::string_view narrative, std::string_view figure,
                              normalize::Era era);

}  // namespace keikaku::layouts::sheets

#endif  // KEIKAKU_PARSERS_IMPLEMENTATION_SHEETS_QUANTITIES_H_
