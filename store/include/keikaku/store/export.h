// Export of stored documents: keikaku/1 JSON (docs/keikaku-1.md) and CSV.
#ifndef KEIKAKU_STORE_EXPORT_H_
#define KEIKAKU_STORE_EXPORT_H_

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "keikaku/store/store.h"

namespace keikaku::store {

// One document as a keikaku/1 JSON object on one line (no trailing newline). Keys in
// SCHEMA.md order; integral values printed without a fraction; deterministic.
std::string ToKeikakuJson(const StoredDocument& document);

// A JSON array of documents, one per line ("[\n{…},\n{…}\n]\n").
void WriteJsonArray(const std::vector<StoredDocument>& documents, std::ostream& out);

// One keikaku/1 object per line.
void WriteJsonLines(const std::vector<StoredDocument>& documents, std::ostream& out);

// RFC 4180 CSV, one row per observation: municipality, document, measure_ref, measure_title,
// indicator, kind (baseline|target|actual), fy, value, unit, comparator, text, line, cell.
void WriteObservationsCsv(const std::vector<StoredDocument>& documents, std::ostream& out);

// RFC 4180 CSV, one row per measure: municipality, document, ref, kind, title, path (" > "
// joined), departments ("、" joined), related_departments, status, repost, description, line.
void WriteMeasuresCsv(const std::vector<StoredDocument>& documents, std::ostream& out);

// RFC 4180 CSV, one row per indicator: municipality, document, measure_ref, measure_title,
// indicator, kind, unit, baseline_fy, baseline_value, baseline_text, targets, actuals.
void WriteIndicatorsCsv(const std::vector<StoredDocument>& documents, std::ostream& out);

// RFC 4180 CSV, one row per budget entry: municipality, document, measure_ref,
// measure_title, fy, category, amount_yen, derived.
void WriteBudgetsCsv(const std::vector<StoredDocument>& documents, std::ostream& out);

using CsvWriter = void (*)(const std::vector<StoredDocument>&, std::ostream&);

// The CSV writer for `table` ("observations", "measures", "indicators", "budgets"), or
// nullptr for another name.
CsvWriter CsvTableWriter(const std::string& table);

// `value` as exports print it: integral values without a fraction, others in the shortest
// form that reads back exactly; "null" for infinities and NaN.
std::string FormatJsonNumber(double value);

// `text` as a JSON string literal, quotes included (control characters escaped).
std::string JsonQuote(std::string_view text);

// Quotes one CSV field when it needs it (RFC 4180).
std::string CsvField(const std::string& field);

}  // namespace keikaku::store

#endif  // KEIKAKU_STORE_EXPORT_H_
