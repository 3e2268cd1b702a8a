// keikaku query: a person's SQL on a connection that cannot write.
#include <SQLiteCpp/Statement.h>

#include "database.h"
#include "keikaku/store/store.h"

namespace keikaku::store {

QueryResult RunReadOnlyQuery(const std::string& path, const std::string& sql) {
  const std::unique_ptr<SQLite::Database> db = internal::OpenForReading(path);
  try {
    SQLite::Statement statement(*db, sql);
    QueryResult result;
    for (int i = 0; i < statement.getColumnCount(); ++i) {
      result.columns.emplace_back(statement.getColumnName(i));
    }
    while (statement.executeStep()) {
      auto& row = result.rows.emplace_back();
      for (int i = 0; i < statement.getColumnCount(); ++i) {
        const SQLite::Column column = statement.getColumn(i);
        if (column.isNull()) {
          row.emplace_back(std::nullopt);
        } else {
          row.emplace_back(column.getString());
        }
      }
    }
    return result;
  } catch (const SQLite::Exception& error) {
    internal::ThrowStoreError(path, error);
  }
}

}  // namespace keikaku::store
