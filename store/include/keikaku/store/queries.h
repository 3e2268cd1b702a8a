// The questions users ask of a keikaku database — which cities measure what, how they
// compare, where a word appears — answered as plain structs for the CLI and the HTTP
// server. Every function here opens its own read-only connection to `db_path` (no
// statement can write), binds every parameter, and throws StoreError when the database
// cannot be opened or read, is not a keikaku database, or has a newer schema.
#ifndef KEIKAKU_STORE_QUERIES_H_
#define KEIKAKU_STORE_QUERIES_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "keikaku/store/store.h"

namespace keikaku::store {

// ---- Indicator concepts: one quantity under the names different cities give it.

struct IndicatorConcept {
  std::string key;    // "keijo_shushi_hiritsu"
  std::string label;  // "経常収支比率"
  std::string unit;   // the unit cities usually print for it ("%"); informative only
};

// The built-in lexicon (store/concepts.tsv), in file order. Loaded once; thread-safe.
const std::vector<IndicatorConcept>& ConceptLexicon();

// The key of the concept an indicator named `name` measures, by the lexicon's patterns
// (the first concept that matches wins); nullopt when none does. Put() stores it in
// indicators.concept.
std::optional<std::string> ConceptForIndicator(std::string_view name);

struct ConceptCoverage {
  IndicatorConcept concept_info;
  int cities = 0;  // distinct municipalities with an indicator of the concept
  int documents = 0;
  int indicators = 0;
};

// Every lexicon concept, in lexicon order, with how much of the database it covers
// (zero counts included).
std::vector<ConceptCoverage> ListConcepts(const std::string& db_path);

// ---- Compare one quantity across cities.

struct CompareQuery {
  std::string concept_key;     // a ConceptLexicon() key; an unknown key matches nothing
  std::string indicator_text;  // else: indicators whose name contains this text
  std::optional<int> fy;       // keep only targets and actuals of this fiscal year (the
                               // baseline stays), and only indicators that have one
};

struct ComparedValue {
  std::optional<int> fy;
  std::optional<double> value;  // scaled to CompareRow::unit (see scale)
  std::string comparator;       // ">=", "<=", "<", ">" or ""
  std::string text;             // as printed
  int line = 0;                 // source line; 0 when unknown
  bool operator==(const ComparedValue&) const = default;
};

struct CompareRow {
  int64_t document_id = 0;
  int64_t indicator_id = 0;
  std::string municipality;  // "" when not recognised
  std::string prefecture;
  std::string document_path;
  std::string measure_ref;
  std::string measure_title;
  std::string indicator;  // the name as printed
  std::optional<std::string> concept_key;
  std::optional<std::string> printed_unit;
  // The unit of every value in this row: "円" when the printed unit is a money unit
  // (円, 千円, 万円, 百万円, 億円) and values were multiplied by `scale`; else the
  // printed unit ("" when none).
  std::string unit;
  double scale = 1;
  std::optional<ComparedValue> baseline;
  std::vector<ComparedValue> targets;  // by fiscal year, then printed order
  std::vector<ComparedValue> actuals;
  int line = 0;  // first source line of the indicator's values; else the measure's line
};

// One row per (document, indicator) that matches `query`, ordered by municipality,
// document path and printed order. Returns no rows when both concept_key and
// indicator_text are empty.
std::vector<CompareRow> Compare(const std::string& db_path, const CompareQuery& query);

// The factor that brings a value printed in `unit` to 円 (1000 for "千円"); nullopt when
// `unit` is not a money unit.
std::optional<double> YenScale(std::string_view unit);

// ---- Full-text search over measure titles, descriptions, texts and indicator names.

struct SearchQuery {
  std::string text;             // searched as a literal substring (no query syntax)
  std::string municipality;     // only this municipality when non-empty
  int limit = 20;               // at most this many hits (clamped to 1..1000)
  std::string mark_open = "[";  // placed around each match in the snippet
  std::string mark_close = "]";
};

struct SearchHit {
  int64_t measure_id = 0;
  int64_t document_id = 0;
  std::string municipality;
  std::string document_path;
  std::string measure_ref;
  std::string measure_title;
  std::vector<std::string> departments;
  std::string snippet;  // one line: a few words around the best match, matches marked
  double rank = 0;      // lower is better (FTS5 bm25)
};

// Best matches first; one hit per measure. The text matches where a column holds it, of
// any length (an FTS5 phrase of characters), skipping ASCII punctuation and spaces, ASCII
// letters in either case. Returns nothing for an empty text.
std::vector<SearchHit> Search(const std::string& db_path, const SearchQuery& query);

// ---- Listings.

struct MeasureFilter {
  std::string municipality;  // exact; all when empty
  std::string department;    // substring of one of the departments; all when empty
  std::string status;        // exact; all when empty
  std::string title_text;    // substring of the title; all when empty
  int limit = 100;           // clamped to 1..10000
  int offset = 0;
};

struct MeasureRow {
  int64_t measure_id = 0;
  int64_t document_id = 0;
  std::string municipality;
  std::string document_path;
  std::string ref;
  std::string kind;
  std::string title;
  std::vector<std::string> path;
  std::vector<std::string> departments;
  std::optional<std::string> status;
  bool repost = false;
  int line = 0;
  int indicators = 0;
  int budgets = 0;
};

// Measures matching `filter`, by municipality, document path and printed order.
std::vector<MeasureRow> ListMeasures(const std::string& db_path, const MeasureFilter& filter);

struct IndicatorFilter {
  std::string concept_key;   // exact; all when empty
  std::string name_text;     // substring of the name; all when empty
  std::string municipality;  // exact; all when empty
  int limit = 100;           // clamped to 1..10000
  int offset = 0;
};

struct IndicatorRow {
  int64_t indicator_id = 0;
  int64_t measure_id = 0;
  int64_t document_id = 0;
  std::string municipality;
  std::string document_path;
  std::string measure_ref;
  std::string measure_title;
  std::string name;
  std::string kind;
  std::optional<std::string> unit;
  std::optional<std::string> concept_key;
  int observations = 0;
};

// Indicators matching `filter`, by municipality, document path and printed order.
std::vector<IndicatorRow> ListIndicators(const std::string& db_path, const IndicatorFilter& filter);

struct DocumentSummary {
  int64_t id = 0;
  std::string path;
  std::string sha256;
  std::string municipality;
  std::string prefecture;
  std::string plan_title;
  std::string plan_kind;
  std::string layout;
  double layout_score = 0;
  std::string format;
  std::string encoding;
  int64_t size_bytes = 0;
  std::string imported_at;
  int measures = 0;
  int indicators = 0;
  int observations = 0;  // baselines, targets and actuals
  int budgets = 0;
  int diagnostics = 0;
};

// Every stored document with its record counts, ordered by path.
std::vector<DocumentSummary> ListDocuments(const std::string& db_path);

struct ImportFailure {
  std::string path;
  std::string place;
  std::string reason;
};

// Files that could not be imported (Store::RecordFailure), ordered by path.
std::vector<ImportFailure> ListFailures(const std::string& db_path);

struct LayoutCount {
  std::string layout;
  int documents = 0;
};

// One thing a document's readers could not place (or a file's import failure).
struct DiagnosticRow {
  int64_t document_id = 0;        // 0 for an import failure (no document)
  std::string path;               // the file, as ShownPath shows it
  std::optional<int> line;        // 1-based source line; nullopt for the whole document
  std::string kind;               // 'unaligned_row', 'unplaced_value', 'import_failed', …
  std::string message;
};

// Which diagnostics ListDiagnostics returns: those of one document (by id, else by its
// stored canonical path), or every one when both are empty.
struct DiagnosticFilter {
  int64_t document_id = 0;
  std::string path;
};

// Diagnostics ordered by path, then as the readers recorded them.
std::vector<DiagnosticRow> ListDiagnostics(const std::string& db_path, const DiagnosticFilter& filter);

// Stored documents per layout name, ordered by name; layouts with no document are absent.
std::vector<LayoutCount> CountLayouts(const std::string& db_path);

// A short text that changes whenever documents are imported, replaced or removed or
// failures recorded, and when the file is replaced (for HTTP ETags). Equal tags mean the
// same stored content.
std::string ContentTag(const std::string& db_path);

}  // namespace keikaku::store

#endif  // KEIKAKU_STORE_QUERIES_H_
