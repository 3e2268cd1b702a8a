#include "table/table_cell.h"

#include <re2/re2.h>

#include <cctype>

#include "common/labels.h"
#include "keikaku/normalize/text.h"

namespace keikaku::layouts {
namespace {

constexpr size_t kMaxLabelBytes = 60;       // a longer cell is a name or prose, not a header label
constexpr size_t kMaxValueBytes = 120;      // a longer cell with a figure in it is prose
constexpr int kMaxValuePrefixChars = 6;     // "延床面積 45,298㎡", "男性:71.85", "全体 -1,072人"
constexpr int kMaxValueSuffixChars = 3;     // words after a figure: "6,308万人の維持"
constexpr size_t kMaxValueNoteChars = 12;   // kanji notes after a figure: "全国12位"
constexpr size_t kMaxUnitChars = 10;
constexpr size_t kMaxNameBytes = 400;       // longer text is narrative, not an indicator name
constexpr size_t kMaxUnitBytes = 24;        // "平方メートル/年"
constexpr size_t kMaxWordValueBytes = 30;   // "全国平均を下回る", "前年度を上回る"

std::string Trim(std::string_view text) {
  return normalize::CollapseSpaces(text);
}

// True when the date at [begin, end) sits in a bracket with a figure of its own: the year of
// a note, not of the cell's value ("93.2% (90.6% H26.3末)").
bool DatesAnotherFigure(const std::string& text, size_t begin, size_t end) {
  const size_t open = text.rfind('(', begin);
  const size_t close = text.find(')', end);
  if (open == std::string::npos || close == std::string::npos) return false;
  const std::string note = text.substr(open + 1, begin - open - 1) + text.substr(end, close - end);
  return note.find_first_of("0123456789") != std::string::npos;
}

// Takes the years a cell prints out of it: a date normalize::FindDate knows ("(R4年度)",
// "2024年", "(R5.10月)"), a bracketed bare or two-digit year ("(2016)", "(‘21)"), or a
// year glued before a label ("2022目標"). Returns the first year found.
std::optional<normalize::DateValue> TakeYear(std::string& text, normalize::Era era) {
  static const RE2 bracketed(R"(\(\s*([‘'’]?)((?:19|20)?\d\d)\s*\))");
  static const RE2 leading(R"(^((?:19|20)\d\d)([^\d,.年]))");
  std::optional<normalize::DateValue> found;
  size_t begin = 0, end = 0;
  if (auto date = normalize::FindDate(text, era, &begin, &end); date && !DatesAnotherFigure(text, begin, end)) {
    found = date;
    text.erase(begin, end - begin);
  }
  re2::StringPiece quote, digits;
  if (!found && RE2::PartialMatch(text, bracketed, &quote, &digits) &&
      (digits.size() == 4 || !quote.empty())) {
    const int year = std::stoi(std::string(digits)) + (digits.size() == 2 ? 2000 : 0);
    found = normalize::DateValue{normalize::DateKind::kYear, year, year, {year}, {}, ""};
    RE2::Replace(&text, bracketed, "");
  }
  re2::StringPiece gregorian;
  if (!found && RE2::PartialMatch(text, leading, &gregorian)) {
    const int year = std::stoi(std::string(gregorian));
    found = normalize::DateValue{normalize::DateKind::kYear, year, year, {year}, {}, ""};
    text.erase(0, 4);
  }
  return found;
}

// Text without brackets and what they hold, and what the first bracket holds.
std::pair<std::string, std::string> SplitBrackets(std::string_view text) {
  std::string outside, inside;
  int depth = 0;
  bool first_done = false;
  for (char c : text) {
    if (c == '(' || c == '[') {
      ++depth;
      continue;
    }
    if ((c == ')' || c == ']') && depth > 0) {
      if (--depth == 0) first_done = true;
      continue;
    }
    if (depth == 0) outside += c;
    else if (!first_done) inside += c;
  }
  return {normalize::RemoveSpaces(outside), normalize::RemoveSpaces(inside)};
}

// A role label with a suffix the lexicon does not list: "目標数値", "年次目標", "実績値等".
std::optional<ValueRole> RoleWord(std::string label) {
  static const RE2 affixes(R"(^(年次|最新)|(数値|値|等)+$)");
  RE2::GlobalReplace(&label, affixes, "");
  return RoleOfLabelKind(LabelKind(label));
}

bool ReadLabel(TableCell& cell, std::string rest) {
  const auto [outside, inside] = SplitBrackets(rest);
  for (const std::string& candidate : {outside, inside}) {
    if (candidate.empty()) continue;
    const std::string_view kind = LabelKind(candidate);
    std::optional<ValueRole> role = RoleOfLabelKind(kind);
    if (!role) role = RoleWord(candidate);
    if (kind.empty() && !role) continue;
    cell.kind = CellKind::kLabel;
    cell.label = role && kind.empty() ? "role" : std::string(kind);
    cell.role = role;
    return true;
  }
  return false;
}

// A sum or mean over years: a range of years, or 累計 / 平均 / 合計 beside a year. A bare
// "350事業(累計)" is the count reached by its column's year, a value of that year.
bool MarksTotal(std::string_view text, const std::optional<normalize::DateValue>& date) {
  if (date && date->kind == normalize::DateKind::kRange) return true;
  if (!date) return false;
  for (std::string_view word : {"累計", "平均", "合計"}) {
    if (text.find(word) != std::string_view::npos) return true;
  }
  return false;
}

// Bytes of the longest unit that `text` starts with ("万人の維持" -> "万人").
size_t UnitPrefixBytes(std::string_view text) {
  std::vector<size_t> ends;  // byte offsets after each of the first characters
  for (size_t i = 1; i <= text.size() && ends.size() < kMaxUnitChars; ++i) {
    if (i == text.size() || (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ends.push_back(i);
  }
  for (auto it = ends.rbegin(); it != ends.rend(); ++it) {
    if (IsUnitText(text.substr(0, *it))) return *it;
  }
  return 0;
}

// A figure that makes up the cell: few characters before it, no clause after it.
bool LooksLikeValue(const std::string& rest, const normalize::Quantity& quantity) {
  static const RE2 figure(R"(([-+▲△]?\d[\d,.]*))");
  static const RE2 hiragana(R"(\p{Hiragana})");
  if (quantity.is_dash) return true;
  if (!quantity.value || rest.size() > kMaxValueBytes) return false;
  re2::StringPiece input(rest), number;
  if (!RE2::PartialMatch(input, figure, &number)) return false;  // kanji alone: a name ("一人当たり")
  const size_t begin = number.data() - rest.data();
  if (begin > 0 && std::isalpha(static_cast<unsigned char>(rest[begin - 1]))) return false;
  if (CharCount(normalize::RemoveSpaces(rest.substr(0, begin))) > kMaxValuePrefixChars) {
    return false;
  }
  std::string after = rest.substr(begin + number.size());
  after.erase(0, UnitPrefixBytes(after));
  const std::string words = SplitBrackets(after).first;
  const size_t chars = CharCount(words);
  if (chars <= kMaxValueSuffixChars) return true;
  // "男性:71.85 女性:73.97", "6.3万人泊 全国12位": more figures, no clause.
  return chars <= kMaxValueNoteChars && !RE2::PartialMatch(words, hiragana) &&
         words.find_first_of("0123456789") != std::string::npos;
}

}  // namespace

// A role label printed before its own value: "現状値:R6 14,838件", "【目標値】80人".
// Returns the role and leaves the value in `rest`.
std::optional<ValueRole> TakeInlineRole(std::string& rest) {
  static const RE2 inline_label(R"(^【?([^【】:\s]{1,6})(?:】|\s*:)\s*(.+)$)");
  std::string label, value;
  if (!RE2::FullMatch(rest, inline_label, &label, &value)) return std::nullopt;
  const std::optional<ValueRole> role = RoleOfLabelKind(LabelKind(label));
  if (role) rest = value;
  return role;
}

TableCell ReadCell(std::string_view printed, int column, normalize::Era era) {
  TableCell cell;
  cell.column = column;
  cell.text = normalize::NormalizeText(printed);
  if (cell.text.empty()) return cell;
  cell.kind = CellKind::kText;
  std::string rest = cell.text;
  static const RE2 spaced_year(R"((\d)\s+(年|月))");  // "2014 年度" as PDFs space it
  RE2::GlobalReplace(&rest, spaced_year, "\\1\\2");
  const std::optional<ValueRole> inline_role = TakeInlineRole(rest);
  // "5年間で6人": a total over the years before it, whose figure is the one after.
  static const RE2 over_years(R"(^(?:約)?\d+年間(?:で|の|に)?\s*(\S.*)$)");
  std::string after_years;
  const bool over_years_total = RE2::FullMatch(rest, over_years, &after_years);
  if (over_years_total) rest = after_years;
  const std::optional<normalize::DateValue> date =
      cell.text.size() <= kMaxValueBytes ? TakeYear(rest, era) : std::nullopt;
  cell.is_total = over_years_total || MarksTotal(cell.text, date);
  if (date && date->error.empty() && !cell.is_total) cell.fy = date->fy ? date->fy : date->year;
  rest = Trim(rest);
  if (!inline_role && cell.text.size() <= kMaxLabelBytes && ReadLabel(cell, rest)) return cell;
  const std::string bare = SplitBrackets(rest).first;
  if (date && (bare.empty() || bare == "年" || bare == "年度")) {
    cell.kind = CellKind::kYear;
    return cell;
  }
  // A footnote mark after the figure ("18,579※", "63.2%※1") is no unit.
  static const RE2 footnote(R"(\s*※\d*$)");
  RE2::Replace(&rest, footnote, "");
  cell.quantity = normalize::ParseNumber(rest);
  if (LooksLikeValue(rest, cell.quantity)) {
    cell.kind = CellKind::kValue;
    cell.role = inline_role;
  }
  return cell;
}

std::vector<TableCell> ReadRowCells(const GridRow& row, normalize::Era era) {
  std::vector<TableCell> cells;
  int column = 0;
  for (const std::string& printed : row.cells) {
    if (row.kind != RowKind::kText) {
      cells.push_back(ReadCell(printed, column++, era));
      continue;
    }
    // A pipe or slash with spaces on both sides, ASCII or ideographic: "a | b", "a　｜　b",
    // "移住相談件数 / 現状値:R6 14,838件".
    static const RE2 pipe(R"(([ \x{3000}]+[|｜/／][ \x{3000}]+))");
    re2::StringPiece rest(printed), separator;
    while (true) {
      re2::StringPiece search = rest;
      if (!RE2::FindAndConsume(&search, pipe, &separator)) {
        cells.push_back(ReadCell(std::string_view(rest.data(), rest.size()), column++, era));
        break;
      }
      const size_t cell_bytes = separator.data() - rest.data();
      cells.push_back(ReadCell(std::string_view(rest.data(), cell_bytes), column++, era));
      rest.remove_prefix(cell_bytes + separator.size());
    }
    TableCell& last = cells.back();  // "項目 |": one cell a line, pipe-terminated
    if (last.text.size() >= 2 && last.text.compare(last.text.size() - 2, 2, " |") == 0) {
      const std::string text = last.text.substr(0, last.text.size() - 2);
      last = ReadCell(text, last.column, era);
    } else if (last.text == "|") {
      last = ReadCell("", last.column, era);
    }
  }
  for (TableCell& cell : cells) cell.line = row.line;
  return cells;
}

size_t CharCount(std::string_view utf8) {
  size_t count = 0;
  for (unsigned char c : utf8) count += (c & 0xC0) != 0x80;
  return count;
}

bool IsUnitText(std::string_view text) {
  static const RE2 unit(
      R"(^(約)?(千|万|百万|億|兆)?(円|人|件|%|‰|歳|校|者|社|団体|施設|か所|ヵ所|ヶ所|箇所|所|回|日|)"
      R"(時間|年|か月|ヶ月|月|週|世帯|戸|台|本|冊|枚|頭|羽|匹|組|店|店舗|事業所|企業|市町村|市町|)"
      R"(地区|園|床|点|位|倍|ポイント|人泊|人日|品目|種|路線|便|隻|基|棟|団地|学級|)"
      R"(t|kg|g|mg|km|m|m2|m3|cm|mm|ha|a|kl|l|L|kW|kWh|MW|MWh|GWh|TJ|GJ|MJ|t-CO2|t-Co2|tCO2|)"
      R"(CO2|ppm|dB|pt|%pt|km2|㎞|㎡|㎥|㎏|㍍|ヘクタール|平方メートル|トン|キロ))"
      R"((\s*\([^()]*\))?(/(年|月|日|人|件|回|校|日・人))?$)");
  const std::string compact = normalize::RemoveSpaces(text);
  if (compact.empty()) return false;
  if (RE2::FullMatch(compact, unit)) return true;
  // Units joined by ・ for a double count: "人・団体", "件・人".
  const size_t dot = compact.find("・");
  return dot != std::string::npos && dot > 0 && RE2::FullMatch(compact.substr(0, dot), unit) &&
         IsUnitText(compact.substr(dot + 3));
}

bool IsUnitCell(const TableCell& cell) {
  return cell.kind == CellKind::kText && cell.text.size() <= kMaxUnitBytes &&
         IsUnitText(cell.text);
}

bool IsNameCell(const TableCell& cell) {
  static const RE2 letters(R"([\p{Han}\p{Hiragana}\p{Katakana}A-Za-z].*[\p{Han}\p{Hiragana}\p{Katakana}A-Za-z])");
  if (cell.kind != CellKind::kText || cell.text.size() > kMaxNameBytes || IsUnitCell(cell)) {
    return false;
  }
  std::string outside = cell.text;
  static const RE2 bracket(R"(\([^()]*\))");
  RE2::GlobalReplace(&outside, bracket, "");
  return RE2::PartialMatch(outside, letters);
}

Observation ObservationOf(const TableCell& cell, std::optional<int> column_fy, bool column_total) {
  Observation observation;
  observation.text = cell.text;
  if (cell.kind == CellKind::kValue && !cell.quantity.is_dash) {
    observation.value = cell.quantity.value;
    observation.comparator = std::string(normalize::ComparatorSymbol(cell.quantity.comparator));
    observation.unit = cell.quantity.unit;
  }
  if (cell.fy) observation.fy = cell.fy;
  else if (!cell.is_total && !column_total) observation.fy = column_fy;
  observation.at = {cell.line, cell.column};
  return observation;
}

bool IsWordValue(const TableCell& cell) {
  // An office is no value: "都市計画課", "観光振興局", "生涯学習センター".
  static const RE2 office(R"((課|局|部|室|事務所|センター|委員会|本部)(等|ほか)?$)");
  if (cell.kind == CellKind::kValue) return true;
  if (cell.kind != CellKind::kText || cell.text.size() > kMaxWordValueBytes) return false;
  return cell.text.find("。") == std::string::npos && !RE2::PartialMatch(cell.text, office);
}

}  // namespace keikaku::layouts
