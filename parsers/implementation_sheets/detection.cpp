// Detection of the implementation-sheet layout: a bounded scan of the first rows for the
// labels every sheet prints, in the order sheets print them.
#include <algorithm>
#include <string>
#include <vector>

#include "common/cells.h"
#include "common/labels.h"
#include "implementation_sheets/implementation_sheets.h"

namespace keikaku::layouts {
namespace {

// Rows the detector looks at: enough for a cover, a 目次 and several sheets.
constexpr size_t kScoreRows = 600;

constexpr SignalSpec kSignals[] = {
    {"sheets opened by 担当課 with 関係課 (2 make certain)", 0.4, SignalGate::kRequired},
    {"narrative rows (現状と課題 / 取組内容), two per sheet", 0.2},
    {"進捗状況 rows, one per sheet", 0.2},
    {"年次計画 / 年度 headers, one per sheet", 0.2},
};

// Label kinds the detector looks for. Only a cell that starts with the first character of
// one of their labels is looked up, which keeps detection cheap on foreign layouts.
constexpr std::string_view kSignalKinds[] = {"department", "related_department", "narrative",
                                             "description", "status", "year_plan", "fiscal_year"};

bool MayBeSignalLabel(const std::string& cell) {
  static const std::vector<std::string> first_characters = [] {
    std::vector<std::string> result;
    for (std::string_view kind : kSignalKinds) {
      for (const std::string& label : LabelsOf(kind)) {
        const auto lead = static_cast<unsigned char>(label[0]);
        const size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        result.push_back(label.substr(0, length));
      }
    }
    return result;
  }();
  constexpr size_t kMaxLabelBytes = 48;
  const size_t first = cell.find_first_not_of(" \t");
  if (first == std::string::npos || cell.size() > kMaxLabelBytes) return false;
  std::string_view rest = std::string_view(cell).substr(first);
  while (rest.starts_with("\u3000")) rest.remove_prefix(3);  // ideographic space
  return std::any_of(first_characters.begin(), first_characters.end(),
                     [&](const std::string& c) { return rest.starts_with(c); });
}

std::string_view SignalKind(const std::string& cell) {
  return MayBeSignalLabel(cell) ? LabelKind(cell) : std::string_view();
}

// Signals counted by the detector in one row.
struct RowSignals {
  bool department = false;    // 担当課 in the row
  bool related = false;       // 関係課 in the row
  bool narrative = false;     // 現状と課題 / 取組内容 / 目標の状態 as the row's label
  bool status_row = false;    // 進捗状況 among the first cells
  bool plan_table = false;    // 年次計画 or a 年度 header label among the first cells
};

RowSignals SignalsOf(const GridRow& row) {
  RowSignals signals;
  for (size_t i = 0; i < row.cells.size(); ++i) {
    const std::string_view kind = SignalKind(row.cells[i]);
    if (kind.empty()) continue;
    signals.department |= kind == "department";
    signals.related |= kind == "related_department";
    if (i < 3) {
      signals.narrative |= i == 0 && (kind == "narrative" || kind == "description");
      signals.status_row |= kind == "status";
      signals.plan_table |= kind == "year_plan" || kind == "fiscal_year";
    }
  }
  return signals;
}

}  // namespace

std::vector<Signal> DetectImplementationSheets(const Grid& grid) {
  // A sheet opens with its 担当課 row: 関係課 beside it, or (after a 関係課 row of its own)
  // a narrative row right below. Each sheet then prints narrative rows, a 進捗状況 row and
  // a 年次計画 / 年度 header.
  double sheets = 0, narratives = 0, status_rows = 0, plan_tables = 0;
  const size_t rows = std::min(grid.rows.size(), kScoreRows);
  bool open_department = false;
  for (size_t r = 0; r < rows; ++r) {
    if (IsBlankRow(grid.rows[r])) continue;
    const RowSignals signals = SignalsOf(grid.rows[r]);
    sheets += (signals.department && signals.related) || (open_department && signals.narrative);
    open_department = (signals.department && !signals.related) ||
                      (open_department && signals.related && !signals.department);
    narratives += signals.narrative;
    status_rows += signals.status_row;
    plan_tables += signals.plan_table;
    if (sheets >= 8 && narratives >= 16 && status_rows >= 8 && plan_tables >= 8) break;
  }
  const double per_sheet = std::max(sheets, 1.0);
  return {{&kSignals[0], std::min(1.0, sheets / 2)},
          {&kSignals[1], std::min(1.0, narratives / (2 * per_sheet))},
          {&kSignals[2], std::min(1.0, status_rows / per_sheet)},
          {&kSignals[3], std::min(1.0, plan_tables / per_sheet)}};
}

}  // namespace keikaku::layouts
