#include "implementation_sheets/indicators.h"

#include <algorithm>

#include "implementation_sheets/quantities.h"

namespace keikaku::layouts::sheets {
namespace {

constexpr size_t kMinNameOverlapBytes = 6;  // two Japanese characters

// Where the run of kanji and katakana that ends at `end` begins ("…となる登録団体数" -> 登録).
size_t TermStart(std::string_view text, size_t end) {
  size_t begin = end;
  while (begin >= 3) {
    const auto b0 = static_cast<unsigned char>(text[begin - 3]);
    const auto b1 = static_cast<unsigned char>(text[begin - 2]);
    const auto b2 = static_cast<unsigned char>(text[begin - 1]);
    if ((b0 & 0xF0) != 0xE0 || (b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80) break;
    const char32_t c = ((b0 & 0x0F) << 12) | ((b1 & 0x3F) << 6) | (b2 & 0x3F);
    if (!((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x30A1 && c <= 0x30FC))) break;
    begin -= 3;
  }
  return begin;
}

bool Contains(std::string_view haystack, std::string_view needle) {
  return haystack.find(needle) != std::string_view::npos;
}

// Builds the quantity indicators of one sheet; the text rows are added by BuildIndicators.
class QuantityIndicators {
 public:
  QuantityIndicators(const SheetBody& body, const DocumentContext& context) : context_(context) {
    narrative_ = body.description.value_or("");
    for (const auto& [label, text] : body.texts) narrative_ += "。" + text;
  }

  void AddBaselines(const PlacedText& box, std::optional<int> box_fy, std::vector<Diagnostic>& diagnostics) {
    const auto parts = SplitQuantities(box.text, context_.default_era);
    if (parts.empty()) {
      diagnostics.push_back({box.at.line, "unplaced_value", "現状の数値 without a figure: " + box.text});
    }
    for (size_t k = 0; k < parts.size(); ++k) {
      const QuantityPart& part = parts[k];
      Indicator& indicator = At(part, k, parts.size());
      if (indicator.baseline) continue;
      Observation observation = ToObservation(part, part.fy ? part.fy : box_fy, box.at, indicator);
      if (!observation.fy) observation.fy = StatedYear(narrative_, part.figure, context_.default_era);
      indicator.baseline = std::move(observation);
    }
  }

  void AddYearCell(const PlacedText& cell, int fy, bool actual, std::vector<Diagnostic>& diagnostics) {
    auto parts = SplitQuantities(cell.text, context_.default_era);
    if (parts.empty()) {
      if (auto unit_part = ByUnitOfOnlyIndicator(cell.text)) parts.push_back(std::move(*unit_part));
    }
    if (parts.empty()) {
      diagnostics.push_back({cell.at.line, "unplaced_value", "a 数値 cell without a figure: " + cell.text});
    }
    for (size_t k = 0; k < parts.size(); ++k) {
      Indicator& indicator = At(parts[k], k, parts.size());
      Observation observation = ToObservation(parts[k], parts[k].fy.value_or(fy), cell.at, indicator);
      if (parts.size() == 1) observation.text = cell.text;
      (actual ? indicator.actuals : indicator.targets).push_back(std::move(observation));
    }
  }

  // 目標の数値 parts are held back until the year rows are read (see AddFinalTargets).
  void AddTargetBox(const PlacedText& box, std::optional<int> box_fy, std::vector<Diagnostic>& diagnostics) {
    const auto parts = SplitQuantities(box.text, context_.default_era);
    if (parts.empty()) {
      diagnostics.push_back({box.at.line, "unplaced_value", "目標の数値 without a figure: " + box.text});
    }
    for (size_t k = 0; k < parts.size(); ++k) {
      Indicator& indicator = At(parts[k], k, parts.size());
      final_targets_.emplace_back(&indicator - indicators_.data(),
                                  ToObservation(parts[k], parts[k].fy ? parts[k].fy : box_fy, box.at, indicator));
    }
  }

  // A 目標の数値 that names no year is the final year's target.
  void AddFinalTargets(int final_fy) {
    for (auto& [index, final_target] : final_targets_) {
      Observation& observation = final_target;  // clang 14 cannot capture a structured binding
      Indicator& indicator = indicators_[index];
      const int fy = observation.fy.value_or(final_fy);
      const bool printed = std::any_of(indicator.targets.begin(), indicator.targets.end(),
                                       [&](const Observation& target) {
                                         return target.fy == fy && target.value == observation.value &&
                                                target.comparator == observation.comparator;
                                       });
      if (printed) continue;
      observation.fy = fy;
      indicator.targets.push_back(std::move(observation));
    }
  }

  std::vector<Indicator> Take(const std::string& year_texts) {
    for (Indicator& indicator : indicators_) {
      if (indicator.name.empty()) indicator.name = CountTerm(indicator.unit.value_or(""), year_texts);
    }
    return std::move(indicators_);
  }

 private:
  // The indicator `part` belongs to; a new one when none matches. Indicators are only ever
  // appended while building, so the reference stays valid until the next call.
  Indicator& At(const QuantityPart& part, size_t position, size_t count) {
    if (auto index = Match(part, position, count)) {
      Indicator& indicator = indicators_[*index];
      if (part.name.size() > indicator.name.size() && Contains(part.name, indicator.name)) {
        indicator.name = part.name;  // the fuller wording names the indicator
      }
      if (!indicator.unit && !part.unit.empty()) indicator.unit = part.unit;
      return indicator;
    }
    Indicator indicator;
    indicator.name = part.name;
    if (!part.unit.empty()) indicator.unit = part.unit;
    indicators_.push_back(std::move(indicator));
    return indicators_.back();
  }

  std::optional<size_t> Match(const QuantityPart& part, size_t position, size_t count) const {
    std::optional<size_t> overlapping;
    for (size_t i = 0; i < indicators_.size(); ++i) {
      const std::string& name = indicators_[i].name;
      if (part.name.empty() || name.empty()) continue;
      if (name == part.name) return i;
      const std::string_view shorter = name.size() < part.name.size() ? name : part.name;
      const std::string_view longer = name.size() < part.name.size() ? part.name : name;
      const bool same_unit = part.unit.empty() || indicators_[i].unit.value_or("") == part.unit;
      if (!overlapping && same_unit && shorter.size() >= kMinNameOverlapBytes && Contains(longer, shorter)) {
        overlapping = i;
      }
    }
    if (overlapping) return overlapping;
    // A named part may name an indicator first printed without a name, and a part without
    // a name belongs to the indicator with its unit.
    std::vector<size_t> same_unit;
    for (size_t i = 0; i < indicators_.size(); ++i) {
      const bool candidate = part.name.empty() || indicators_[i].name.empty();
      if (candidate && indicators_[i].unit.value_or("") == part.unit) same_unit.push_back(i);
    }
    if (!part.name.empty()) return same_unit.size() == 1 ? std::optional<size_t>(same_unit.front()) : std::nullopt;
    if (same_unit.size() == 1) return same_unit.front();
    if (same_unit.size() == count && position < count) return same_unit[position];
    return std::nullopt;
  }

  // A year cell with no named quantity ("令和2年12月までに…") read for a figure in the unit
  // of the sheet's only indicator that has one.
  std::optional<QuantityPart> ByUnitOfOnlyIndicator(const std::string& text) const {
    std::optional<QuantityPart> found;
    for (const Indicator& indicator : indicators_) {
      auto part = FindFigureInUnit(text, indicator.unit.value_or(""));
      if (!part) continue;
      if (found) return std::nullopt;
      part->name = indicator.name;
      found = std::move(part);
    }
    return found;
  }

  static Observation ToObservation(const QuantityPart& part, std::optional<int> fy, SourcePlace at,
                                   const Indicator& indicator) {
    Observation observation;
    observation.fy = fy;
    observation.value = part.value;
    observation.comparator = part.comparator;
    observation.text = part.text;
    if (!part.unit.empty() && part.unit != indicator.unit.value_or("")) observation.unit = part.unit;
    observation.at = at;
    return observation;
  }

  // The longest term that ends in "<unit>数" in the sheet's texts ("登録団体数"), else
  // "<unit>数"; "" for an indicator without a unit.
  std::string CountTerm(const std::string& unit, const std::string& year_texts) const {
    if (unit.empty()) return {};
    const std::string counter = unit + "数";
    std::string best = counter;
    for (const std::string* text : {&narrative_, &year_texts}) {
      for (size_t at = text->find(counter); at != std::string::npos; at = text->find(counter, at + 1)) {
        const size_t begin = TermStart(*text, at);
        if (at + counter.size() - begin > best.size()) best = text->substr(begin, at + counter.size() - begin);
      }
    }
    return best;
  }

  const DocumentContext& context_;
  std::string narrative_;
  std::vector<Indicator> indicators_;
  std::vector<std::pair<size_t, Observation>> final_targets_;
};

Indicator TextIndicator(const YearRow& row, const std::vector<int>& years) {
  Indicator indicator;
  indicator.name = row.label;
  for (size_t i = 0; i < row.cells.size() && i < years.size(); ++i) {
    if (!row.cells[i]) continue;
    Observation observation;
    observation.fy = years[i];
    observation.text = row.cells[i]->text;
    observation.at = row.cells[i]->at;
    (row.kind == "actual" ? indicator.actuals : indicator.targets).push_back(std::move(observation));
  }
  return indicator;
}

// 数値 rows hold quantities; so does an 実績 row that prints any figure.
bool IsQuantityRow(const YearRow& row, normalize::Era era) {
  if (row.kind == "quantity") return true;
  if (row.kind != "actual") return false;
  return std::any_of(row.cells.begin(), row.cells.end(), [&](const auto& cell) {
    return cell && !SplitQuantities(cell->text, era).empty();
  });
}

}  // namespace

std::vector<Indicator> BuildIndicators(const SheetBody& body, const DocumentContext& context,
                                       int line, std::vector<Diagnostic>& diagnostics) {
  QuantityIndicators quantities(body, context);
  if (body.baseline_box) quantities.AddBaselines(*body.baseline_box, body.baseline_box_fy, diagnostics);
  if (body.target_box) quantities.AddTargetBox(*body.target_box, body.target_box_fy, diagnostics);
  std::vector<Indicator> texts;
  std::string year_texts;
  for (const YearRow& row : body.rows) {
    if (!IsQuantityRow(row, context.default_era)) {
      Indicator indicator = TextIndicator(row, body.years);
      auto same = std::find_if(texts.begin(), texts.end(),
                               [&](const Indicator& i) { return i.name == indicator.name; });
      for (const Observation& o : indicator.targets) year_texts += o.text + "。";
      if (same == texts.end()) {
        texts.push_back(std::move(indicator));
      } else {
        same->targets.insert(same->targets.end(), indicator.targets.begin(), indicator.targets.end());
        same->actuals.insert(same->actuals.end(), indicator.actuals.begin(), indicator.actuals.end());
      }
      continue;
    }
    for (size_t i = 0; i < row.cells.size() && i < body.years.size(); ++i) {
      if (row.cells[i]) quantities.AddYearCell(*row.cells[i], body.years[i], row.kind == "actual", diagnostics);
    }
  }
  const std::vector<int>& years = body.years.empty() ? context.plan_years : body.years;
  if (!years.empty()) {
    quantities.AddFinalTargets(years.back());
  } else if (body.target_box) {
    diagnostics.push_back({line, "unplaced_value", "目標の数値 with no year to give it"});
  }
  std::vector<Indicator> indicators = quantities.Take(year_texts);
  for (Indicator& indicator : texts) indicators.push_back(std::move(indicator));
  return indicators;
}

}  // namespace keikaku::layouts::sheets
