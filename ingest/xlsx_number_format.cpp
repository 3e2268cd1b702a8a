// Numeric sections of Excel number formats: placeholders, grouping, scaling, percent, E.
#include "xlsx_number_format.h"

#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace keikaku::ingest {
namespace {

// One ';'-separated section, split outside quotes, escapes and brackets.
std::vector<std::string_view> Sections(std::string_view code) {
  std::vector<std::string_view> sections;
  size_t start = 0;
  bool quoted = false;
  int bracket = 0;
  for (size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '\\' || c == '_' || c == '*') {
      ++i;
    } else if (c == '[') {
      ++bracket;
    } else if (c == ']') {
      bracket = bracket > 0 ? bracket - 1 : 0;
    } else if (c == ';' && bracket == 0) {
      sections.push_back(code.substr(start, i - start));
      start = i + 1;
    }
  }
  sections.push_back(code.substr(start));
  return sections;
}

// A numeric section taken apart: the literals around the number and the placeholders.
struct NumericPattern {
  std::string prefix, suffix;     // literal text before the first and after it
  int min_integer_digits = 0;     // '0's before the decimal point
  int min_decimals = 0, max_decimals = 0;
  bool grouping = false;          // ',' between integer placeholders
  int thousands_scaling = 0;      // ',' right after the last integer placeholder
  int percents = 0;
  bool exponent = false;
  int exponent_digits = 0;
  bool has_placeholders = false;
  bool fraction = false;
  bool general = false;
};

bool StartsWithGeneral(std::string_view text) {
  if (text.size() < 7) return false;
  std::string word(text.substr(0, 7));
  for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return word == "general";
}

// Bracket content: "[$¥-411]" gives "¥"; colours, conditions and "[$-411]" give nothing.
std::string BracketLiteral(std::string_view content) {
  if (content.empty() || content[0] != '$') return "";
  const size_t dash = content.find('-');
  return std::string(content.substr(1, dash == std::string_view::npos ? dash : dash - 1));
}

void AddLiteral(NumericPattern& pattern, std::string_view text) {
  (pattern.has_placeholders ? pattern.suffix : pattern.prefix) += text;
}

// Digits, decimal point, commas and the exponent; returns how many characters it used.
size_t ReadNumericToken(NumericPattern& p, std::string_view s, size_t i, bool& after_point, bool& pending_comma) {
  const char c = s[i];
  if (c == '0' || c == '#' || c == '?') {
    if (pending_comma && !after_point) p.grouping = true;
    pending_comma = false;
    p.has_placeholders = true;
    if (p.exponent) {
      ++p.exponent_digits;
    } else if (after_point) {
      ++p.max_decimals;
      if (c == '0') ++p.min_decimals;
    } else if (c == '0') {
      ++p.min_integer_digits;
    }
    return 1;
  }
  if (c == '.' && !p.exponent) {
    after_point = true;
    if (pending_comma) ++p.thousands_scaling;
    pending_comma = false;
    return 1;
  }
  if (c == ',') {
    if (p.has_placeholders && pending_comma) ++p.thousands_scaling;
    pending_comma = p.has_placeholders;
    return 1;
  }
  if ((c == 'E' || c == 'e') && i + 1 < s.size() && (s[i + 1] == '+' || s[i + 1] == '-')) {
    p.exponent = true;
    return 2;
  }
  return 0;
}

