#include "sql_values.h"

#include <algorithm>
#include <charconv>
#include <ctime>

#include "json_writer.h"
#include "keikaku/store/store.h"

namespace keikaku::store::internal {

void BindText(SQLite::Statement& statement, int index, const std::string& value) {
  statement.bindNoCopy(index, value);
}

void BindTextOrNull(SQLite::Statement& statement, int index, const std::string& value) {
  value.empty() ? statement.bind(index) : statement.bindNoCopy(index, value);
}

void BindOptional(SQLite::Statement& statement, int index, const std::optional<std::string>& value) {
  value ? statement.bindNoCopy(index, *value) : statement.bind(index);
}

void BindOptional(SQLite::Statement& statement, int index, const std::optional<int>& value) {
  value ? statement.bind(index, *value) : statement.bind(index);
}

void BindOptional(SQLite::Statement& statement, int index, const std::optional<double>& value) {
  value ? statement.bind(index, *value) : statement.bind(index);
}

void BindPlace(SQLite::Statement& statement, int line_index, const SourcePlace& place) {
  place.line != 0 ? statement.bind(line_index, place.line) : statement.bind(line_index);
  place.cell != -1 ? statement.bind(line_index + 1, place.cell) : statement.bind(line_index + 1);
  place.page != 0 ? statement.bind(line_index + 2, place.page) : statement.bind(line_index + 2);
  place.printed_page != 0 ? statement.bind(line_index + 3, place.printed_page) : statement.bind(line_index + 3);
}

std::string TextOrEmpty(const SQLite::Column& column) {
  return column.isNull() ? std::string() : column.getString();
}

std::optional<std::string> OptionalText(const SQLite::Column& column) {
  if (column.isNull()) return std::nullopt;
  return column.getString();
}

std::optional<int> OptionalInt(const SQLite::Column& column) {
  if (column.isNull()) return std::nullopt;
  return column.getInt();
}

std::optional<double> OptionalDouble(const SQLite::Column& column) {
  if (column.isNull()) return std::nullopt;
  return column.getDouble();
}

SourcePlace PlaceFrom(const SQLite::Column& line, const SQLite::Column& cell, const SQLite::Column& page,
                      const SQLite::Column& printed_page) {
  return SourcePlace{line.isNull() ? 0 : line.getInt(), cell.isNull() ? -1 : cell.getInt(),
                     page.isNull() ? 0 : page.getInt(), printed_page.isNull() ? 0 : printed_page.getInt()};
}

std::string EncodeStringArray(const std::vector<std::string>& strings) {
  JsonWriter json;
  json.BeginArray();
  for (const std::string& s : strings) json.String(s);
  json.EndArray();
  return json.Take();
}

namespace {

// Reads JSON arrays of strings; only what EncodeStringArray or a person's edit produces.
class StringArrayReader {
 public:
  explicit StringArrayReader(std::string_view json) : json_(json) {}

  std::vector<std::string> Read() {
    std::vector<std::string> strings;
    Expect('[');
    if (Peek() == ']') {
      ++at_;
    } else {
      do {
        strings.push_back(ReadString());
      } while (Accept(','));
      Expect(']');
    }
    if (Peek() != '\0') Fail();
    return strings;
  }

 private:
  char Peek() {
    while (at_ < json_.size() &&
           (json_[at_] == ' ' || json_[at_] == '\n' || json_[at_] == '\t' || json_[at_] == '\r')) {
      ++at_;
    }
    return at_ < json_.size() ? json_[at_] : '\0';
  }
  bool Accept(char c) {
    if (Peek() != c) return false;
    ++at_;
    return true;
  }
  void Expect(char c) {
    if (!Accept(c)) Fail();
  }
  [[noreturn]] void Fail() {
    throw StoreError("stored list is not a JSON array of strings: " + std::string(json_));
  }

  unsigned ReadHex4() {
    unsigned code = 0;
    const char* begin = json_.data() + at_;
    const char* end = json_.data() + std::min(at_ + 4, json_.size());
    const auto [stop, error] = std::from_chars(begin, end, code, 16);
    if (error != std::errc() || stop != begin + 4) Fail();
    at_ += 4;
    return code;
  }

  void AppendUtf8(unsigned code, std::string& out) {
    if (code < 0x80) {
      out += static_cast<char>(code);
    } else if (code < 0x800) {
      out += static_cast<char>(0xC0 | (code >> 6));
      out += static_cast<char>(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
      out += static_cast<char>(0xE0 | (code >> 12));
      out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (code >> 18));
      out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (code & 0x3F));
    }
  }

  void ReadEscape(std::string& out) {
    if (at_ >= json_.size()) Fail();
    const char c = json_[at_++];
    switch (c) {
      case '"':
      case '\\':
      case '/':
        out += c;
        return;
      case 'b':
        out += '\b';
        return;
      case 'f':
        out += '\f';
        return;
      case 'n':
        out += '\n';
        return;
      case 'r':
        out += '\r';
        return;
      case 't':
        out += '\t';
        return;
      case 'u':
        break;
      default:
        Fail();
    }
    unsigned code = ReadHex4();
    if (code >= 0xD800 && code < 0xDC00 && json_.substr(at_, 2) == "\\u") {
      at_ += 2;
      const unsigned low = ReadHex4();
      if (low < 0xDC00 || low >= 0xE000) Fail();
      code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
    }
    AppendUtf8(code, out);
  }

  std::string ReadString() {
    Expect('"');
    std::string out;
    while (at_ < json_.size()) {
      const char c = json_[at_++];
      if (c == '"') return out;
      if (c == '\\') {
        ReadEscape(out);
      } else {
        out += c;
      }
    }
    Fail();
  }

  std::string_view json_;
  size_t at_ = 0;
};

}  // namespace

std::vector<std::string> DecodeStringArray(std::string_view json) { return StringArrayReader(json).Read(); }

std::string UtcNow() {
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return buffer;
}

}  // namespace keikaku::store::internal
