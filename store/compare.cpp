// keikaku compare: one quantity across cities, money brought to yen.
#include <SQLiteCpp/Statement.h>

#include <array>
#include <utility>

#include "keikaku/store/shown_path.h"
#include "keikaku/store/queries.h"
#include "read_connection.h"
#include "sql_values.h"

namespace keikaku::store {

using internal::OptionalDouble;
using internal::OptionalInt;
using internal::OptionalText;
using internal::TextOrEmpty;

std::optional<double> YenScale(std::string_view unit) {
  static constexpr std::array<std::pair<std::string_view, double>, 6> kMoneyUnits = {
      {{"円", 1}, {"千円", 1e3}, {"万円", 1e4}, {"百万円", 1e6}, {"億円", 1e8}, {"兆円", 1e12}}};
  for (const auto& [name, scale] : kMoneyUnits) {
    if (unit == name) return scale;
  }
  return std::nullopt;
}

namespace {

// Columns 0–10 describe the indicator, 11–17 one observation (NULL when it has none).
constexpr char kSelectCompared[] =
    "SELECT d.id, i.id, d.municipality, d.prefecture, d.path, m.ref, m.title, i.name, i.concept, "
    "i.unit, m.line, o.role, o.fy, o.value, o.comparator, o.text, o.unit, o.line "
    "FROM indicators i JOIN measures m ON m.id = i.measure_id JOIN documents d ON d.id = m.document_id "
    "LEFT JOIN observations o ON o.indicator_id = i.id "
    "WHERE CASE WHEN ?1 <> '' THEN i.concept = ?1 ELSE instr(i.name, ?2) > 0 END "
    "ORDER BY d.municipality, d.path, m.ordinal, i.ordinal, o.fy, o.ordinal";

CompareRow RowFrom(SQLite::Statement& select) {
  CompareRow row;
  row.document_id = select.getColumn(0).getInt64();
  row.indicator_id = select.getColumn(1).getInt64();
  row.municipality = TextOrEmpty(select.getColumn(2));
  row.prefecture = TextOrEmpty(select.getColumn(3));
  row.document_path = ShownPath(select.getColumn(4).getString());
  row.measure_ref = TextOrEmpty(select.getColumn(5));
  row.measure_title = select.getColumn(6).getString();
  row.indicator = select.getColumn(7).getString();
  row.concept_key = OptionalText(select.getColumn(8));
  row.printed_unit = OptionalText(select.getColumn(9));
  const std::optional<double> scale = YenScale(row.printed_unit.value_or(""));
  row.unit = scale ? "円" : row.printed_unit.value_or("");
  row.scale = scale.value_or(1);
  row.line = select.getColumn(10).getInt();
  return row;
}

// Adds the observation in the current result row to `row` (scaled when its unit is money),
// unless `fy` excludes it.
void AddObservation(SQLite::Statement& select, const std::optional<int>& fy, CompareRow& row) {
  if (select.getColumn(11).isNull()) return;  // an indicator without observations
  const std::string role = select.getColumn(11).getString();
  ComparedValue value;
  value.fy = OptionalInt(select.getColumn(12));
  value.value = OptionalDouble(select.getColumn(13));
  value.comparator = TextOrEmpty(select.getColumn(14));
  value.text = select.getColumn(15).getString();
  value.line = select.getColumn(17).isNull() ? 0 : select.getColumn(17).getInt();
  const std::string unit =
      select.getColumn(16).isNull() ? row.printed_unit.value_or("") : select.getColumn(16).getString();
  if (const auto scale = YenScale(unit); scale && value.value) *value.value *= *scale;
  if (role == "baseline") {
    row.baseline = std::move(value);
  } else if (!fy || value.fy == fy) {
    (role == "target" ? row.targets : row.actuals).push_back(std::move(value));
  }
}

// The row's source line: its first observation line, else the measure's.
void SetLine(CompareRow& row) {
  int first = 0;
  auto consider = [&](const ComparedValue& value) {
    if (value.line > 0 && (first == 0 || value.line < first)) first = value.line;
  };
  if (row.baseline) consider(*row.baseline);
  for (const ComparedValue& value : row.targets) consider(value);
  for (const ComparedValue& value : row.actuals) consider(value);
  if (first > 0) row.line = first;
}

}  // namespace

std::vector<CompareRow> Compare(const std::string& db_path, const CompareQuery& query) {
  if (query.concept_key.empty() && query.indicator_text.empty()) return {};
  return internal::WithReadConnection(db_path, [&](SQLite::Database& db) {
    SQLite::Statement select(db, kSelectCompared);
    select.bind(1, query.concept_key);
    select.bind(2, query.indicator_text);
    std::vector<CompareRow> rows;
    while (select.executeStep()) {
      if (rows.empty() || rows.back().indicator_id != select.getColumn(1).getInt64()) {
        rows.push_back(RowFrom(select));
      }
      AddObservation(select, query.fy, rows.back());
    }
    if (query.fy) {
      std::erase_if(rows, [](const CompareRow& row) { return row.targets.empty() && row.actuals.empty(); });
    }
    for (CompareRow& row : rows) SetLine(row);
    return rows;
  });
}

}  // namespace keikaku::store
