#include "store_reader.h"

#include <SQLiteCpp/Statement.h>

#include <unordered_map>

#include "keikaku/store/shown_path.h"
#include "sql_values.h"

namespace keikaku::store::internal {
namespace {

// The columns every document query selects, in the order DocumentFrom() reads them.
#define KEIKAKU_DOCUMENT_COLUMNS                                                         \
  "SELECT id, path, sha256, size_bytes, encoding, encoding_confidence, format, layout, " \
  "layout_score, municipality, prefecture, municipality_code, plan_title, plan_kind, "   \
  "start_fy, end_fy, as_of, published, revised, imported_at, coalesce(modified_ns, 0) "   \
  "FROM documents "

StoredDocument DocumentFrom(SQLite::Statement& row) {
  StoredDocument document;
  document.id = row.getColumn(0).getInt64();
  SourceInfo& source = document.source;
  source.path = ShownPath(row.getColumn(1).getString());
  source.sha256 = row.getColumn(2).getString();
  source.size_bytes = row.getColumn(3).getInt64();
  source.encoding = row.getColumn(4).getString();
  source.encoding_confidence = row.getColumn(5).getDouble();
  source.format = row.getColumn(6).getString();
  ParsedDocument& parsed = document.parsed;
  parsed.layout = row.getColumn(7).getString();
  parsed.layout_score = row.getColumn(8).getDouble();
  parsed.municipality.name = TextOrEmpty(row.getColumn(9));
  parsed.municipality.prefecture = TextOrEmpty(row.getColumn(10));
  parsed.municipality.code = OptionalText(row.getColumn(11));
  Plan& plan = parsed.plan;
  plan.title = row.getColumn(12).getString();
  plan.kind = row.getColumn(13).getString();
  plan.start_fy = OptionalInt(row.getColumn(14));
  plan.end_fy = OptionalInt(row.getColumn(15));
  plan.as_of = OptionalText(row.getColumn(16));
  plan.published = OptionalText(row.getColumn(17));
  plan.revised = OptionalText(row.getColumn(18));
  document.imported_at = row.getColumn(19).getString();
  source.modified_ns = row.getColumn(20).getInt64();
  return document;
}

// Reads the children of one document, each query ordered by (parent, ordinal) and
// attached to its parent by id. Prepared once per ReadDocuments() call.
class ChildReader {
 public:
  explicit ChildReader(SQLite::Database& db);
  void Read(ParsedDocument& parsed, int64_t document_id);

 private:
  void ReadMeasures(ParsedDocument& parsed, int64_t document_id);
  void ReadMeasureTexts(int64_t document_id);
  void ReadIndicators(int64_t document_id);
  void ReadIndicatorTexts(int64_t document_id);
  void ReadObservations(int64_t document_id);
  void ReadBudgets(int64_t document_id);
  void ReadGlossary(ParsedDocument& parsed, int64_t document_id);
  void ReadDiagnostics(ParsedDocument& parsed, int64_t document_id);

