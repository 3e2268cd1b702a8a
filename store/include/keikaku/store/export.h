// Export of stored documents: keikaku/1 JSON (../shared/gold/SCHEMA.md) and CSV.
#ifndef KEIKAKU_STORE_EXPORT_H_
#define KEIKAKU_STORE_EXPORT_H_

#include <ostream>
#include <string>
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

// Quotes one CSV field when it needs it (RFC 4180).
std::string CsvField(const std::string& field);

}  // namespace keikaku::store

#endif  // KEIKAKU_STORE_EXPORT_H_
