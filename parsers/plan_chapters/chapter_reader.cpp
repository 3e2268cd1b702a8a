#include "plan_chapters/chapter_reader.h"

#include <re2/re2.h>

#include <algorithm>
#include <unordered_map>

#include "common/labels.h"
#include "keikaku/normalize/number.h"
#include "keikaku/normalize/text.h"

namespace keikaku::layouts {
namespace {

// A 施策大項目 line with its number and title is short; longer lines are narrative.
constexpr size_t kMaxLabelLineBytes = 300;

bool IsDigits(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// The rest of `text` once `compact_bytes` bytes of it, not counting spaces, are skipped.
std::string_view AfterCompactPrefix(std::string_view text, size_t compact_bytes) {
  size_t at = 0;
  for (size_t seen = 0; at < text.size() && seen < compact_bytes; ++at) {
    if (text[at] != ' ') ++seen;
  }
  return text.substr(at);
}

std::string JoinParts(const std::vector<std::string>& parts) {
  std::string joined;
  for (const std::string& part : parts) {
    if (part.empty()) continue;
    if (!joined.empty()) joined += ' ';
    joined += part;
  }
  return joined;
}

// Numbering that makes a heading a 施策中項目: "1", "①", "(1)".
bool IsItemNumber(std::string_view number) {
  static const RE2 item(R"(\d{1,2}|\(\d{1,2}\)|[①-⑳])");
  return RE2::FullMatch(number, item);
}

}  // namespace

std::optional<ChapterSection> SectionOfLabel(std::string_view text, std::string* label) {
  static const auto* const sections = [] {
    auto* map = new std::unordered_map<std::string, ChapterSection>;
    const std::pair<std::string_view, ChapterSection> kinds[] = {
        {"chapter_vision", ChapterSection::kVision},
        {"chapter_indicators", ChapterSection::kIndicators},
        {"indicator", ChapterSection::kIndicators},  // a line "成果指標" opens the indicators
        {"chapter_narrative", ChapterSection::kNarrative},
        {"narrative", ChapterSection::kNarrative},  // the lexicon's shared narrative labels
        {"chapter_system", ChapterSection::kSystem},
        {"chapter_aside", ChapterSection::kAside},
        {"side_list", ChapterSection::kAside}};
    for (const auto& [kind, section] : kinds) {
      for (std::string& name : LabelsOf(kind)) map->emplace(std::move(name), section);
    }
    return map;
  }();
  // "| 施策中項目 | 施策の取組内容": a table caption turned into a line; its first part counts.
  size_t begin = text.find_first_not_of("| ");
  if (begin == std::string_view::npos || text.size() > 120) return std::nullopt;
  std::string_view first = text.substr(begin);
  first = first.substr(0, first.find('|'));
  std::string key = WithoutSpaces(first);
  const auto it = sections->find(key);
  if (it == sections->end()) return std::nullopt;
  if (label) *label = std::move(key);
  return it->second;
}

bool StartsWithPolicyBlockLabel(std::string_view compact) { return !LeadingLabel(compact, "policy_block").empty(); }

void ChapterReader::Read(const GridRow& row) {
  if (IsTableRow(row)) {
    ReadTableRow(row);
    open_part_ = false;
    return;
  }
  table_.reset();
  const MarkdownLine line = ReadMarkdownLine(row);
  const std::string text = normalize::NormalizeText(line.body);
  if (text.empty()) {
    open_part_ = false;
    return;
  }
  if (ReadDocumentHeading(line, text) || StartPolicy(text, row.line) || !policy_) return;
  std::string label;
  const std::optional<ChapterSection> section = SectionOfLabel(text, &label);
  if (policy_->awaiting_title && !section) {
    TakePolicyTitle(line, text);
    return;
  }
  policy_->awaiting_title = false;
  if (auto indicator = ReadSatisfactionLine(text, row.line, document_.diagnostics)) {
    policy_->indicators.push_back(std::move(*indicator));
    open_part_ = false;
    return;
  }
  if (section) {
    SwitchSection(*section);
    if (*section == ChapterSection::kNarrative) policy_->narratives.push_back({label, {}});
    return;
  }
  if (!line.bullet && line.heading_level == 0 && open_part_) {
    if (std::vector<std::string>* parts = ContentParts(); parts && !parts->empty()) {
      parts->back() = JoinWrapped(parts->back(), text);
    }
    return;
  }
  if (section_ == ChapterSection::kSystem && ReadSystemItem(line, row.line)) return;
  if (line.heading_level > 0) {
    SwitchSection(ChapterSection::kOther);
    return;
  }
  ReadContent(line, text, row.line);
}

void ChapterReader::ReadTableRow(const GridRow& row) {
  if (!policy_) {
    if (ReadIndicatorHeader(row, header_cells_)) {
      document_.diagnostics.push_back(
          {row.line, "unplaced_table", "indicator table before any 施策大項目; not extracted"});
    }
    return;
  }
  if (!table_) {
    table_ = ReadIndicatorHeader(row, header_cells_);
    return;
  }
  if (auto indicator = ReadIndicatorRow(row, *table_, document_.diagnostics)) {
    policy_->indicators.push_back(std::move(*indicator));
  }
}

// 第N部 <plan name> (the running header) and 第N章 <field> (the chapter heading). The chapter
// index repeats every chapter as plain lines, so only a heading changes a chapter once set.
bool ChapterReader::ReadDocumentHeading(const MarkdownLine& line, const std::string& text) {
  static const RE2 part(R"(第[0-9一二三四五六七八九十]{1,3}部\s*(\S.*))");
  static const RE2 chapter(R"(第([0-9一二三四五六七八九十]{1,3})章\s*(\S.*))");
  if (text.size() > 90) return false;
  std::string name, number;
  if (RE2::FullMatch(text, part, &name)) {
    if (document_.plan.title.empty()) document_.plan.title = RemoveWrapSpaces(name);
    return true;
  }
  if (!RE2::FullMatch(text, chapter, &number, &name)) return false;
  name = RemoveWrapSpaces(name);
  if (!chapter_title_.empty() && (line.heading_level == 0 || name == chapter_title_)) return true;
  FinishPolicy();
  chapter_title_ = name;
  const normalize::Quantity quantity = normalize::ParseNumber(number);
  chapter_number_ = quantity.value ? std::to_string(static_cast<int>(*quantity.value)) : number;
  return true;
}

// "施策大項目", "施策大項目 1" or "施策大項目 1 <title>" opens a policy block.
bool ChapterReader::StartPolicy(const std::string& text, int line_number) {
  if (text.size() > kMaxLabelLineBytes) return false;
  const std::string compact = WithoutSpaces(text);
  const std::string_view label = LeadingLabel(compact, "policy_block");
  if (label.empty()) return false;
  const std::string after = compact.substr(label.size());
  normalize::Heading heading;
  if (!after.empty() && !IsDigits(after)) {
    heading = normalize::SplitHeading(AfterCompactPrefix(text, label.size()));
    if (heading.number.empty()) return false;  // a sentence that starts with the label
  }
  FinishPolicy();
  policy_.emplace();
  policy_->line = line_number;
  policy_->block_number = IsDigits(after) ? after : heading.number;
  if (!heading.title.empty()) {
    policy_->block_title = RemoveWrapSpaces(heading.title);
    policy_->awaiting_title = false;
  }
  return true;
}

// The lines after 施策大項目: its number alone ("**1**", "# 4", "2"), then its title heading.
void ChapterReader::TakePolicyTitle(const MarkdownLine& line, const std::string& text) {
  const std::string compact = WithoutSpaces(text);
  if (IsDigits(compact)) {
    if (policy_->block_number.empty()) policy_->block_number = compact;
    return;
  }
  const normalize::Heading heading = normalize::SplitHeading(line.body);
  if (!heading.number.empty() && policy_->block_number.empty()) {
    policy_->block_number = heading.number;
  }
  policy_->block_title = RemoveWrapSpaces(heading.title.empty() ? text : heading.title);
  policy_->awaiting_title = false;
}

// In the 施策体系 part: "6-1 <policy title>" and "N <施策中項目>" items (headings, bullets or
// plain lines; a bullet or plain line needs a space after its number).
bool ChapterReader::ReadSystemItem(const MarkdownLine& line, int line_number) {
  static const RE2 numbered_line(R"(\S{1,8}[ \t]+\S.*)");
  static const RE2 policy_ref(R"(\d+-\d+)");
  const normalize::Heading heading = normalize::SplitHeading(line.body);
  if (heading.number.empty() || heading.title.empty()) return false;
  if (RE2::FullMatch(heading.number, policy_ref)) {
    if (policy_->system_ref.empty()) {
      policy_->system_ref = heading.number;
      policy_->system_title = RemoveWrapSpaces(heading.title);
    }
    return true;
  }
  if (!IsItemNumber(heading.number)) return false;
  if (line.heading_level == 0 &&
      (!IsDigits(heading.number) || !RE2::FullMatch(line.body, numbered_line))) {
    return false;
  }
  auto& actions = policy_->actions;
  size_t index = 0;
  while (index < actions.size() && actions[index].number != heading.number) ++index;
  if (index == actions.size()) actions.push_back({heading.number, {}, 0, {}});
  actions[index].title = RemoveWrapSpaces(heading.title);
  actions[index].line = line_number;
  current_action_ = static_cast<int>(index);
  section_has_bullets_ = false;
  open_part_ = false;
  return true;
}

// A bullet is always content; a plain paragraph only in a section that has no bullets
// (a stray line after a bullet list is a caption).
void ChapterReader::ReadContent(const MarkdownLine& line, const std::string& text,
                                int line_number) {
  std::vector<std::string>* parts = ContentParts();
  if (line.bullet) section_has_bullets_ = true;
  if (!line.bullet && section_has_bullets_) {
    open_part_ = false;
    return;
  }
  open_part_ = true;
  if (parts) {
    parts->push_back(text);
  } else if (section_ == ChapterSection::kSystem) {
    document_.diagnostics.push_back(
        {line_number, "unplaced_text", "施策体系 text before any numbered item: " + text});
  }
}

std::vector<std::string>* ChapterReader::ContentParts() {
  switch (section_) {
    case ChapterSection::kVision:
      return &policy_->vision;
    case ChapterSection::kNarrative:
      return policy_->narratives.empty() ? nullptr : &policy_->narratives.back().second;
    case ChapterSection::kSystem:
      return current_action_ < 0 ? nullptr : &policy_->actions[current_action_].parts;
    default:
      return nullptr;
  }
}

void ChapterReader::SwitchSection(ChapterSection section) {
  open_part_ = false;
  if (section == section_ && section == ChapterSection::kSystem) return;
  section_ = section;
  section_has_bullets_ = false;
  current_action_ = -1;
}

void ChapterReader::FinishPolicy() {
  if (!policy_) return;
  PolicyDraft& draft = *policy_;
  Measure policy;
  policy.kind = "policy";
  policy.line = draft.line;
  policy.title = draft.system_title.empty() ? draft.block_title : draft.system_title;
  if (!draft.system_ref.empty()) {
    policy.ref = draft.system_ref;
  } else if (!chapter_number_.empty() && !draft.block_number.empty()) {
    policy.ref = chapter_number_ + "-" + draft.block_number;
    document_.diagnostics.push_back({draft.line, "derived_ref",
                                     "no 施策体系 heading numbers this policy; ref " + policy.ref +
                                         " built from its chapter and 施策大項目 numbers"});
  } else {
    policy.ref = draft.block_number;
  }
  if (!chapter_title_.empty()) policy.path.push_back(chapter_title_);
  if (std::string vision = JoinParts(draft.vision); !vision.empty()) policy.description = vision;
  for (const auto& [label, parts] : draft.narratives) {
    std::string joined = JoinParts(parts);
    if (joined.empty()) continue;
    const std::string& key = label;  // clang 14 cannot capture a structured binding
    auto same = std::find_if(policy.texts.begin(), policy.texts.end(),
                             [&](const auto& text) { return text.first == key; });
    if (same == policy.texts.end()) {
      policy.texts.emplace_back(label, std::move(joined));
    } else {
      same->second += " " + joined;
    }
  }
  policy.indicators = std::move(draft.indicators);
  if (policy.title.empty()) {
    document_.diagnostics.push_back({draft.line, "no_title", "施策大項目 without a title"});
  }
  std::vector<std::string> action_path = policy.path;
  action_path.push_back(policy.title);
  const std::string policy_ref = policy.ref;
  document_.measures.push_back(std::move(policy));
  for (ActionDraft& draft_action : draft.actions) {
    Measure action;
    action.kind = "action";
    action.ref = policy_ref.empty() ? draft_action.number : policy_ref + "-" + draft_action.number;
    action.title = std::move(draft_action.title);
    action.path = action_path;
    action.line = draft_action.line;
    if (std::string description = JoinParts(draft_action.parts); !description.empty()) {
      action.description = std::move(description);
    }
    document_.measures.push_back(std::move(action));
  }
  policy_.reset();
  section_ = ChapterSection::kNone;
  current_action_ = -1;
  table_.reset();
}

ParsedDocument ChapterReader::Finish() {
  FinishPolicy();
  document_.plan.kind = "comprehensive_plan";
  if (document_.plan.title.empty()) {
    document_.diagnostics.push_back({0, "no_plan_title", "no 第N部 running header names the plan"});
  }
  return std::move(document_);
}

}  // namespace keikaku::layouts
