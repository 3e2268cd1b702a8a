// The label lexicon (parsers/data/labels.tsv): printed labels mapped to what they introduce.
#ifndef KEIKAKU_PARSERS_COMMON_LABELS_H_
#define KEIKAKU_PARSERS_COMMON_LABELS_H_

#include <string>
#include <string_view>
#include <vector>

namespace keikaku::layouts {

// The kind of label `cell` is ("department", "baseline", "target" …), or "" when it is no
// label. `cell` may be raw: it is normalised and its spaces removed before the look-up.
std::string_view LabelKind(std::string_view cell);

// LabelKind for a cell already normalised (normalize::NormalizeText): only its spaces are
// removed before the look-up, so rows normalised once are not normalised again.
std::string_view NormalizedLabelKind(std::string_view normalized_cell);

// True when `cell` is a label of `kind`.
bool IsLabel(std::string_view cell, std::string_view kind);

// Every label of `kind`, normalised, in lexicon order.
std::vector<std::string> LabelsOf(std::string_view kind);

// The first label of `kind` (lexicon order) that `compact` — a normalised text without its
// spaces — starts with: "現状値(H26年度)" → "現状値" for "baseline". "" when none.
std::string_view LeadingLabel(std::string_view compact, std::string_view kind);

// Lines of the lexicon that give a label a second kind ("成果指標: indicator, chapter_indicators"),
// refused when it was loaded: the first kind stands. Empty for a sound lexicon.
std::vector<std::string> LexiconConflicts();

// The labels that open a numbered 取組項目 block ("取組項目-1", "取組 3"): the title labels
// and the action_block ones, longest first.
std::vector<std::string> ActionBlockLabels();

}  // namespace keikaku::layouts

#endif  // KEIKAKU_PARSERS_COMMON_LABELS_H_
