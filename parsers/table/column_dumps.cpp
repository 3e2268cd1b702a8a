#include "table/column_dumps.h"

#include <re2/re2.h>

#include "common/markdown.h"
#include "keikaku/normalize/text.h"
#include "table/table_cell.h"

namespace keikaku::layouts {
namespace {

constexpr size_t kMinNames = 3;
constexpr size_t kMaxDumpBytes = 8192;

// A word of the line: a figure with its unit ("2,100 人/年" is one), or text.
struct Word {
  std::string text;
  bool figure = false;
  bool circled = false;  // starts with ①…⑳
  bool bullet = false;   // starts with ・
};

bool StartsCircled(std::string_view word) {
  // ① U+2460 .. ⑳ U+2473: E2 91 A0 .. E2 91 B3
  return word.size() >= 3 && static_cast<unsigned char>(word[0]) == 0xE2 &&
         static_cast<unsigned char>(word[1]) == 0x91 && static_cast<unsigned char>(word[2]) >= 0xA0 &&
         static_cast<unsigned char>(word[2]) <= 0xB3;
}

std::vector<Word> ReadWords(std::string_view raw, normalize::Era era) {
  std::vector<Word> words;
  while (!raw.empty()) {
    const size_t space = raw.find(' ');
    const std::string_view text = raw.substr(0, space);
    raw = space == std::string_view::npos ? std::string_view() : raw.substr(space + 1);
    if (text.empty()) continue;
    const TableCell cell = ReadCell(text, 0, era);
    const bool figure = cell.kind == CellKind::kValue && !cell.fy;
    if (!figure && !words.empty() && words.back().figure && IsUnitText(cell.text)) {
      words.back().text.append(" ").append(text);  // "2,100" "人/年"
      continue;
    }
    words.push_back({std::string(text), figure, StartsCircled(text), text.starts_with("・")});
  }
  return words;
}

Observation ValueOf(const std::string& text, std::optional<int> fy) {
  return ObservationOf(ReadCell(text, 0, normalize::Era::kNone), fy, false);
}

// The year printed beside 目標値 in the header words: "目 標 値 (平成 21 年度)" -> 2009.
std::optional<int> TargetYear(std::string_view raw, normalize::Era era) {
  const std::string compact = normalize::RemoveSpaces(normalize::NormalizeText(raw));
  static const RE2 target_year(R"(目標値?\(([^()]{2,16})\))");
  std::string year;
  if (!RE2::PartialMatch(compact, target_year, &year)) return std::nullopt;
  return normalize::FiscalYearOf(year, era);
}

}  // namespace

std::vector<DumpedIndicator> ReadColumnDump(std::string_view raw, int line, normalize::Era era) {
  if (raw.size() > kMaxDumpBytes) return {};
  const std::vector<Word> words = ReadWords(raw, era);
  // Names: a circled or bulleted word and the text words after it.
  struct Name {
    std::string text;
    bool bullet = false;
    size_t end = 0;  // index of the word after the name
  };
  std::vector<Name> names;
  std::vector<size_t> figures;  // indexes of figure words
  for (size_t i = 0; i < words.size(); ++i) {
    if (words[i].figure) {
      figures.push_back(i);
      continue;
    }
    if (!words[i].circled && !words[i].bullet) {
      if (!names.empty() && names.back().end == i && names.back().text.size() < 120) {
        names.back().text += words[i].text;
        names.back().end = i + 1;
      }
      continue;
    }
    names.push_back({words[i].text.substr(3), words[i].bullet, i + 1});  // without its ① or ・
  }
  size_t circled = 0;
  for (const Name& name : names) circled += !name.bullet;
  if (circled < kMinNames || figures.size() < 4) return {};

  const std::optional<int> target_fy = TargetYear(raw, era);
  std::vector<DumpedIndicator> found;
  std::vector<bool> used(words.size(), false);
  // A bulleted name with its own pair right after it.
  for (const Name& name : names) {
    if (!name.bullet || name.end + 1 >= words.size()) continue;
    if (!words[name.end].figure || !words[name.end + 1].figure) continue;
    found.push_back({normalize::NormalizeText(name.text), ValueOf(words[name.end].text, std::nullopt),
                     ValueOf(words[name.end + 1].text, target_fy)});
    used[name.end] = used[name.end + 1] = true;
  }
  // The longest run of figures in a row goes, pair by pair, to the circled names in order.
  std::vector<size_t> run, current;
  for (size_t index : figures) {
    if (used[index]) continue;
    if (!current.empty() && index != current.back() + 1) current.clear();
    current.push_back(index);
    if (current.size() > run.size()) run = current;
  }
  size_t pair = 0;
  for (const Name& name : names) {
    if (name.bullet) continue;
    if (2 * pair + 1 >= run.size()) break;
    found.push_back({normalize::NormalizeText(name.text), ValueOf(words[run[2 * pair]].text, std::nullopt),
                     ValueOf(words[run[2 * pair + 1]].text, target_fy)});
    ++pair;
  }
  if (pair < 2) return {};
  for (DumpedIndicator& indicator : found) {
    indicator.baseline.at = {line, -1};
    indicator.target.at = {line, -1};
  }
  return found;
}

}  // namespace keikaku::layouts
