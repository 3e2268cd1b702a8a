#include "table/year_labels.h"

#include <re2/re2.h>

#include "common/labels.h"
#include "keikaku/normalize/text.h"

namespace keikaku::layouts {
namespace {

// Words outside brackets, without spaces: "当初 (計画)" -> "当初".
std::string LabelWords(std::string_view text) {
  static const RE2 kBracketed(R"(\([^()]*\)|\[[^\[\]]*\]|【[^【】]*】|〔[^〔〕]*〕)");
  std::string words(text);
  RE2::GlobalReplace(&words, kBracketed, "");
  return normalize::RemoveSpaces(words);
}

// A figure or a dash opens a value, not a label ("920", "▲5", "—").
bool StartsValue(std::string_view text) {
  static const RE2 kValueStart(R"(^(?:[-+▲△]?[0-9]|[-—―ー－–‐─]))");
  return RE2::PartialMatch(text, kValueStart);
}

// What follows a leading year: a value goes to `rest`, words to `label`. In a value cell
// everything is the value but a bracket on the year ("32年度(目標)", "令和2年度(2020年度)").
void SplitRemainder(std::string_view remainder, SplitAs as, YearLabel& split) {
  const bool brackets_year = remainder.starts_with("(") && remainder.ends_with(")");
  const bool is_value = as == SplitAs::kValue ? !brackets_year : StartsValue(remainder);
  if (is_value) {
    split.rest = std::string(remainder);
  } else {
    split.label = LabelWords(remainder);
  }
}

// "目標値(R7)", "当初 (H27末)", "現状値【H30年度】": a label and the year its closing bracket holds.
bool BracketedYear(std::string_view text, normalize::Era era, YearLabel& split) {
  static const RE2 kClosingBracket(R"((.*?)\s*(?:\((.+)\)|\[(.+)\]|【(.+)】|〔(.+)〕)\s*)");
  std::string before, round, square, lenticular, tortoise;
  if (!RE2::FullMatch(text, kClosingBracket, &before, &round, &square, &lenticular, &tortoise)) return false;
  std::string year = round + square + lenticular + tortoise;
  split.fy = normalize::FiscalYearOf(year, era);
  if (!split.fy) return false;
  split.year = std::move(year);
  split.label = LabelWords(before);
  return true;
}

// A year by its shape: an era name or letter and a number, a number with 年度/年, or a
// Gregorian year glued to a word ("2022目標").
bool LeadingYear(std::string_view text, normalize::Era era, SplitAs as, CellMemo* memo, YearLabel& split) {
  static const RE2 kLeading(
      R"(((?:(?:令和|平成|昭和|大正|明治|[MTSHR])\s*(?:[0-9]{1,2}|元)|[0-9]{1,4})(?:\s*年度|\s*年)?(?:\s*末)?)\s*(.*))");
  std::string year, remainder;
  if (!RE2::FullMatch(text, kLeading, &year, &remainder)) return false;
  const bool has_era = !(year[0] >= '0' && year[0] <= '9');
  const bool gregorian_before_word = year.size() == 4 && !remainder.empty() && !StartsValue(remainder);
  if (!has_era && year.find("年") == std::string::npos && !gregorian_before_word) return false;
  const std::string compact = normalize::RemoveSpaces(year);
  split.fy = memo ? memo->FiscalYear(compact, era) : normalize::FiscalYearOf(compact, era);
  split.year = std::move(year);
  SplitRemainder(remainder, as, split);
  return true;
}

// "実績 R3年度", "28年度": a year normalize::FindDate finds anywhere; the words around it.
bool YearAnywhere(std::string_view text, normalize::Era era, YearLabel& split) {
  size_t begin = 0, end = 0;
  const auto date = normalize::FindDate(text, era, &begin, &end);
  if (!date || !date->error.empty()) return false;
  split.fy = date->fy ? date->fy : date->year;
  split.year = std::string(text.substr(begin, end - begin));
  split.label = LabelWords(std::string(text.substr(0, begin)) + std::string(text.substr(end)));
  return true;
}

// "実績 7", "計画 686": a lexicon label, a space, and its value.
bool LeadingLabel(std::string_view text, YearLabel& split) {
  const size_t space = text.find(' ');
  if (space == std::string_view::npos) return false;
  const std::string_view word = text.substr(0, space);
  const std::string_view remainder = text.substr(space + 1);
  if (!StartsValue(remainder) || LabelKind(word).empty()) return false;
  split.label = std::string(word);
  split.rest = std::string(remainder);
  return true;
}

}  // namespace

YearLabel SplitYearLabel(std::string_view text, normalize::Era era, SplitAs as, CellMemo* memo) {
  YearLabel split;
  if (as == SplitAs::kValue) {
    if (!LeadingYear(text, era, as, memo, split)) split = {};
    return split;
  }
  if (BracketedYear(text, era, split)) return split;
  split = {};
  YearLabel leading;
  if (LeadingYear(text, era, as, memo, leading) && leading.fy) return leading;
  if (YearAnywhere(text, era, split)) return split;
  if (!leading.year.empty()) return leading;
  split = {};
  if (LeadingLabel(text, split)) return split;
  split.label = LabelWords(text);
  return split;
}

}  // namespace keikaku::layouts
