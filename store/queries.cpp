// Listings for `keikaku concepts`, `measures`, `stats`, `layouts` and the HTTP API.
#include "keikaku/store/queries.h"

#include <SQLiteCpp/Statement.h>

#include <sys/stat.h>

#include <map>

#include "keikaku/store/shown_path.h"
#include "read_connection.h"
#include "sql_values.h"

namespace keikaku::store {

using internal::ClampLimit;
using internal::DecodeStringArray;
using internal::OptionalText;
using internal::TextOrEmpty;
using internal::WithReadConnection;

constexpr char kCountConcepts[] =
    "SELECT i.concept, count(DISTINCT d.municipality), count(DISTINCT d.id), count(*) "
    "FROM indicators i JOIN measures m ON m.id = i.measure_id JOIN documents d ON d.id = m.document_id "
    "WHERE i.concept IS NOT NULL GROUP BY i.concept";

std::vector<ConceptCoverage> ListConcepts(const std::string& db_path) {
  return WithReadConnection(db_path, [](SQLite::Database& db) {
    std::map<std::string, ConceptCoverage> counted;
    SQLite::Statement select(db, kCountConcepts);
    while (select.executeStep()) {
      ConceptCoverage& coverage = counted[select.getColumn(0).getString()];
      coverage.cities = select.getColumn(1).getInt();
      coverage.documents = select.getColumn(2).getInt();
      coverage.indicators = select.getColumn(3).getInt();
    }
    std::vector<ConceptCoverage> concepts;
    for (const IndicatorConcept& lexicon_entry : ConceptLexicon()) {
      ConceptCoverage coverage = counted[lexicon_entry.key];
      coverage.concept_info = lexicon_entry;
      concepts.push_back(std::move(coverage));
    }
    return concepts;
  });
}

constexpr char kSelectMeasures[] =
    "SELECT m.id, d.id, d.municipality, d.path, m.ref, m.kind, m.title, m.path, m.departments, "
    "m.status, m.repost, m.line, "
    "(SELECT count(*) FROM indicators WHERE measure_id = m.id), "
    "(SELECT count(*) FROM budgets WHERE measure_id = m.id) "
    "FROM measures m JOIN documents d ON d.id = m.document_id "
    "WHERE (?1 = '' OR d.municipality = ?1) "
    "AND (?2 = '' OR EXISTS (SELECT 1 FROM json_each(m.departments) WHERE instr(value, ?2) > 0)) "
    "AND (?3 = '' OR m.status = ?3) "
    "AND (?4 = '' OR instr(m.title, ?4) > 0) "
    "ORDER BY d.municipality, d.path, m.ordinal LIMIT ?5 OFFSET ?6";

std::vector<MeasureRow> ListMeasures(const std::string& db_path, const MeasureFilter& filter) {
  return WithReadConnection(db_path, [&](SQLite::Database& db) {
    SQLite::Statement select(db, kSelectMeasures);
    select.bind(1, filter.municipality);
    select.bind(2, filter.department);
    select.bind(3, filter.status);
    select.bind(4, filter.title_text);
    select.bind(5, ClampLimit(filter.limit, 10000));
    select.bind(6, std::max(filter.offset, 0));
    std::vector<MeasureRow> rows;
    while (select.executeStep()) {
      MeasureRow& row = rows.emplace_back();
      row.measure_id = select.getColumn(0).getInt64();
      row.document_id = select.getColumn(1).getInt64();
      row.municipality = TextOrEmpty(select.getColumn(2));
      row.document_path = ShownPath(select.getColumn(3).getString());
      row.ref = TextOrEmpty(select.getColumn(4));
      row.kind = select.getColumn(5).getString();
      row.title = select.getColumn(6).getString();
      row.path = DecodeStringArray(select.getColumn(7).getText());
      row.departments = DecodeStringArray(select.getColumn(8).getText());
      row.status = OptionalText(select.getColumn(9));
      row.repost = select.getColumn(10).getInt() != 0;
      row.line = select.getColumn(11).getInt();
      row.indicators = select.getColumn(12).getInt();
      row.budgets = select.getColumn(13).getInt();
    }
    return rows;
  });
}

constexpr char kSelectIndicators[] =
    "SELECT i.id, m.id, d.id, d.municipality, d.path, m.ref, m.title, i.name, i.kind, i.unit, "
    "i.concept, (SELECT count(*) FROM observations WHERE indicator_id = i.id) "
    "FROM indicators i JOIN measures m ON m.id = i.measure_id JOIN documents d ON d.id = m.document_id "
    "WHERE (?1 = '' OR i.concept = ?1) AND (?2 = '' OR instr(i.name, ?2) > 0) "
    "AND (?3 = '' OR d.municipality = ?3) "
    "ORDER BY d.municipality, d.path, m.ordinal, i.ordinal LIMIT ?4 OFFSET ?5";

std::vector<IndicatorRow> ListIndicators(const std::string& db_path, const IndicatorFilter& filter) {
  return WithReadConnection(db_path, [&](SQLite::Database& db) {
    SQLite::Statement select(db, kSelectIndicators);
    select.bind(1, filter.concept_key);
    select.bind(2, filter.name_text);
    select.bind(3, filter.municipality);
    select.bind(4, ClampLimit(filter.limit, 10000));
    select.bind(5, std::max(filter.offset, 0));
    std::vector<IndicatorRow> rows;
    while (select.executeStep()) {
      IndicatorRow& row = rows.emplace_back();
      row.indicator_id = select.getColumn(0).getInt64();
      row.measure_id = select.getColumn(1).getInt64();
      row.document_id = select.getColumn(2).getInt64();
      row.municipality = TextOrEmpty(select.getColumn(3));
      row.document_path = ShownPath(select.getColumn(4).getString());
      row.measure_ref = TextOrEmpty(select.getColumn(5));
      row.measure_title = select.getColumn(6).getString();
      row.name = select.getColumn(7).getString();
      row.kind = TextOrEmpty(select.getColumn(8));
      row.unit = OptionalText(select.getColumn(9));
      row.concept_key = OptionalText(select.getColumn(10));
      row.observations = select.getColumn(11).getInt();
    }
    return rows;
  });
}

constexpr char kSelectDocumentSummaries[] =
    "SELECT d.id, d.path, d.sha256, d.municipality, d.prefecture, d.plan_title, d.plan_kind, "
    "d.layout, d.layout_score, d.format, d.encoding, d.size_bytes, d.imported_at, "
    "(SELECT count(*) FROM measures m WHERE m.document_id = d.id), "
    "(SELECT count(*) FROM indicators i JOIN measures m ON m.id = i.measure_id "
    " WHERE m.document_id = d.id), "
    "(SELECT count(*) FROM observations o JOIN indicators i ON i.id = o.indicator_id "
    " JOIN measures m ON m.id = i.measure_id WHERE m.document_id = d.id), "
    "(SELECT count(*) FROM budgets b JOIN measures m ON m.id = b.measure_id WHERE m.document_id = d.id), "
    "(SELECT count(*) FROM diagnostics g WHERE g.document_id = d.id) "
    "FROM documents d ORDER BY d.path";

std::vector<DocumentSummary> ListDocuments(const std::string& db_path) {
  return WithReadConnection(db_path, [](SQLite::Database& db) {
    SQLite::Statement select(db, kSelectDocumentSummaries);
    std::vector<DocumentSummary> documents;
    while (select.executeStep()) {
      DocumentSummary& d = documents.emplace_back();
      d.id = select.getColumn(0).getInt64();
      d.path = ShownPath(select.getColumn(1).getString());
      d.sha256 = select.getColumn(2).getString();
      d.municipality = TextOrEmpty(select.getColumn(3));
      d.prefecture = TextOrEmpty(select.getColumn(4));
      d.plan_title = select.getColumn(5).getString();
      d.plan_kind = select.getColumn(6).getString();
      d.layout = select.getColumn(7).getString();
      d.layout_score = select.getColumn(8).getDouble();
      d.format = select.getColumn(9).getString();
      d.encoding = select.getColumn(10).getString();
      d.size_bytes = select.getColumn(11).getInt64();
      d.imported_at = select.getColumn(12).getString();
      d.measures = select.getColumn(13).getInt();
      d.indicators = select.getColumn(14).getInt();
      d.observations = select.getColumn(15).getInt();
      d.budgets = select.getColumn(16).getInt();
      d.diagnostics = select.getColumn(17).getInt();
    }
    return documents;
  });
}

constexpr char kSelectFailures[] =
    "SELECT path, place, message FROM diagnostics WHERE document_id IS NULL ORDER BY path, id";

std::vector<ImportFailure> ListFailures(const std::string& db_path) {
  return WithReadConnection(db_path, [](SQLite::Database& db) {
    SQLite::Statement select(db, kSelectFailures);
    std::vector<ImportFailure> failures;
    while (select.executeStep()) {
      failures.push_back({ShownPath(select.getColumn(0).getString()), TextOrEmpty(select.getColumn(1)),
                          select.getColumn(2).getString()});
    }
    return failures;
  });
}

constexpr char kSelectDiagnostics[] =
    "SELECT coalesce(document_id, 0), path, line, kind, message FROM diagnostics "
    "WHERE (?1 = 0 OR document_id = ?1) AND (?2 = '' OR path = ?2) ORDER BY path, document_id, ordinal, id";

std::vector<DiagnosticRow> ListDiagnostics(const std::string& db_path, const DiagnosticFilter& filter) {
  return WithReadConnection(db_path, [&](SQLite::Database& db) {
    SQLite::Statement select(db, kSelectDiagnostics);
    select.bind(1, filter.document_id);
    select.bind(2, filter.path);
    std::vector<DiagnosticRow> rows;
    while (select.executeStep()) {
      DiagnosticRow& row = rows.emplace_back();
      row.document_id = select.getColumn(0).getInt64();
      row.path = ShownPath(select.getColumn(1).getString());
      if (!select.getColumn(2).isNull()) row.line = select.getColumn(2).getInt();
      row.kind = select.getColumn(3).getString();
      row.message = select.getColumn(4).getString();
    }
    return rows;
  });
}

constexpr char kCountLayouts[] = "SELECT layout, count(*) FROM documents GROUP BY layout ORDER BY layout";

std::vector<LayoutCount> CountLayouts(const std::string& db_path) {
  return WithReadConnection(db_path, [](SQLite::Database& db) {
    SQLite::Statement select(db, kCountLayouts);
    std::vector<LayoutCount> layouts;
    while (select.executeStep()) {
      layouts.push_back({select.getColumn(0).getString(), select.getColumn(1).getInt()});
    }
    return layouts;
  });
}

constexpr char kSelectGeneration[] = "SELECT value FROM store_generation";

std::string ContentTag(const std::string& db_path) {
  const std::string generation = WithReadConnection(db_path, [](SQLite::Database& db) {
    return "g" + std::to_string(db.execAndGet(kSelectGeneration).getInt64());
  });
  // The file's identity too: a database replaced by another file (mv, cp over it) may hold
  // the same generation number.
  struct stat info {};
  if (stat(db_path.c_str(), &info) != 0) return generation;
  return generation + "-" + std::to_string(info.st_dev) + "." + std::to_string(info.st_ino) + "." +
         std::to_string(info.st_mtim.tv_sec) + "." + std::to_string(info.st_mtim.tv_nsec);
}

}  // namespace keikaku::store
