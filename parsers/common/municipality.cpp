#include "common/municipality.h"

#include <climits>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "common/cells.h"
#include "common/municipality_mentions.h"

namespace keikaku::layouts {
namespace {

constexpr int kHeadRows = 10;   // non-blank rows that hold the title and the heading
constexpr int kHeadWeight = 5;  // what a mention there counts

// What the document says about one printed name.
struct Tally {
  int alone = 0;     // weighted mentions read as a word of their own
  int compound = 0;  // weighted mentions glued to a word (坂戸市内, 中央市民)
  int first = INT_MAX;  // order of the first mention
  int first_line = 0;
  bool prefecture = false;

  // A compound mention only supports a name also printed on its own.
  int Score() const { return alone > 0 ? alone + compound : 0; }
};

struct Tallies {
  std::map<const Namesakes*, Tally> names;
  std::map<std::string, int, std::less<>> prefectures_printed;  // every mention, addresses too
};

Tallies CountMentions(const Grid& grid) {
  Tallies tallies;
  int non_blank_rows = 0, order = 0;
  for (const GridRow& row : grid.rows) {
    if (IsBlankRow(row)) continue;
    const int weight = non_blank_rows++ < kHeadRows ? kHeadWeight : 1;
    for (const std::string& cell : row.cells) {
      for (const Mention& mention : FindMentions(cell)) {
        Tally& tally = tallies.names[mention.bodies];
        if (tally.first == INT_MAX) {
          tally.first = order;
          tally.first_line = row.line;
          tally.prefecture = mention.IsPrefecture();
        }
        ++order;
        if (mention.IsPrefecture()) tallies.prefectures_printed[mention.bodies->front().name] += weight;
        if (mention.qualifies_next) continue;
        (mention.compound ? tally.compound : tally.alone) += weight;
      }
    }
  }
  return tallies;
}

// True when `a` beats `b`: higher score, then a municipality over a prefecture, then first named.
bool Beats(const Tally& a, const Tally& b) {
  if (a.Score() != b.Score()) return a.Score() > b.Score();
  if (a.prefecture != b.prefecture) return !a.prefecture;
  return a.first < b.first;
}

// "東京都 and 広島県", "北海道, 福井県, 長野県 and 岐阜県".
std::string JoinPrefectures(const std::vector<std::string>& prefectures) {
  std::string joined;
  for (size_t i = 0; i < prefectures.size(); ++i) {
    if (i > 0) joined += i + 1 == prefectures.size() ? " and " : ", ";
    joined += prefectures[i];
  }
  return joined;
}

// One of `bodies` (namesakes in several prefectures) chosen by the prefectures printed.
MunicipalityFinding Resolve(const Namesakes& bodies, const Tallies& tallies, int line) {
  std::vector<std::string> prefectures;
  const Body* chosen = nullptr;
  int chosen_count = 0;
  bool tied = false;
  for (const Body& body : bodies) {
    if (!prefectures.empty() && prefectures.back() == body.prefecture) continue;  // 泊村, 泊村
    prefectures.push_back(body.prefecture);
    const auto printed = tallies.prefectures_printed.find(body.prefecture);
    const int count = printed == tallies.prefectures_printed.end() ? 0 : printed->second;
    if (count > chosen_count) {
      chosen = &body;
      chosen_count = count;
      tied = false;
    } else if (count > 0 && count == chosen_count) {
      tied = true;
    }
  }
  if (prefectures.size() == 1) chosen = &bodies.front();
  if (chosen && !tied) return {{chosen->name, chosen->prefecture, chosen->code}, std::nullopt};
  const std::string& name = bodies.front().name;
  return {{},
          Diagnostic{line, "ambiguous_municipality",
                     name + " is in " + JoinPrefectures(prefectures) + "; " +
                         (chosen ? "more than one of them is printed equally often" : "no prefecture printed")}};
}

}  // namespace

std::optional<Municipality> LookupMunicipality(std::string_view name) {
  const Namesakes* bodies = TheMunicipalityDirectory().Find(name);
  if (!bodies || bodies->size() != 1) return std::nullopt;
  const Body& body = bodies->front();
  return Municipality{body.name, body.prefecture, body.code};
}

MunicipalityFinding FindMunicipality(const Grid& grid) {
  const Tallies tallies = CountMentions(grid);
  const Namesakes* best = nullptr;
  const Tally* best_tally = nullptr;
  for (const auto& [bodies, tally] : tallies.names) {
    if (tally.Score() > 0 && (!best_tally || Beats(tally, *best_tally))) {
      best = bodies;
      best_tally = &tally;
    }
  }
  if (!best) return {};
  return Resolve(*best, tallies, best_tally->first_line);
}

}  // namespace keikaku::layouts
