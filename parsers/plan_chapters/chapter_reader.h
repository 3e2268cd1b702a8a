// Reads a comprehensive-plan chapter line by line: 第N章 heading, 施策大項目 blocks with their
// sections (めざす姿, 成果指標と目標値, 現況と課題, 施策体系 / 施策中項目, 協働による取組).
#ifndef KEIKAKU_PARSERS_PLAN_CHAPTERS_CHAPTER_READER_H_
#define KEIKAKU_PARSERS_PLAN_CHAPTERS_CHAPTER_READER_H_

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "common/markdown.h"
#include "keikaku/parsers/grid.h"
#include "keikaku/parsers/records.h"
#include "plan_chapters/indicators.h"

namespace keikaku::layouts {

// The part of a 施策大項目 block a line belongs to. kOther is any section this family does
// not extract (chart headings, side boxes); kAside is 関連計画 and the like.
enum class ChapterSection { kNone, kVision, kIndicators, kNarrative, kSystem, kAside, kOther };

// Section a (normalised) label line opens, with the label's printed form in `label`;
// nullopt when the line is no section label.
std::optional<ChapterSection> SectionOfLabel(std::string_view text, std::string* label);

// True when `compact` (normalised, spaces removed) starts with a 施策大項目-like label.
bool StartsWithPolicyBlockLabel(std::string_view compact);

// Feed every row of a grid in order, then Finish() once.
class ChapterReader {
 public:
  void Read(const GridRow& row);
  ParsedDocument Finish();

 private:
  // A 施策中項目 numbered "N" under its policy, with its 取組内容 lines.
  struct ActionDraft {
    std::string number;
    std::string title;
    int line = 0;
    std::vector<std::string> parts;
  };
  // A 施策大項目 being read.
  struct PolicyDraft {
    PolicyDraft() {}  // user-provided: clang 14 cannot emplace a nested aggregate with NSDMIs
    int line = 0;
    std::string block_number;  // 施策大項目 N
    std::string block_title;   // its heading, line-break spaces removed
    std::string system_ref;    // "6-1" from the 施策体系 heading
    std::string system_title;
    bool awaiting_title = true;
    std::vector<std::string> vision;
    std::vector<std::pair<std::string, std::vector<std::string>>> narratives;
    std::vector<ActionDraft> actions;
    std::vector<Indicator> indicators;
  };

  void ReadTableRow(const GridRow& row);
  bool ReadDocumentHeading(const MarkdownLine& line, const std::string& text);
  bool StartPolicy(const std::string& text, int line_number);
  void TakePolicyTitle(const MarkdownLine& line, const std::string& text);
  bool ReadSystemItem(const MarkdownLine& line, int line_number);
  void ReadContent(const MarkdownLine& line, const std::string& text, int line_number);
  std::vector<std::string>* ContentParts();
  void SwitchSection(ChapterSection section);
  void FinishPolicy();

  ParsedDocument document_;
  std::string chapter_title_;
  std::string chapter_number_;
  std::optional<PolicyDraft> policy_;
  ChapterSection section_ = ChapterSection::kNone;
  std::optional<TableHeader> table_;
  CellMemo header_cells_;  // the 成果指標 header repeats over every policy's table
  int current_action_ = -1;  // index into policy_->actions receiving 取組内容 lines
  bool section_has_bullets_ = false;
  bool open_part_ = false;  // the previous line was content a plain line may continue
};

}  // namespace keikaku::layouts

#endif  // KEIKAKU_PARSERS_PLAN_CHAPTERS_CHAPTER_READER_H_