NumericPattern ParsePattern(std::string_view s) {
  NumericPattern p;
  bool after_point = false, pending_comma = false;
  for (size_t i = 0; i < s.size();) {
    if (StartsWithGeneral(s.substr(i))) {
      p.general = p.has_placeholders = true;
      i += 7;
      continue;
    }
    if (const size_t used = ReadNumericToken(p, s, i, after_point, pending_comma)) {
      i += used;
      continue;
    }
    if (pending_comma) ++p.thousands_scaling;
    pending_comma = false;
    const char c = s[i];
    if (c == '"') {
      const size_t end = s.find('"', i + 1);
      AddLiteral(p, s.substr(i + 1, (end == std::string_view::npos ? s.size() : end) - i - 1));
      i = end == std::string_view::npos ? s.size() : end + 1;
    } else if (c == '\\' || c == '_' || c == '*') {
      if (c == '\\' && i + 1 < s.size()) AddLiteral(p, s.substr(i + 1, 1));
      if (c == '_') AddLiteral(p, " ");
      i += 2;
    } else if (c == '[') {
      const size_t end = s.find(']', i);
      AddLiteral(p, BracketLiteral(s.substr(i + 1, (end == std::string_view::npos ? s.size() : end) - i - 1)));
      i = end == std::string_view::npos ? s.size() : end + 1;
    } else {
      if (c == '%') ++p.percents;
      if (c == '/') p.fraction = true;
      if (c == '@') p.general = p.has_placeholders = true;  // a number in a text format shows as General
      if (c != '@') AddLiteral(p, s.substr(i, 1));
      ++i;
    }
  }
  if (pending_comma) ++p.thousands_scaling;
  return p;
}

// `value` (>= 0) rounded half away from zero to `decimals` places, at Excel's 15 significant
// digits, as integer and fraction digit strings.
void DecimalDigits(double value, int decimals, std::string& integer, std::string& fraction) {
  char buffer[40];
  std::snprintf(buffer, sizeof buffer, "%.14e", value);  // d.dddddddddddddde±XX
  std::string digits;
  for (const char* p = buffer; *p != 'e'; ++p) {
    if (*p != '.') digits += *p;
  }
  int point = std::atoi(std::strchr(buffer, 'e') + 1) + 1;  // digits before the decimal point
  const int kept = point + decimals;
  if (kept < 0) {
    digits = "0", point = 1;
  } else if (kept < static_cast<int>(digits.size())) {
    const bool round_up = digits[kept] >= '5';
    digits.resize(kept);
    for (int i = kept - 1; round_up && i >= 0; --i) {
      if (digits[i] == '9') {
        digits[i] = '0';
        if (i == 0) digits.insert(digits.begin(), '1'), ++point;
      } else {
        ++digits[i];
        break;
      }
    }
    if (round_up && kept == 0) digits = "1", ++point;
  }
  while (static_cast<int>(digits.size()) < point + decimals) digits += '0';
  if (point <= 0) {
    digits.insert(0, static_cast<size_t>(1 - point), '0');
    point = 1;
  }
  integer = digits.substr(0, point);
  fraction = digits.substr(point, decimals);
  const size_t first = integer.find_first_not_of('0');
  integer = first == std::string::npos ? "0" : integer.substr(first);
}

std::string Grouped(const std::string& digits) {
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

std::string Scientific(double value, const NumericPattern& p) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*E", p.max_decimals, value);
  std::string text(buffer);
  const size_t e = text.find('E');
  std::string exponent = text.substr(e + 2);
  while (exponent.size() > 1 && exponent[0] == '0' && static_cast<int>(exponent.size()) > p.exponent_digits) {
    exponent.erase(0, 1);
  }
  return text.substr(0, e + 2) + exponent;
}

std::string RenderNumeric(double value, const NumericPattern& p) {
  if (p.general) return p.prefix + FormatGeneral(value) + p.suffix;
  if (!p.has_placeholders) return p.prefix + p.suffix;
  for (int i = 0; i < p.percents; ++i) value *= 100;
  for (int i = 0; i < p.thousands_scaling; ++i) value /= 1000;
  if (p.exponent) return p.prefix + Scientific(value, p) + p.suffix;
  std::string integer, fraction;
  DecimalDigits(value, p.max_decimals, integer, fraction);
  while (static_cast<int>(fraction.size()) > p.min_decimals && !fraction.empty() && fraction.back() == '0') {
    fraction.pop_back();
  }
  if (integer == "0" && p.min_integer_digits == 0) integer.clear();
  while (static_cast<int>(integer.size()) < p.min_integer_digits) integer.insert(0, "0");
  if (p.grouping) integer = Grouped(integer);
  return p.prefix + integer + (fraction.empty() ? "" : "." + fraction) + p.suffix;
}

}  // namespace

