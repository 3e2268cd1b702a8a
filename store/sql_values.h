// Conversions between record fields and SQLite values, shared by the store's reads and
// writes so that the two stay exact inverses (see the conventions in schema.sql).
#ifndef KEIKAKU_STORE_SQL_VALUES_H_
#define KEIKAKU_STORE_SQL_VALUES_H_

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "keikaku/parsers/records.h"

namespace keikaku::store::internal {

// Binds without copying: the bound strings must outlive the statement's next exec().
void BindText(SQLite::Statement& statement, int index, const std::string& value);
// '' is bound as NULL: for fields the records keep as '' when absent.
void BindTextOrNull(SQLite::Statement& statement, int index, const std::string& value);
void BindOptional(SQLite::Statement& statement, int index, const std::optional<std::string>& value);
void BindOptional(SQLite::Statement& statement, int index, const std::optional<int>& value);
void BindOptional(SQLite::Statement& statement, int index, const std::optional<double>& value);
// Binds `place` to `line_index` … `line_index + 3` (line, cell, page, printed page): line 0,
// cell -1, page 0 and printed page 0 as NULL.
void BindPlace(SQLite::Statement& statement, int line_index, const SourcePlace& place);

std::string TextOrEmpty(const SQLite::Column& column);
std::optional<std::string> OptionalText(const SQLite::Column& column);
std::optional<int> OptionalInt(const SQLite::Column& column);
std::optional<double> OptionalDouble(const SQLite::Column& column);
SourcePlace PlaceFrom(const SQLite::Column& line, const SQLite::Column& cell, const SQLite::Column& page,
                      const SQLite::Column& printed_page);

// A list of names as a JSON array of strings (what SQLite's json_each() reads), and back.
// DecodeStringArray throws StoreError when `json` is not such an array.
std::string EncodeStringArray(const std::vector<std::string>& strings);
std::vector<std::string> DecodeStringArray(std::string_view json);

// The current time as ISO 8601 UTC, "2026-11-21T12:00:00Z".
std::string UtcNow();

}  // namespace keikaku::store::internal

#endif  // KEIKAKU_STORE_SQL_VALUES_H_