  SQLite::Statement measures_, measure_texts_, indicators_, indicator_texts_, observations_, budgets_,
      glossary_, diagnostics_;
  std::unordered_map<int64_t, Measure*> measure_by_id_;
  std::unordered_map<int64_t, Indicator*> indicator_by_id_;
};

// Binds the document id, steps through the rows and resets the statement for the next document.
template <typename RowFunction>
void ForEachRow(SQLite::Statement& statement, int64_t document_id, RowFunction on_row) {
  statement.reset();
  statement.bind(1, document_id);
  while (statement.executeStep()) on_row(statement);
}

constexpr char kSelectMeasures[] =
    "SELECT id, ref, kind, title, path, departments, related_departments, status, repost, "
    "description, line FROM measures WHERE document_id = ?1 ORDER BY ordinal";

void ChildReader::ReadMeasures(ParsedDocument& parsed, int64_t document_id) {
  std::vector<int64_t> ids;
  ForEachRow(measures_, document_id, [&](SQLite::Statement& row) {
    Measure measure;
    ids.push_back(row.getColumn(0).getInt64());
    measure.ref = TextOrEmpty(row.getColumn(1));
    measure.kind = row.getColumn(2).getString();
    measure.title = row.getColumn(3).getString();
    measure.path = DecodeStringArray(row.getColumn(4).getText());
    measure.departments = DecodeStringArray(row.getColumn(5).getText());
    measure.related_departments = DecodeStringArray(row.getColumn(6).getText());
    measure.status = OptionalText(row.getColumn(7));
    measure.repost = row.getColumn(8).getInt() != 0;
    measure.description = OptionalText(row.getColumn(9));
    measure.line = row.getColumn(10).getInt();
    parsed.measures.push_back(std::move(measure));
  });
  measure_by_id_.clear();
  for (size_t i = 0; i < ids.size(); ++i) measure_by_id_[ids[i]] = &parsed.measures[i];
}

constexpr char kSelectMeasureTexts[] =
    "SELECT t.measure_id, t.label, t.text FROM measure_texts t "
    "JOIN measures m ON m.id = t.measure_id WHERE m.document_id = ?1 ORDER BY t.measure_id, t.ordinal";

void ChildReader::ReadMeasureTexts(int64_t document_id) {
  ForEachRow(measure_texts_, document_id, [&](SQLite::Statement& row) {
    measure_by_id_.at(row.getColumn(0).getInt64())
        ->texts.emplace_back(row.getColumn(1).getString(), row.getColumn(2).getString());
  });
}

constexpr char kSelectIndicators[] =
    "SELECT i.id, i.measure_id, i.name, i.kind, i.unit FROM indicators i "
    "JOIN measures m ON m.id = i.measure_id WHERE m.document_id = ?1 ORDER BY i.measure_id, i.ordinal";

void ChildReader::ReadIndicators(int64_t document_id) {
  std::vector<std::pair<int64_t, Measure*>> owners;
  ForEachRow(indicators_, document_id, [&](SQLite::Statement& row) {
    Measure* measure = measure_by_id_.at(row.getColumn(1).getInt64());
    Indicator indicator;
    indicator.name = row.getColumn(2).getString();
    indicator.kind = TextOrEmpty(row.getColumn(3));
    indicator.unit = OptionalText(row.getColumn(4));
    measure->indicators.push_back(std::move(indicator));
    owners.emplace_back(row.getColumn(0).getInt64(), measure);
  });
  // Pointers are taken once every vector has stopped growing.
  indicator_by_id_.clear();
  std::unordered_map<Measure*, size_t> next;
  for (const auto& [id, measure] : owners) indicator_by_id_[id] = &measure->indicators[next[measure]++];
}

constexpr char kSelectIndicatorTexts[] =
    "SELECT t.indicator_id, t.label, t.text FROM indicator_texts t "
    "JOIN indicators i ON i.id = t.indicator_id JOIN measures m ON m.id = i.measure_id "
    "WHERE m.document_id = ?1 ORDER BY t.indicator_id, t.ordinal";

void ChildReader::ReadIndicatorTexts(int64_t document_id) {
  ForEachRow(indicator_texts_, document_id, [&](SQLite::Statement& row) {
    indicator_by_id_.at(row.getColumn(0).getInt64())
        ->texts.emplace_back(row.getColumn(1).getString(), row.getColumn(2).getString());
  });
}

constexpr char kSelectObservations[] =
    "SELECT o.indicator_id, o.role, o.fy, o.value, o.comparator, o.text, o.unit, o.line, o.cell, o.page, o.printed_page "
    "FROM observations o JOIN indicators i ON i.id = o.indicator_id "
    "JOIN measures m ON m.id = i.measure_id WHERE m.document_id = ?1 "
    "ORDER BY o.indicator_id, o.role, o.ordinal";

void ChildReader::ReadObservations(int64_t document_id) {
  ForEachRow(observations_, document_id, [&](SQLite::Statement& row) {
    Indicator* indicator = indicator_by_id_.at(row.getColumn(0).getInt64());
    Observation observation;
    observation.fy = OptionalInt(row.getColumn(2));
    observation.value = OptionalDouble(row.getColumn(3));
    observation.comparator = TextOrEmpty(row.getColumn(4));
    observation.text = row.getColumn(5).getString();
    observation.unit = TextOrEmpty(row.getColumn(6));
    observation.at = PlaceFrom(row.getColumn(7), row.getColumn(8), row.getColumn(9), row.getColumn(10));
    const std::string role = row.getColumn(1).getString();
    if (role == "baseline") {
      indicator->baseline = std::move(observation);
    } else if (role == "target") {
      indicator->targets.push_back(std::move(observation));
    } else {
      indicator->actuals.push_back(std::move(observation));
    }
  });
}

constexpr char kSelectBudgets[] =
    "SELECT b.measure_id, b.fy, b.category, b.amount_yen, b.derived, b.line, b.cell, b.page, b.printed_page FROM budgets b "
    "JOIN measures m ON m.id = b.measure_id WHERE m.document_id = ?1 ORDER BY b.measure_id, b.ordinal";

void ChildReader::ReadBudgets(int64_t document_id) {
  ForEachRow(budgets_, document_id, [&](SQLite::Statement& row) {
    Budget budget;
    budget.fy = row.getColumn(1).getInt();
    budget.category = row.getColumn(2).getString();
    budget.amount_yen = row.getColumn(3).getDouble();
    budget.derived = row.getColumn(4).getInt() != 0;
    budget.at = PlaceFrom(row.getColumn(5), row.getColumn(6), row.getColumn(7), row.getColumn(8));
    measure_by_id_.at(row.getColumn(0).getInt64())->budgets.push_back(std::move(budget));
  });
}

constexpr char kSelectGlossary[] =
    "SELECT term, definition FROM glossary WHERE document_id = ?1 ORDER BY ordinal";

void ChildReader::ReadGlossary(ParsedDocument& parsed, int64_t document_id) {
  ForEachRow(glossary_, document_id, [&](SQLite::Statement& row) {
    parsed.glossary.push_back({row.getColumn(0).getString(), row.getColumn(1).getString()});
  });
}

constexpr char kSelectDiagnostics[] =
    "SELECT line, kind, message FROM diagnostics WHERE document_id = ?1 ORDER BY ordinal";

void ChildReader::ReadDiagnostics(ParsedDocument& parsed, int64_t document_id) {
  ForEachRow(diagnostics_, document_id, [&](SQLite::Statement& row) {
    parsed.diagnostics.push_back({row.getColumn(0).isNull() ? 0 : row.getColumn(0).getInt(),
                                  row.getColumn(1).getString(), row.getColumn(2).getString()});
  });
}

ChildReader::ChildReader(SQLite::Database& db)
    : measures_(db, kSelectMeasures),
      measure_texts_(db, kSelectMeasureTexts),
      indicators_(db, kSelectIndicators),
      indicator_texts_(db, kSelectIndicatorTexts),
      observations_(db, kSelectObservations),
      budgets_(db, kSelectBudgets),
      glossary_(db, kSelectGlossary),
      diagnostics_(db, kSelectDiagnostics) {}

void ChildReader::Read(ParsedDocument& parsed, int64_t document_id) {
  ReadMeasures(parsed, document_id);
  ReadMeasureTexts(document_id);
  ReadIndicators(document_id);
  ReadIndicatorTexts(document_id);
  ReadObservations(document_id);
  ReadBudgets(document_id);
  ReadGlossary(parsed, document_id);
  ReadDiagnostics(parsed, document_id);
}

}  // namespace

constexpr char kSelectDocuments[] =
    KEIKAKU_DOCUMENT_COLUMNS "WHERE ?1 = '' OR municipality = ?1 ORDER BY path";

std::vector<StoredDocument> ReadDocuments(SQLite::Database& db, const std::string& municipality) {
  std::vector<StoredDocument> documents;
  SQLite::Statement select(db, kSelectDocuments);
  select.bind(1, municipality);
  while (select.executeStep()) documents.push_back(DocumentFrom(select));
  ChildReader children(db);
  for (StoredDocument& document : documents) children.Read(document.parsed, document.id);
  return documents;
}

constexpr char kSelectDocument[] = KEIKAKU_DOCUMENT_COLUMNS "WHERE id = ?1";

std::optional<StoredDocument> ReadDocument(SQLite::Database& db, int64_t id) {
  SQLite::Statement select(db, kSelectDocument);
  select.bind(1, id);
  if (!select.executeStep()) return std::nullopt;
  StoredDocument document = DocumentFrom(select);
  select.reset();
  ChildReader(db).Read(document.parsed, document.id);
  return document;
}

}  // namespace keikaku::store::internal
