#include "search_index.h"

#include <sqlite3.h>

namespace keikaku::store::internal {
namespace {

bool StartsCodePoint(char byte) { return (static_cast<unsigned char>(byte) & 0xC0) != 0x80; }

void SearchColumnFunction(sqlite3_context* context, int, sqlite3_value** arguments) {
  const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(arguments[0]));
  if (text == nullptr) return sqlite3_result_null(context);
  const std::string indexed = SearchColumn({text, static_cast<size_t>(sqlite3_value_bytes(arguments[0]))});
  sqlite3_result_text(context, indexed.data(), static_cast<int>(indexed.size()), SQLITE_TRANSIENT);
}

}  // namespace

std::string SearchColumn(std::string_view text) {
  std::string indexed;
  indexed.reserve(text.size() + text.size() / 2);
  for (size_t i = 0; i < text.size(); ++i) {
    if (i > 0 && StartsCodePoint(text[i])) indexed += kTokenSeparator;
    indexed += text[i];
  }
  return indexed;
}

std::string SearchPhrase(std::string_view text) {
  std::string phrase = "\"";
  for (size_t i = 0; i < text.size(); ++i) {
    if (i > 0 && StartsCodePoint(text[i])) phrase += ' ';
    if (text[i] == '"') phrase += '"';  // FTS5 writes a quote inside a string as ""
    phrase += text[i];
  }
  return phrase + '"';
}

std::string WithoutSeparators(std::string_view indexed) {
  std::string text;
  text.reserve(indexed.size());
  for (const char c : indexed) {
    if (c != kTokenSeparator) text += c;
  }
  return text;
}

void RegisterSearchFunctions(SQLite::Database& db) {
  db.createFunction("keikaku_search_column", 1, /*deterministic=*/true, nullptr, SearchColumnFunction);
}

}  // namespace keikaku::store::internal
