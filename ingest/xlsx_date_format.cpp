// Date and time sections of Excel number formats, Japanese eras included.
#include <algorithm>
#include <cctype>
#include <iterator>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "xlsx_number_format.h"

namespace keikaku::ingest {
namespace {

struct Token {
  bool field = false;  // a date/time field ("yyyy", "m", "ggg", "[h]", "ampm"); else literal text
  std::string text;
};

struct Era {
  int year, month, day;            // first day
  const char *letter, *short_name, *name;
};

constexpr Era kEras[] = {
    {2019, 5, 1, "R", "令", "令和"}, {1989, 1, 8, "H", "平", "平成"}, {1926, 12, 25, "S", "昭", "昭和"},
    {1912, 7, 30, "T", "大", "大正"}, {1868, 1, 1, "M", "明", "明治"},
};

constexpr const char* kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                   "July",    "August",   "September", "October", "November", "December"};
constexpr const char* kWeekdays[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
constexpr const char* kJapaneseWeekdays[] = {"日", "月", "火", "水", "木", "金", "土"};

bool IsFieldLetter(char c) {
  c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return c == 'y' || c == 'm' || c == 'd' || c == 'h' || c == 's' || c == 'g' || c == 'e' || c == 'a';
}

bool StartsWithNoCase(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(text[i])) != prefix[i]) return false;
  }
  return true;
}

// "[h]", "[mm]", "[ss]": elapsed time; "[Red]", "[Magenta]", "[>100]" are not.
bool IsElapsedBracket(std::string_view content) {
  if (content.empty()) return false;
  const char letter = static_cast<char>(std::tolower(static_cast<unsigned char>(content[0])));
  if (letter != 'h' && letter != 'm' && letter != 's') return false;
  for (char c : content) {
    if (std::tolower(static_cast<unsigned char>(c)) != letter) return false;
  }
  return true;
}

