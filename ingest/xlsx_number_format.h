// Numbers as Excel shows them: General, fixed decimals, thousands separators, percent,
// scientific, and dates and times (serial numbers) including Japanese eras.
#ifndef KEIKAKU_INGEST_XLSX_NUMBER_FORMAT_H_
#define KEIKAKU_INGEST_XLSX_NUMBER_FORMAT_H_

#include <string>
#include <string_view>

namespace keikaku::ingest {

// The format code of a built-in number format id (0..58, Japanese locale for the locale-
// dependent ids 27..36 and 50..58); "" for an id that is not built in. The built-in date ids
// 14 and 22 give ISO dates ("yyyy-mm-dd", "yyyy-mm-dd h:mm"), which Excel shows in the reader's
// locale; ISO is unambiguous for the normaliser.
std::string_view BuiltinNumberFormat(int id);

// Renders `value` through Excel format code `code` ("General", "#,##0", "0.0%", "yyyy/m/d",
// "[$-411]ggge\"年\"m\"月\"d\"日\"", ...). Sections (positive;negative;zero;text), quoted and
// escaped literals, colours and conditions are honoured; digit placeholders between literals
// are approximated (literals go before or after the number); fractions fall back to General.
// `date1904`: the workbook counts serials from 1904-01-01.
std::string FormatNumber(double value, std::string_view code, bool date1904 = false);

// Excel's General: up to 15 significant digits, no trailing zeros, E notation for very large
// or very small magnitudes.
std::string FormatGeneral(double value);

// Date and time sections (xlsx_date_format.cpp).
// True when `section` (one ';'-section of a format code) formats a date or time: it holds
// y, m, d, h, s, g or e outside quoted text, escapes and brackets, or an [h]/[m]/[s] bracket.
bool IsDateSection(std::string_view section);
// Renders serial `value` through date/time `section`; Japanese eras for g/gg/ggg and e.
std::string FormatDateSection(double value, std::string_view section, bool date1904);

}  // namespace keikaku::ingest

#endif  // KEIKAKU_INGEST_XLSX_NUMBER_FORMAT_H_
