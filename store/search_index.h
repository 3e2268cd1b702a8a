// The full-text index (measure_search, see schema.sql): one token per character, so any
// substring of any length is a phrase query and Japanese needs no word segmenter.
#ifndef KEIKAKU_STORE_SEARCH_INDEX_H_
#define KEIKAKU_STORE_SEARCH_INDEX_H_

#include <SQLiteCpp/Database.h>

#include <string>
#include <string_view>

namespace keikaku::store::internal {

// U+001F, a control character: FTS5's ascii tokenizer takes it as a separator, and
// normalised text never holds it.
inline constexpr char kTokenSeparator = '\x1f';

// `text` with kTokenSeparator between every two characters (code points).
std::string SearchColumn(std::string_view text);

// `text` as an FTS5 phrase of its characters: a literal, so quotes, AND, NEAR or * in it
// mean nothing. Matches where a SearchColumn() holds `text`, skipping ASCII punctuation and
// spaces, ASCII letters in either case.
std::string SearchPhrase(std::string_view text);

// `indexed` (a snippet of a SearchColumn()) without the separators SearchColumn() added.
std::string WithoutSeparators(std::string_view indexed);

// Registers the SQL function keikaku_search_column(text) = SearchColumn(text) on `db`, for
// statements that fill measure_search from stored rows (upgrade_v2.sql).
void RegisterSearchFunctions(SQLite::Database& db);

}  // namespace keikaku::store::internal

#endif  // KEIKAKU_STORE_SEARCH_INDEX_H_
