#include "store_writer.h"

#include "keikaku/store/queries.h"
#include "search_index.h"
#include "sql_values.h"

namespace keikaku::store::internal {
namespace {

// Runs a prepared statement once and leaves it ready for the next binding, also when the
// step throws. Every parameter is bound again before each run, so no stale (or dangling,
// bindNoCopy) value is ever read.
void Execute(SQLite::Statement& statement) {
  struct ResetOnExit {
    SQLite::Statement& statement;
    ~ResetOnExit() { statement.tryReset(); }
  } reset{statement};
  statement.exec();
}

}  // namespace

constexpr char kFindDocument[] = "SELECT id, sha256 FROM documents WHERE path = ?1";

std::optional<StoredVersion> StoreWriter::FindDocument(const std::string& path) {
  struct ResetOnExit {
    SQLite::Statement& statement;
    ~ResetOnExit() { statement.tryReset(); }
  } reset{find_document_};
  find_document_.bindNoCopy(1, path);
  if (!find_document_.executeStep()) return std::nullopt;
  return StoredVersion{find_document_.getColumn(0).getInt64(), find_document_.getColumn(1).getString()};
}

constexpr char kDeleteDocument[] = "DELETE FROM documents WHERE id = ?1";

void StoreWriter::DeleteDocument(int64_t id) {
  delete_document_.bind(1, id);
  Execute(delete_document_);
}

constexpr char kInsertDocument[] =
    "INSERT INTO documents (path, sha256, size_bytes, encoding, encoding_confidence, format, "
    "layout, layout_score, municipality, prefecture, municipality_code, plan_title, plan_kind, "
    "start_fy, end_fy, as_of, published, revised, imported_at, modified_ns) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)";

int64_t StoreWriter::InsertDocument(const SourceInfo& source, const ParsedDocument& parsed,
                                    const std::string& imported_at, std::vector<int64_t>& measure_ids) {
  SQLite::Statement& s = insert_document_;
  const Plan& plan = parsed.plan;
  BindText(s, 1, source.path);
  BindText(s, 2, source.sha256);
  s.bind(3, source.size_bytes);
  BindText(s, 4, source.encoding);
  s.bind(5, source.encoding_confidence);
  BindText(s, 6, source.format);
  BindText(s, 7, parsed.layout);
  s.bind(8, parsed.layout_score);
  BindTextOrNull(s, 9, parsed.municipality.name);
  BindTextOrNull(s, 10, parsed.municipality.prefecture);
  BindOptional(s, 11, parsed.municipality.code);
  BindText(s, 12, plan.title);
  BindText(s, 13, plan.kind);
  BindOptional(s, 14, plan.start_fy);
  BindOptional(s, 15, plan.end_fy);
  BindOptional(s, 16, plan.as_of);
  BindOptional(s, 17, plan.published);
  BindOptional(s, 18, plan.revised);
  BindText(s, 19, imported_at);
  source.modified_ns != 0 ? s.bind(20, source.modified_ns) : s.bind(20);
  Execute(s);
  const int64_t document_id = db_.getLastInsertRowid();
  measure_ids.clear();
  measure_ids.reserve(parsed.measures.size());
  for (size_t i = 0; i < parsed.measures.size(); ++i) {
    measure_ids.push_back(InsertMeasure(document_id, static_cast<int>(i), parsed.measures[i]));
  }
  InsertGlossary(document_id, parsed);
  InsertDiagnostics(document_id, source.path, parsed);
  return document_id;
}

constexpr char kInsertMeasure[] =
    "INSERT INTO measures (document_id, ordinal, ref, kind, title, path, departments, "
    "related_departments, status, repost, description, line) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)";

int64_t StoreWriter::InsertMeasure(int64_t document_id, int ordinal, const Measure& measure) {
  SQLite::Statement& s = insert_measure_;
  const std::string path = EncodeStringArray(measure.path);
  const std::string departments = EncodeStringArray(measure.departments);
  const std::string related = EncodeStringArray(measure.related_departments);
  s.bind(1, document_id);
  s.bind(2, ordinal);
  BindTextOrNull(s, 3, measure.ref);
  BindText(s, 4, measure.kind);
  BindText(s, 5, measure.title);
  BindText(s, 6, path);
  BindText(s, 7, departments);
  BindText(s, 8, related);
  BindOptional(s, 9, measure.status);
  s.bind(10, measure.repost ? 1 : 0);
  BindOptional(s, 11, measure.description);
  s.bind(12, measure.line);
  Execute(s);
  const int64_t measure_id = db_.getLastInsertRowid();
  InsertTexts(insert_measure_text_, measure_id, measure.texts);
  for (size_t i = 0; i < measure.indicators.size(); ++i) {
    InsertIndicator(measure_id, static_cast<int>(i), measure.indicators[i]);
  }
  for (size_t i = 0; i < measure.budgets.size(); ++i) {
    InsertBudget(measure_id, static_cast<int>(i), measure.budgets[i]);
  }
  return measure_id;
}

constexpr char kInsertMeasureText[] =
    "INSERT INTO measure_texts (measure_id, ordinal, label, text) VALUES (?1, ?2, ?3, ?4)";
constexpr char kInsertIndicatorText[] =
    "INSERT INTO indicator_texts (indicator_id, ordinal, label, text) VALUES (?1, ?2, ?3, ?4)";

void StoreWriter::InsertTexts(SQLite::Statement& statement, int64_t owner_id, const Texts& texts) {
  for (size_t i = 0; i < texts.size(); ++i) {
    statement.bind(1, owner_id);
    statement.bind(2, static_cast<int>(i));
    BindText(statement, 3, texts[i].first);
    BindText(statement, 4, texts[i].second);
    Execute(statement);
  }
}

constexpr char kInsertIndicator[] =
    "INSERT INTO indicators (measure_id, ordinal, name, kind, unit, concept) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)";

void StoreWriter::InsertIndicator(int64_t measure_id, int ordinal, const Indicator& indicator) {
  SQLite::Statement& s = insert_indicator_;
  const std::optional<std::string> concept_key = ConceptForIndicator(indicator.name);
  s.bind(1, measure_id);
  s.bind(2, ordinal);
  BindText(s, 3, indicator.name);
  BindTextOrNull(s, 4, indicator.kind);
  BindOptional(s, 5, indicator.unit);
  BindOptional(s, 6, concept_key);
  Execute(s);
  const int64_t indicator_id = db_.getLastInsertRowid();
  if (indicator.baseline) InsertObservation(indicator_id, "baseline", 0, *indicator.baseline);
  for (size_t i = 0; i < indicator.targets.size(); ++i) {
    InsertObservation(indicator_id, "target", static_cast<int>(i), indicator.targets[i]);
  }
  for (size_t i = 0; i < indicator.actuals.size(); ++i) {
    InsertObservation(indicator_id, "actual", static_cast<int>(i), indicator.actuals[i]);
  }
  InsertTexts(insert_indicator_text_, indicator_id, indicator.texts);
}

constexpr char kInsertObservation[] =
    "INSERT INTO observations (indicator_id, role, ordinal, fy, value, comparator, text, unit, "
    "line, cell, page, printed_page) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)";

void StoreWriter::InsertObservation(int64_t indicator_id, const char* role, int ordinal,
                                    const Observation& observation) {
  SQLite::Statement& s = insert_observation_;
  s.bind(1, indicator_id);
  s.bindNoCopy(2, role);
  s.bind(3, ordinal);
  BindOptional(s, 4, observation.fy);
  BindOptional(s, 5, observation.value);
  BindTextOrNull(s, 6, observation.comparator);
  BindText(s, 7, observation.text);
  BindTextOrNull(s, 8, observation.unit);
  BindPlace(s, 9, observation.at);
  Execute(s);
}

constexpr char kInsertBudget[] =
    "INSERT INTO budgets (measure_id, ordinal, fy, category, amount_yen, derived, line, cell, page, "
    "printed_page) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)";

void StoreWriter::InsertBudget(int64_t measure_id, int ordinal, const Budget& budget) {
  SQLite::Statement& s = insert_budget_;
  s.bind(1, measure_id);
  s.bind(2, ordinal);
  s.bind(3, budget.fy);
  BindText(s, 4, budget.category);
  s.bind(5, budget.amount_yen);
  s.bind(6, budget.derived ? 1 : 0);
  BindPlace(s, 7, budget.at);
  Execute(s);
}

constexpr char kInsertSearchRow[] =
    "INSERT INTO measure_search (rowid, title, description, texts, indicators) "
    "VALUES (?1, ?2, ?3, ?4, ?5)";

// The columns as the upgrade to schema version 2 builds them from stored rows (upgrade_v2.sql).
void StoreWriter::InsertSearchRow(int64_t measure_id, const Measure& measure) {
  std::string texts;
  for (const auto& [label, text] : measure.texts) {
    if (!texts.empty()) texts += '\n';
    texts.append(label).append(": ").append(text);
  }
  std::string indicators;
  for (const Indicator& indicator : measure.indicators) {
    if (!indicators.empty()) indicators += '\n';
    indicators += indicator.name;
  }
  const std::string columns[] = {SearchColumn(measure.title), SearchColumn(measure.description.value_or("")),
                                 SearchColumn(texts), SearchColumn(indicators)};
  SQLite::Statement& s = insert_search_row_;
  s.bind(1, measure_id);
  for (int i = 0; i < 4; ++i) BindText(s, i + 2, columns[i]);
  Execute(s);
}

void StoreWriter::InsertSearchRows(const std::vector<int64_t>& measure_ids, const ParsedDocument& parsed) {
  for (size_t i = 0; i < measure_ids.size() && i < parsed.measures.size(); ++i) {
    InsertSearchRow(measure_ids[i], parsed.measures[i]);
  }
}

constexpr char kInsertGlossary[] =
    "INSERT INTO glossary (document_id, ordinal, term, definition) VALUES (?1, ?2, ?3, ?4)";

void StoreWriter::InsertGlossary(int64_t document_id, const ParsedDocument& parsed) {
  for (size_t i = 0; i < parsed.glossary.size(); ++i) {
    insert_glossary_.bind(1, document_id);
    insert_glossary_.bind(2, static_cast<int>(i));
    BindText(insert_glossary_, 3, parsed.glossary[i].term);
    BindText(insert_glossary_, 4, parsed.glossary[i].definition);
    Execute(insert_glossary_);
  }
}

constexpr char kInsertDiagnostic[] =
    "INSERT INTO diagnostics (document_id, path, ordinal, line, place, kind, message) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";

void StoreWriter::InsertDiagnostics(int64_t document_id, const std::string& path,
                                    const ParsedDocument& parsed) {
  SQLite::Statement& s = insert_diagnostic_;
  for (size_t i = 0; i < parsed.diagnostics.size(); ++i) {
    const Diagnostic& diagnostic = parsed.diagnostics[i];
    s.bind(1, document_id);
    BindText(s, 2, path);
    s.bind(3, static_cast<int>(i));
    diagnostic.line != 0 ? s.bind(4, diagnostic.line) : s.bind(4);
    s.bind(5);
    BindText(s, 6, diagnostic.kind);
    BindText(s, 7, diagnostic.message);
    Execute(s);
  }
}

// The failure kind, so `SELECT … WHERE kind = 'import_failed'` lists failed files.
constexpr char kImportFailedKind[] = "import_failed";

void StoreWriter::InsertFailure(const std::string& path, const std::string& place,
                                const std::string& reason) {
  SQLite::Statement& s = insert_diagnostic_;
  s.bind(1);
  BindText(s, 2, path);
  s.bind(3, 0);
  s.bind(4);
  BindTextOrNull(s, 5, place);
  s.bindNoCopy(6, kImportFailedKind);
  BindText(s, 7, reason);
  Execute(s);
}

constexpr char kClearFailures[] = "DELETE FROM diagnostics WHERE path = ?1 AND document_id IS NULL";

void StoreWriter::ClearFailures(const std::string& path) {
  BindText(clear_failures_, 1, path);
  Execute(clear_failures_);
}

constexpr char kBumpGeneration[] = "UPDATE store_generation SET value = value + 1";

void StoreWriter::BumpGeneration() { Execute(bump_generation_); }

StoreWriter::StoreWriter(SQLite::Database& db)
    : db_(db),
      find_document_(db, kFindDocument),
      delete_document_(db, kDeleteDocument),
      insert_document_(db, kInsertDocument),
      insert_measure_(db, kInsertMeasure),
      insert_measure_text_(db, kInsertMeasureText),
      insert_indicator_(db, kInsertIndicator),
      insert_indicator_text_(db, kInsertIndicatorText),
      insert_observation_(db, kInsertObservation),
      insert_budget_(db, kInsertBudget),
      insert_search_row_(db, kInsertSearchRow),
      insert_glossary_(db, kInsertGlossary),
      insert_diagnostic_(db, kInsertDiagnostic),
      clear_failures_(db, kClearFailures),
      bump_generation_(db, kBumpGeneration) {}

}  // namespace keikaku::store::internal
