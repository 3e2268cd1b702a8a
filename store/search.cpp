// keikaku search: FTS5 phrase queries over measure_search, one token per character (see
// schema.sql and search_index.h).
#include <SQLiteCpp/Statement.h>

#include "keikaku/store/shown_path.h"
#include "keikaku/store/queries.h"
#include "read_connection.h"
#include "search_index.h"
#include "sql_values.h"

namespace keikaku::store {
namespace {

SearchHit HitFrom(SQLite::Statement& select) {
  SearchHit hit;
  hit.measure_id = select.getColumn(0).getInt64();
  hit.document_id = select.getColumn(1).getInt64();
  hit.municipality = internal::TextOrEmpty(select.getColumn(2));
  hit.document_path = ShownPath(select.getColumn(3).getString());
  hit.measure_ref = internal::TextOrEmpty(select.getColumn(4));
  hit.measure_title = select.getColumn(5).getString();
  hit.departments = internal::DecodeStringArray(select.getColumn(6).getText());
  return hit;
}

// Columns 0–6 as HitFrom() reads them; one row per measure (rowid = measures.id). bm25
// weights: a match in the title counts most, then description and indicator names, then texts.
constexpr char kSearch[] =
    "SELECT m.id, d.id, d.municipality, d.path, m.ref, m.title, m.departments, "
    "snippet(measure_search, -1, ?3, ?4, '…', 24), bm25(measure_search, 4.0, 2.0, 1.0, 2.0) AS rank "
    "FROM measure_search JOIN measures m ON m.id = measure_search.rowid "
    "JOIN documents d ON d.id = m.document_id "
    "WHERE measure_search MATCH ?1 AND (?2 = '' OR d.municipality = ?2) "
    "ORDER BY rank, m.id LIMIT ?5";

// The snippet as one line of plain text: separators out, line breaks (between texts or
// indicator names) as spaces.
std::string SnippetLine(std::string_view indexed) {
  std::string line = internal::WithoutSeparators(indexed);
  for (char& c : line) {
    if (c == '\n') c = ' ';
  }
  return line;
}

}  // namespace

std::vector<SearchHit> Search(const std::string& db_path, const SearchQuery& query) {
  if (query.text.empty()) return {};
  return internal::WithReadConnection(db_path, [&](SQLite::Database& db) {
    SQLite::Statement select(db, kSearch);
    select.bind(1, internal::SearchPhrase(query.text));
    select.bind(2, query.municipality);
    select.bind(3, query.mark_open);
    select.bind(4, query.mark_close);
    select.bind(5, internal::ClampLimit(query.limit, 1000));
    std::vector<SearchHit> hits;
    while (select.executeStep()) {
      SearchHit& hit = hits.emplace_back(HitFrom(select));
      hit.snippet = SnippetLine(select.getColumn(7).getText());
      hit.rank = select.getColumn(8).getDouble();
    }
    return hits;
  });
}

}  // namespace keikaku::store
