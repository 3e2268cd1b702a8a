// keikaku search: FTS5 with the trigram tokenizer over measure_search (see schema.sql).
#include <SQLiteCpp/Statement.h>

#include <algorithm>

#include "keikaku/store/queries.h"
#include "read_connection.h"
#include "sql_values.h"

namespace keikaku::store {
namespace {

size_t CodePointCount(std::string_view text) {
  return std::count_if(text.begin(), text.end(),
                       [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; });
}

// `text` as one FTS5 string: a literal phrase, so quotes, AND, NEAR or * in it mean nothing.
std::string FtsPhrase(std::string_view text) {
  std::string phrase = "\"";
  for (const char c : text) {
    if (c == '"') phrase += '"';
    phrase += c;
  }
  return phrase + '"';
}

SearchHit HitFrom(SQLite::Statement& select) {
  SearchHit hit;
  hit.measure_id = select.getColumn(0).getInt64();
  hit.document_id = select.getColumn(1).getInt64();
  hit.municipality = internal::TextOrEmpty(select.getColumn(2));
  hit.document_path = select.getColumn(3).getString();
  hit.measure_ref = internal::TextOrEmpty(select.getColumn(4));
  hit.measure_title = select.getColumn(5).getString();
  hit.departments = internal::DecodeStringArray(select.getColumn(6).getText());
  return hit;
}

// Columns 0–6 as HitFrom() reads them; one row per measure (rowid = measures.id). bm25
// weights: a match in the title counts most, then description and indicator names, then texts.
constexpr char kSearchTrigrams[] =
    "SELECT m.id, d.id, d.municipality, d.path, m.ref, m.title, m.departments, "
    "snippet(measure_search, -1, ?3, ?4, '…', 24), bm25(measure_search, 4.0, 2.0, 1.0, 2.0) AS rank "
    "FROM measure_search JOIN measures m ON m.id = measure_search.rowid "
    "JOIN documents d ON d.id = m.document_id "
    "WHERE measure_search MATCH ?1 AND (?2 = '' OR d.municipality = ?2) "
    "ORDER BY rank, m.id LIMIT ?5";

std::vector<SearchHit> SearchTrigrams(SQLite::Database& db, const SearchQuery& query) {
  SQLite::Statement select(db, kSearchTrigrams);
  select.bind(1, FtsPhrase(query.text));
  select.bind(2, query.municipality);
  select.bind(3, query.mark_open);
  select.bind(4, query.mark_close);
  select.bind(5, internal::ClampLimit(query.limit, 1000));
  std::vector<SearchHit> hits;
  while (select.executeStep()) {
    SearchHit& hit = hits.emplace_back(HitFrom(select));
    hit.snippet = select.getColumn(7).getString();
    hit.rank = select.getColumn(8).getDouble();
  }
  return hits;
}

// `pattern` for LIKE … ESCAPE '\': the text itself, with LIKE's wildcards taken literally.
std::string LikeContaining(std::string_view text) {
  std::string pattern = "%";
  for (const char c : text) {
    if (c == '%' || c == '_' || c == '\\') pattern += '\\';
    pattern += c;
  }
  return pattern + '%';
}

std::string AsciiLower(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return lower;
}

// Moves `at` back (or forward) by up to `count` code points within `text`.
size_t StepBack(std::string_view text, size_t at, int count) {
  while (at > 0 && count > 0) {
    do --at;
    while (at > 0 && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80);
    --count;
  }
  return at;
}
size_t StepForward(std::string_view text, size_t at, int count) {
  while (at < text.size() && count > 0) {
    do ++at;
    while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80);
    --count;
  }
  return at;
}

// A snippet like FTS5's: about a dozen characters either side of the first match, every
// match in it marked, '…' where the column was cut. Empty when `column` lacks `needle`.
std::string MarkedSnippet(std::string_view column, std::string_view needle, const SearchQuery& query) {
  constexpr int kContext = 12;
  const std::string folded = AsciiLower(column), folded_needle = AsciiLower(needle);
  const size_t first = folded.find(folded_needle);
  if (first == std::string::npos) return "";
  const size_t begin = StepBack(column, first, kContext);
  const size_t end = StepForward(column, first + needle.size(), kContext);
  std::string snippet = begin > 0 ? "…" : "";
  size_t at = begin;
  for (size_t match = first; match != std::string::npos && match + needle.size() <= end;
       match = folded.find(folded_needle, match + needle.size())) {
    snippet.append(column.substr(at, match - at)).append(query.mark_open);
    snippet.append(column.substr(match, needle.size())).append(query.mark_close);
    at = match + needle.size();
  }
  snippet.append(column.substr(at, end - at));
  if (end < column.size()) snippet += "…";
  return snippet;
}

// Trigrams need three characters, so one- and two-character texts fall back to LIKE over
// the same columns: a full scan, in document order rather than by relevance.
constexpr char kSearchLike[] =
    "SELECT m.id, d.id, d.municipality, d.path, m.ref, m.title, m.departments, "
    "s.title, coalesce(s.description, ''), s.texts, s.indicators "
    "FROM measure_search s JOIN measures m ON m.id = s.rowid JOIN documents d ON d.id = m.document_id "
    "WHERE (s.title LIKE ?1 ESCAPE '\\' OR s.description LIKE ?1 ESCAPE '\\' "
    "OR s.texts LIKE ?1 ESCAPE '\\' OR s.indicators LIKE ?1 ESCAPE '\\') "
    "AND (?2 = '' OR d.municipality = ?2) "
    "ORDER BY d.municipality, d.path, m.ordinal LIMIT ?3";

std::vector<SearchHit> SearchLike(SQLite::Database& db, const SearchQuery& query) {
  SQLite::Statement select(db, kSearchLike);
  select.bind(1, LikeContaining(query.text));
  select.bind(2, query.municipality);
  select.bind(3, internal::ClampLimit(query.limit, 1000));
  std::vector<SearchHit> hits;
  while (select.executeStep()) {
    SearchHit& hit = hits.emplace_back(HitFrom(select));
    for (int column = 7; column <= 10 && hit.snippet.empty(); ++column) {
      hit.snippet = MarkedSnippet(select.getColumn(column).getString(), query.text, query);
    }
  }
  return hits;
}

}  // namespace

std::vector<SearchHit> Search(const std::string& db_path, const SearchQuery& query) {
  if (query.text.empty()) return {};
  return internal::WithReadConnection(db_path, [&](SQLite::Database& db) {
    return CodePointCount(query.text) >= 3 ? SearchTrigrams(db, query) : SearchLike(db, query);
  });
}

}  // namespace keikaku::store
