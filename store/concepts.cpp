#include "concepts.h"

#include <sstream>
#include <stdexcept>

#include "kConceptsTsv.inc"
#include "keikaku/store/queries.h"

namespace keikaku::store {
namespace internal {
namespace {

std::vector<std::string> Split(std::string_view text, std::string_view separator) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (true) {
    const size_t end = text.find(separator, start);
    parts.emplace_back(text.substr(start, end - start));
    if (end == std::string_view::npos) return parts;
    start = end + separator.size();
  }
}

std::string_view Trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\r')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\r')) text.remove_suffix(1);
  return text;
}

NamePattern ParsePattern(std::string_view text) {
  NamePattern pattern;
  text = Trim(text);
  if (!text.empty() && text.front() == '=') {
    pattern.whole = MatchingForm(text.substr(1));
    return pattern;
  }
  for (const std::string& term : Split(text, " ")) {
    if (term.empty()) continue;
    if (term.front() == '-') {
      pattern.none_of.push_back(MatchingForm(term.substr(1)));
    } else {
      pattern.all_of.push_back(MatchingForm(term));
    }
  }
  return pattern;
}

bool Matches(const NamePattern& pattern, const std::string& name) {
  if (!pattern.whole.empty()) return name == pattern.whole;
  if (pattern.all_of.empty()) return false;
  for (const std::string& term : pattern.all_of) {
    if (name.find(term) == std::string::npos) return false;
  }
  for (const std::string& term : pattern.none_of) {
    if (name.find(term) != std::string::npos) return false;
  }
  return true;
}

// Decodes the code point at `at` (advancing it); malformed bytes come back one at a time.
char32_t NextCodePoint(std::string_view text, size_t& at) {
  const auto lead = static_cast<unsigned char>(text[at]);
  const int length = lead < 0x80           ? 1
                     : (lead >> 5) == 0x6  ? 2
                     : (lead >> 4) == 0xE  ? 3
                     : (lead >> 3) == 0x1E ? 4
                                           : 1;
  if (length == 1 || at + length > text.size()) {
    ++at;
    return lead;
  }
  char32_t code = lead & (0x7F >> length);
  for (int i = 1; i < length; ++i) code = (code << 6) | (static_cast<unsigned char>(text[at + i]) & 0x3F);
  at += length;
  return code;
}

}  // namespace

std::string MatchingForm(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  size_t at = 0;
  while (at < name.size()) {
    const size_t start = at;
    char32_t code = NextCodePoint(name, at);
    if (code == U' ' || code == U'\t' || code == U'\u3000') continue;
    if (code >= 0xFF01 && code <= 0xFF5E) code -= 0xFEE0;  // full-width ASCII
    if (code < 0x80) {
      out += static_cast<char>(code >= 'A' && code <= 'Z' ? code + ('a' - 'A') : code);
    } else {
      out.append(name.substr(start, at - start));
    }
  }
  return out;
}

std::vector<ConceptEntry> ParseConceptLexicon(std::string_view tsv) {
  std::vector<ConceptEntry> entries;
  std::istringstream in{std::string(tsv)};
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (Trim(line).empty() || line.front() == '#') continue;
    const std::vector<std::string> columns = Split(line, "\t");
    if (columns.size() != 4 || Trim(columns[0]).empty()) {
      throw std::invalid_argument("concepts.tsv line " + std::to_string(number) +
                                  ": expected key, label, unit and patterns separated by tabs");
    }
    ConceptEntry entry{
        std::string(Trim(columns[0])), std::string(Trim(columns[1])), std::string(Trim(columns[2])), {}};
    for (const std::string& pattern : Split(columns[3], "|")) {
      if (!Trim(pattern).empty()) entry.patterns.push_back(ParsePattern(pattern));
    }
    entries.push_back(std::move(entry));
  }
  return entries;
}

const std::vector<ConceptEntry>& BuiltInConcepts() {
  static const std::vector<ConceptEntry> entries = ParseConceptLexicon(kConceptsTsv);
  return entries;
}

}  // namespace internal

const std::vector<IndicatorConcept>& ConceptLexicon() {
  static const std::vector<IndicatorConcept> concepts = [] {
    std::vector<IndicatorConcept> out;
    for (const internal::ConceptEntry& entry : internal::BuiltInConcepts()) {
      out.push_back({entry.key, entry.label, entry.unit});
    }
    return out;
  }();
  return concepts;
}

std::optional<std::string> ConceptForIndicator(std::string_view name) {
  const std::string form = internal::MatchingForm(name);
  for (const internal::ConceptEntry& entry : internal::BuiltInConcepts()) {
    for (const internal::NamePattern& pattern : entry.patterns) {
      if (internal::Matches(pattern, form)) return entry.key;
    }
  }
  return std::nullopt;
}

}  // namespace keikaku::store