// Splits one section into fields and literals; "General", "E+" exponents and a lone 'a' are
// literals here (the caller decides whether the section is a date at all).
std::vector<Token> Tokenize(std::string_view s) {
  std::vector<Token> tokens;
  auto literal = [&](std::string_view text) { tokens.push_back({false, std::string(text)}); };
  for (size_t i = 0; i < s.size();) {
    const char c = s[i];
    if (StartsWithNoCase(s.substr(i), "general")) {
      literal("General"), i += 7;
    } else if (StartsWithNoCase(s.substr(i), "am/pm")) {
      tokens.push_back({true, "ampm"}), i += 5;
    } else if (StartsWithNoCase(s.substr(i), "a/p")) {
      tokens.push_back({true, "ap"}), i += 3;
    } else if ((c == 'E' || c == 'e') && i + 1 < s.size() && (s[i + 1] == '+' || s[i + 1] == '-')) {
      literal(s.substr(i, 2)), i += 2;
    } else if (IsFieldLetter(c)) {
      size_t end = i;
      while (end < s.size() && std::tolower(static_cast<unsigned char>(s[end])) == std::tolower(static_cast<unsigned char>(c))) ++end;
      std::string run(end - i, static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
      if (run == "a" || run == "aa") {
        literal(s.substr(i, end - i));
      } else {
        tokens.push_back({true, run});
      }
      i = end;
    } else if (c == '"') {
      const size_t end = s.find('"', i + 1);
      literal(s.substr(i + 1, (end == std::string_view::npos ? s.size() : end) - i - 1));
      i = end == std::string_view::npos ? s.size() : end + 1;
    } else if (c == '\\' || c == '_' || c == '*') {
      if (c == '\\' && i + 1 < s.size()) literal(s.substr(i + 1, 1));
      if (c == '_') literal(" ");
      i += 2;
    } else if (c == '[') {
      const size_t end = std::min(s.find(']', i), s.size());
      const std::string_view content = s.substr(i + 1, end - i - 1);
      if (IsElapsedBracket(content)) {
        tokens.push_back({true, "[" + std::string(1, static_cast<char>(std::tolower(content[0]))) + "]"});
      } else if (!content.empty() && content[0] == '$') {  // "[$¥-411]" shows "¥"
        literal(content.substr(1, std::min(content.find('-'), content.size()) - 1));
      }
      i = end + 1;
    } else {
      literal(s.substr(i, 1)), ++i;
    }
  }
  return tokens;
}

struct DateTime {
  int year, month, day, weekday, hour, minute, second;
  double elapsed_hours;
};

// Days since 1970-01-01 to a civil date (H. Hinnant's algorithm).
void CivilFromDays(long days, int& year, int& month, int& day) {
  days += 719468;
  const long era = (days >= 0 ? days : days - 146096) / 146097;
  const long doe = days - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
}

DateTime FromSerial(double serial, bool date1904) {
  long days = static_cast<long>(std::floor(serial));
  long seconds = std::lround((serial - std::floor(serial)) * 86400);
  if (seconds >= 86400) ++days, seconds -= 86400;
  // Excel's 1900 system counts a 1900-02-29 that never was; serials from 61 are exact.
  const long epoch = date1904 ? -24107 : (days >= 61 ? -25569 : -25568);  // 1904-01-01, 1899-12-30, -31
  DateTime t{};
  CivilFromDays(epoch + days, t.year, t.month, t.day);
  t.weekday = static_cast<int>(((epoch + days) % 7 + 11) % 7);  // 1970-01-01 was a Thursday
  t.hour = static_cast<int>(seconds / 3600);
  t.minute = static_cast<int>(seconds / 60 % 60);
  t.second = static_cast<int>(seconds % 60);
  t.elapsed_hours = std::floor(serial * 24 + 1e-9);
  return t;
}

const Era& EraOf(const DateTime& t) {
  for (const Era& era : kEras) {
    if (t.year > era.year || (t.year == era.year && (t.month > era.month || (t.month == era.month && t.day >= era.day)))) {
      return era;
    }
  }
  return kEras[std::size(kEras) - 1];
}

std::string Padded(long value, size_t width) {
  std::string text = std::to_string(value);
  if (text.size() < width) text.insert(0, width - text.size(), '0');
  return text;
}

// A month field right after an hour or right before a second is minutes.
bool IsMinute(const std::vector<Token>& tokens, size_t index) {
  for (size_t i = index; i-- > 0;) {
    if (tokens[i].field) {
      if (tokens[i].text[0] == 'h' || tokens[i].text == "[h]") return true;
      break;
    }
  }
  for (size_t i = index + 1; i < tokens.size(); ++i) {
    if (tokens[i].field) return tokens[i].text[0] == 's';
  }
  return false;
}

std::string RenderField(const std::vector<Token>& tokens, size_t index, const DateTime& t, bool twelve_hour) {
  const std::string& f = tokens[index].text;
  const size_t n = f.size();
  if (f == "ampm") return t.hour < 12 ? "AM" : "PM";
  if (f == "ap") return t.hour < 12 ? "A" : "P";
  switch (f[0]) {
    case 'y': return n <= 2 ? Padded(t.year % 100, 2) : std::to_string(t.year);
    case 'm':
      if (n <= 2 && IsMinute(tokens, index)) return Padded(t.minute, n);
      if (n <= 2) return Padded(t.month, n);
      return n == 3 ? std::string(kMonths[t.month - 1], 3) : n == 4 ? kMonths[t.month - 1] : std::string(1, kMonths[t.month - 1][0]);
    case 'd': return n <= 2 ? Padded(t.day, n) : n == 3 ? std::string(kWeekdays[t.weekday], 3) : kWeekdays[t.weekday];
    case 'a': return std::string(kJapaneseWeekdays[t.weekday]) + (n >= 4 ? "曜日" : "");
    case 'h': return Padded(twelve_hour ? (t.hour % 12 == 0 ? 12 : t.hour % 12) : t.hour, n);
    case 's': return Padded(t.second, n);
    case 'g': return n == 1 ? EraOf(t).letter : n == 2 ? EraOf(t).short_name : EraOf(t).name;
    case 'e': return Padded(t.year - EraOf(t).year + 1, n);
    case '[':
      if (f == "[h]") return std::to_string(static_cast<long>(t.elapsed_hours));
      if (f == "[m]") return std::to_string(static_cast<long>(t.elapsed_hours) * 60 + t.minute);
      return std::to_string((static_cast<long>(t.elapsed_hours) * 60 + t.minute) * 60 + t.second);
    default: break;
  }
  return "";
}

}  // namespace

bool IsDateSection(std::string_view section) {
  for (const Token& token : Tokenize(section)) {
    if (token.field && token.text != "ampm" && token.text != "ap") return true;
  }
  return false;
}

std::string FormatDateSection(double value, std::string_view section, bool date1904) {
  const std::vector<Token> tokens = Tokenize(section);
  bool twelve_hour = false;
  for (const Token& token : tokens) twelve_hour |= token.field && (token.text == "ampm" || token.text == "ap");
  const DateTime t = FromSerial(value, date1904);
  std::string out;
  for (size_t i = 0; i < tokens.size(); ++i) {
    out += tokens[i].field ? RenderField(tokens, i, t, twelve_hour) : tokens[i].text;
  }
  return out;
}

}  // namespace keikaku::ingest
