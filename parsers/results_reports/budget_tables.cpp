#include "results_reports/budget_tables.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <string>

#include "keikaku/normalize/number.h"
#include "keikaku/normalize/text.h"

namespace keikaku::layouts::results_reports {
namespace {

// Categories in printed order; the total is the sum of the other four.
enum Category : int { kTotal, kNational, kBonds, kOther, kGeneral, kCategoryCount };
constexpr std::array<std::string_view, kCategoryCount> kCategoryNames = {
    "total", "national_prefectural", "bonds", "other", "general"};
constexpr std::array<std::string_view, kCategoryCount> kCategoryLabels = {
    "budget_total", "budget_national_prefectural", "budget_bonds", "budget_other", "budget_general"};
constexpr std::string_view kBudgetGroup = "budget_group";

constexpr double kThousand = 1000;

struct Amount {
  size_t cell = 0;
  double yen = 0;
};

// One printed value row and the category its label names (-1: no label).
struct AmountRow {
  int category = -1;
  int line = 0;
  std::vector<Amount> amounts;
};

struct Entry {
  double yen = 0;
  bool derived = false;
  SourcePlace at;
};
using Year = std::array<std::optional<Entry>, kCategoryCount>;

int CategoryOf(const ReportRow& row) {
  for (std::string_view label : row.labels) {
    for (int c = 0; c < kCategoryCount; ++c) {
      if (label == kCategoryLabels[c]) return c;
    }
  }
  return -1;
}

// Yen per printed unit; budgets of this family are printed in 千円 when no unit is given.
std::optional<double> YenPerUnit(std::string_view unit) {
  if (unit.empty() || unit == "千円") return kThousand;
  if (unit == "円") return 1;
  if (unit == "万円") return 1e4;
  if (unit == "百万円") return 1e6;
  if (unit == "億円") return 1e8;
  return std::nullopt;
}

// Most amounts print as "1,234 千円": digits with thousands commas and a money unit,
// read here without the full number parser; nullopt for anything else.
std::optional<double> ReadPlainAmount(std::string_view cell) {
  double value = 0;
  size_t i = 0;
  for (; i < cell.size(); ++i) {
    if (cell[i] >= '0' && cell[i] <= '9') {
      value = value * 10 + (cell[i] - '0');
    } else if (cell[i] != ',' || i == 0) {
      break;
    }
  }
  if (i == 0) return std::nullopt;
  if (i < cell.size() && cell[i] == ' ') ++i;
  const auto per_unit = YenPerUnit(cell.substr(i));
  if (!per_unit) return std::nullopt;
  return value * *per_unit;
}

// Yen of one printed amount ("7,267 千円", "▲1.5百万円"); nullopt when the cell is no
// amount of money.
std::optional<double> ReadYen(const std::string& cell) {
  if (const auto plain = ReadPlainAmount(cell)) return plain;
  const normalize::Quantity quantity = normalize::ParseNumber(normalize::RemoveSpaces(cell));
  if (!quantity.value) return std::nullopt;
  const auto per_unit = YenPerUnit(quantity.unit);
  if (!per_unit) return std::nullopt;
  return *quantity.value * *per_unit;
}

std::vector<Amount> ReadAmounts(const ReportRow& row) {
  std::vector<Amount> amounts;
  for (size_t i = 0; i < row.cells.size(); ++i) {
    if (row.cells[i].empty() || !row.labels[i].empty() || row.years[i]) continue;
    if (row.cells[i].find_first_of("0123456789") == std::string::npos) continue;
    if (const auto yen = ReadYen(row.cells[i])) amounts.push_back({i, *yen});
  }
  return amounts;
}

bool SameYen(double a, double b) { return std::abs(a - b) < 0.5; }

// Categories of `rows` read top to bottom as total, 国・県, 地方債, その他, 一般財源.
std::vector<int> ShiftedReading(const std::vector<AmountRow>& rows) {
  std::vector<int> categories;
  for (size_t i = 0; i < rows.size(); ++i) categories.push_back(i < kCategoryCount ? static_cast<int>(i) : -1);
  return categories;
}

std::vector<int> LabelledReading(const std::vector<AmountRow>& rows, bool total_pending) {
  std::vector<int> categories;
  for (size_t i = 0; i < rows.size(); ++i) {
    int category = rows[i].category;
    if (category < 0 && i == 0 && total_pending) category = kTotal;
    categories.push_back(category);
  }
  return categories;
}

// Places the rows' amounts under their years and categories; false when two rows claim
// the same category.
bool Place(const std::vector<AmountRow>& rows, const std::vector<int>& categories,
           const std::vector<int>& years, std::vector<Year>& table) {
  table.assign(years.size(), Year{});
  for (size_t r = 0; r < rows.size(); ++r) {
    if (categories[r] < 0) continue;
    const auto& amounts = rows[r].amounts;
    const size_t count = std::min(amounts.size(), years.size());
    const size_t offset = years.size() - count;  // a short row holds the latest years
    for (size_t k = 0; k < count; ++k) {
      auto& slot = table[offset + k][categories[r]];
      if (slot) return false;
      slot = Entry{amounts[k].yen, false, {rows[r].line, static_cast<int>(amounts[k].cell)}};
    }
  }
  return true;
}

// Works out the one missing category of each year; false when a sum does not hold or a
// worked-out value would be negative.
bool Complete(std::vector<Year>& table, int line) {
  bool consistent = true;
  for (Year& year : table) {
    int missing = -1, missing_count = 0;
    double parts = 0;
    for (int c = 0; c < kCategoryCount; ++c) {
      if (!year[c]) {
        missing = c;
        ++missing_count;
      } else if (c != kTotal) {
        parts += year[c]->yen;
      }
    }
    if (missing_count == 0) {
      consistent = consistent && SameYen(year[kTotal]->yen, parts);
    } else if (missing_count == 1) {
      const double value = missing == kTotal ? parts : year[kTotal]->yen - parts;
      if (value < -0.5) consistent = false;
      year[missing] = Entry{value, true, {line, -1}};
    }
  }
  return consistent;
}

}  // namespace

bool IsBudgetRow(const ReportRow& row) {
  if (row.Has(kBudgetSection)) return true;
  return CategoryOf(row) >= 0;
}

namespace {

struct RawTable {
  std::vector<AmountRow> rows;
  std::vector<int> years;
  bool total_pending = false;  // 年度別事業費 printed on a row without values
  size_t end = 0;
};

bool EndsTable(const ReportRow& row) {
  return row.Has(kIndicator) || row.Has(kProjectName) || row.Has(kStatus) ||
         row.Has(kDescription) || IsIndicatorValueRow(row);
}

RawTable ReadRawTable(const ReportRows& rows, size_t begin, size_t limit) {
  RawTable raw;
  const auto add_years = [&](const ReportRow& row) {
    for (const auto& year : row.years) {
      if (year) raw.years.push_back(*year);
    }
  };
  // A header split over two lines puts some years on the line above the 投入指標 label.
  size_t above = begin;
  while (above > 0 && rows[above - 1].blank) --above;
  if (above > 0 && rows[above - 1].YearCount() > 0 && ReadAmounts(rows[above - 1]).empty()) {
    add_years(rows[above - 1]);
  }
  size_t i = begin;
  for (; i < limit && i < rows.size(); ++i) {
    const ReportRow& row = rows[i];
    if (row.blank) continue;  // some conversions put a blank line between table rows
    if (i > begin && EndsTable(row)) break;
    std::vector<Amount> amounts = ReadAmounts(row);
    const int category = CategoryOf(row);
    if (amounts.empty()) {
      const bool header = i == begin || row.YearCount() > 0 || row.Has(kBudgetSection) ||
                          row.Has(kBudgetGroup) || category >= 0;
      if (!header) break;
      if (raw.rows.empty()) add_years(row);
      if (category == kTotal && raw.rows.empty()) raw.total_pending = true;
      continue;
    }
    raw.rows.push_back({category, row.line, std::move(amounts)});
  }
  std::sort(raw.years.begin(), raw.years.end());
  raw.years.erase(std::unique(raw.years.begin(), raw.years.end()), raw.years.end());
  raw.end = i;
  return raw;
}

}  // namespace

namespace {

// The table as placed under one reading of its rows. A lost value row moves labels, not
// cells, and only the budget's sums tell the readings apart: not table/alignment.h's case.
struct Reading {
  std::vector<Year> table;       // empty when no reading could place every row
  std::vector<int> categories;   // the category each raw row was read as (-1: none)
  bool consistent = false;       // every year adds up
  bool shifted = false;          // rows were read as moved up one label
};

// Tries the reading the table's shape suggests, then the other one, and keeps the first
// under which every year adds up (else the first that could be placed).
Reading ChooseReading(const RawTable& raw, int line) {
  // The total's label printed without values, then a breakdown label on the first value
  // row: the total's value row was lost and every later row moved up one label.
  const bool shape_shifted = raw.total_pending && raw.rows.front().category > kTotal;
  Reading chosen;
  for (const bool shifted : {shape_shifted, !shape_shifted}) {
    Reading candidate;
    candidate.shifted = shifted;
    candidate.categories = shifted ? ShiftedReading(raw.rows) : LabelledReading(raw.rows, raw.total_pending);
    if (!Place(raw.rows, candidate.categories, raw.years, candidate.table)) continue;
    candidate.consistent = Complete(candidate.table, line);
    if (chosen.table.empty() || candidate.consistent) chosen = std::move(candidate);
    if (chosen.consistent) break;
  }
  return chosen;
}

void ReportReading(const RawTable& raw, const Reading& reading, int line, std::vector<Diagnostic>& diagnostics) {
  for (const AmountRow& row : raw.rows) {
    if (row.amounts.size() != raw.years.size()) {
      diagnostics.push_back({row.line, "short_row", "budget row with " + std::to_string(row.amounts.size()) +
                             " values for " + std::to_string(raw.years.size()) + " years"});
    }
  }
  if (reading.table.empty()) {
    diagnostics.push_back({line, "unaligned_budget", "two budget rows name the same source; the table is left out"});
    return;
  }
  for (size_t r = 0; r < raw.rows.size(); ++r) {
    if (reading.categories[r] < 0) {
      diagnostics.push_back({raw.rows[r].line, "unaligned_row", "a budget row without a source label is left out"});
    }
  }
  if (reading.shifted) {
    diagnostics.push_back({line, "realigned_budget", "budget rows moved up one label by the conversion were realigned"});
  }
  if (!reading.consistent) {
    diagnostics.push_back({line, "sum_mismatch", "budget total does not equal the sum of its sources"});
  }
}

}  // namespace

BudgetTable ReadBudgetTable(const ReportRows& rows, size_t begin, size_t limit,
                            std::vector<Diagnostic>& diagnostics, YearSpan& span) {
  const RawTable raw = ReadRawTable(rows, begin, limit);
  BudgetTable result;
  result.end = std::max(raw.end, begin + 1);
  const int line = rows[begin].line;
  if (raw.rows.empty()) return result;
  if (raw.years.empty()) {
    diagnostics.push_back({line, "value_without_year", "a budget table with no year header"});
    return result;
  }
  for (int year : raw.years) span.Add(year);
  const Reading reading = ChooseReading(raw, line);
  ReportReading(raw, reading, line, diagnostics);
  for (size_t y = 0; y < reading.table.size(); ++y) {
    const std::string year = std::to_string(raw.years[y]);
    for (int c = 0; c < kCategoryCount; ++c) {
      const auto& entry = reading.table[y][c];
      const std::string name(kCategoryNames[c]);
      if (!entry) {
        diagnostics.push_back({line, "incomplete_budget", "budget " + name + " of " + year + " is missing"});
        continue;
      }
      if (entry->derived) {
        diagnostics.push_back({line, "derived_budget", "budget " + name + " of " + year + " worked out as " +
                               (c == kTotal ? "the sum of its sources" : "the total minus its other sources")});
      }
      result.budgets.push_back({raw.years[y], name, entry->yen, entry->derived, entry->at});
    }
  }
  return result;
}

}  // namespace keikaku::layouts::results_reports
