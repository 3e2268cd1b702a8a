#include "action_blocks/plan_fields.h"

#include <string>

#include "keikaku/normalize/text.h"

namespace keikaku::layouts::action_blocks {
namespace {

using normalize::Era;

constexpr size_t kFrontMatterRows = 60;  // where the publication date is printed
constexpr int kPeriodSlack = 12;         // years a target may lie outside the plan period

struct Period {
  int start_fy = 0;
  int end_fy = 0;
  Era era = Era::kNone;
};

// "…計画期間を平成28年度から平成32年度までの5年間…" or "計画期間⇥平成28年度～平成32年度".
std::optional<Period> PeriodIn(std::string_view text) {
  size_t begin = 0, end = 0;
  const auto first = normalize::FindDate(text, Era::kNone, &begin, &end);
  if (!first || !first->error.empty()) return std::nullopt;
  Period period;
  period.era = normalize::EraPrinted(text.substr(begin, end - begin));
  if (first->kind == normalize::DateKind::kRange && first->start.year && first->end.year) {
    period.start_fy = *first->start.year;
    period.end_fy = *first->end.year;
  } else {
    const std::string_view rest = text.substr(end);
    const auto second = normalize::FindDate(rest, period.era);
    if (!first->fy || !second || !second->error.empty() || !second->fy) return std::nullopt;
    period.start_fy = *first->fy;
    period.end_fy = *second->fy;
  }
  if (period.end_fy < period.start_fy || period.end_fy - period.start_fy > 30) return std::nullopt;
  return period;
}

std::optional<Period> FindPeriod(const std::vector<Row>& rows) {
  static const std::string kLabel = "計画期間";
  for (const Row& row : rows) {
    if (row.IsBlank()) continue;
    const std::string text = row.JoinFrom(0);
    const size_t at = text.find(kLabel);
    if (at == std::string::npos) continue;
    const std::string_view after = std::string_view(text).substr(at + kLabel.size());
    if (after.find("年") == std::string_view::npos) continue;
    if (auto period = PeriodIn(after)) return period;
  }
  return std::nullopt;
}

// A dated line near the title: "平成28年3月策定", "令和3年4月改訂".
void ReadDates(const std::vector<Row>& rows, Plan& plan, Era& era) {
  for (size_t i = 0; i < rows.size() && i < kFrontMatterRows; ++i) {
    if (rows[i].IsBlank()) continue;
    const std::string text = rows[i].JoinFrom(0);
    if (CodePoints(text) > 30) continue;
    size_t begin = 0, end = 0;
    const auto date = normalize::FindDate(text, Era::kNone, &begin, &end);
    if (!date || !date->error.empty() || !date->start.year || !date->start.month) continue;
    const std::string printed = normalize::FormatDatePoint({date->start.year, date->start.month, {}});
    const bool revision = text.find("改訂") != std::string::npos || text.find("改定") != std::string::npos;
    auto& field = revision ? plan.revised : plan.published;
    if (!field) field = printed;
    if (era == Era::kNone) era = normalize::EraPrinted(text.substr(begin, end - begin));
  }
}

// The era of the first era-dated expression anywhere ("【H25年度：72.2%】"), for a document
// that prints neither its period nor a dated front page.
Era FirstEraInText(const std::vector<Row>& rows) {
  for (const Row& row : rows) {
    if (row.IsBlank()) continue;
    const std::string text = row.JoinFrom(0);
    if (text.find("年") == std::string::npos) continue;
    if (const Era era = normalize::FirstEraIn(text); era != Era::kNone) return era;
  }
  return Era::kNone;
}

std::string FirstLine(const std::vector<Row>& rows) {
  for (const Row& row : rows) {
    if (!row.IsBlank()) return row.JoinFrom(0);
  }
  return {};
}

}  // namespace

std::optional<int> YearResolver::Resolve(std::string_view text, CellMemo& memo) const {
  const auto fy = memo.FiscalYear(text, era);
  if (!start_fy || !end_fy) return fy;
  const auto in_period = [&](const std::optional<int>& year) {
    return year && *year >= *start_fy - kPeriodSlack && *year <= *end_fy + kPeriodSlack;
  };
  if (in_period(fy)) return fy;
  const Era other = normalize::EraWithin(text, era, *start_fy - kPeriodSlack, *end_fy + kPeriodSlack);
  if (const auto candidate = memo.FiscalYear(text, other); other != era && in_period(candidate)) {
    return candidate;
  }
  return fy;
}

PlanFields ReadPlanFields(const std::vector<Row>& rows) {
  PlanFields fields;
  fields.plan.kind = "plan";
  fields.plan.title = FirstLine(rows);
  Era date_era = Era::kNone;
  ReadDates(rows, fields.plan, date_era);
  if (const auto period = FindPeriod(rows)) {
    fields.plan.start_fy = period->start_fy;
    fields.plan.end_fy = period->end_fy;
    fields.years.start_fy = period->start_fy;
    fields.years.end_fy = period->end_fy;
    fields.years.era = period->era;
  }
  if (fields.years.era == Era::kNone) fields.years.era = date_era;
  if (fields.years.era == Era::kNone) fields.years.era = FirstEraInText(rows);
  return fields;
}

}  // namespace keikaku::layouts::action_blocks