std::string FormatGeneral(double value) {
  if (value == 0) return "0";
  char buffer[40];
  std::snprintf(buffer, sizeof buffer, "%.15G", value);
  std::string text(buffer);
  const size_t e = text.find('E');
  if (e != std::string::npos && text.find('.') != std::string::npos) {
    // Trailing zeros of the mantissa go, as in General.
    size_t end = e;
    while (text[end - 1] == '0') --end;
    if (text[end - 1] == '.') --end;
    text.erase(end, e - end);
  }
  return text;
}

std::string FormatNumber(double value, std::string_view code, bool date1904) {
  if (!std::isfinite(value)) return value > 0 ? "INF" : value < 0 ? "-INF" : "NaN";
  const std::vector<std::string_view> sections = Sections(code);
  size_t index = 0;
  bool add_minus = value < 0;
  if (value < 0 && sections.size() >= 2 && !sections[1].empty()) {
    index = 1;
    add_minus = false;
  } else if (value == 0 && sections.size() >= 3) {
    index = 2;
  }
  const std::string_view section = sections[index];
  if (IsDateSection(section) && value >= 0) return FormatDateSection(value, section, date1904);
  const NumericPattern pattern = ParsePattern(section);
  if (pattern.fraction) return FormatGeneral(value);
  const double magnitude = std::fabs(value);
  std::string text = RenderNumeric(magnitude, pattern);
  // A value that rounds to zero shows no minus sign.
  if (add_minus && text.find_first_of("123456789") != std::string::npos) text.insert(0, "-");
  return text;
}

std::string_view BuiltinNumberFormat(int id) {
  switch (id) {
    case 0: return "General";
    case 1: return "0";
    case 2: return "0.00";
    case 3: return "#,##0";
    case 4: return "#,##0.00";
    case 5: return "\"¥\"#,##0;\"¥\"\\-#,##0";
    case 6: return "\"¥\"#,##0;[Red]\"¥\"\\-#,##0";
    case 7: return "\"¥\"#,##0.00;\"¥\"\\-#,##0.00";
    case 8: return "\"¥\"#,##0.00;[Red]\"¥\"\\-#,##0.00";
    case 9: return "0%";
    case 10: return "0.00%";
    case 11: return "0.00E+00";
    case 12: return "# ?/?";
    case 13: return "# ?\?/??";
    case 14: return "yyyy-mm-dd";
    case 15: return "d-mmm-yy";
    case 16: return "d-mmm";
    case 17: return "mmm-yy";
    case 18: return "h:mm AM/PM";
    case 19: return "h:mm:ss AM/PM";
    case 20: return "h:mm";
    case 21: return "h:mm:ss";
    case 22: return "yyyy-mm-dd h:mm";
    case 27: case 36: case 50: case 57: return "[$-411]ge.m.d";
    case 28: case 29: case 51: case 54: case 58: return "[$-411]ggge\"年\"m\"月\"d\"日\"";
    case 30: return "m/d/yy";
    case 31: return "yyyy\"年\"m\"月\"d\"日\"";
    case 32: return "h\"時\"mm\"分\"";
    case 33: return "h\"時\"mm\"分\"ss\"秒\"";
    case 34: case 52: case 55: return "yyyy\"年\"m\"月\"";
    case 35: case 53: case 56: return "m\"月\"d\"日\"";
    case 37: return "#,##0 ;(#,##0)";
    case 38: return "#,##0 ;[Red](#,##0)";
    case 39: return "#,##0.00;(#,##0.00)";
    case 40: return "#,##0.00;[Red](#,##0.00)";
    case 45: return "mm:ss";
    case 46: return "[h]:mm:ss";
    case 47: return "mmss.0";
    case 48: return "##0.0E+0";
    case 49: return "@";
    default: return "";
  }
}

}  // namespace keikaku::ingest
