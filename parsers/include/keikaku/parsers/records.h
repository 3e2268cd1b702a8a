// The records keikaku extracts from one document: plain value types mirroring keikaku/1
// (docs/keikaku-1.md). Parsers produce them, the store keeps them, export prints them.
#ifndef KEIKAKU_PARSERS_RECORDS_H_
#define KEIKAKU_PARSERS_RECORDS_H_

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace keikaku {

// Where a value was printed: 1-based source line (row of a sheet), 0-based cell index and,
// for PDFs, the 1-based page and the page number printed on it.
struct SourcePlace {
  int line = 0;
  int cell = -1;  // -1 when the value is not in a cell of its own (a bracket in running text)
  int page = 0;          // 0 when the source is not paged
  int printed_page = 0;  // 0 when no page number was read from the page
  bool operator==(const SourcePlace&) const = default;
};

struct Observation {
  std::optional<int> fy;            // fiscal year; nullopt when the document gives none
  std::optional<double> value;      // sign applied; nullopt for words and dashes
  std::string comparator;           // ">=", "<=", "<", ">" or ""
  std::string text;                 // the printed cell, normalised
  std::string unit;                 // only when it differs from the indicator's unit; else ""
  SourcePlace at;
  bool operator==(const Observation&) const = default;
};

// Ordered label -> narrative pairs ("現状と課題" -> "…"), in printed order.
using Texts = std::vector<std::pair<std::string, std::string>>;

struct Indicator {
  std::string name;
  std::string kind;                 // "outcome", "activity" or "" when the document does not say
  std::optional<std::string> unit;  // nullopt when none is printed
  std::optional<Observation> baseline;
  std::vector<Observation> targets;
  std::vector<Observation> actuals;
  Texts texts;
  bool operator==(const Indicator&) const = default;
};

struct Budget {
  int fy = 0;
  std::string category;             // total | national_prefectural | bonds | other | general
  double amount_yen = 0;
  bool derived = false;             // worked out by arithmetic rather than printed
  SourcePlace at;
  bool operator==(const Budget&) const = default;
};

struct Measure {
  std::string ref;                  // number as printed without its label; "" when none
  std::string kind;                 // action | policy | project
  std::string title;
  std::vector<std::string> path;    // enclosing headings, outermost first
  std::vector<std::string> departments;
  std::vector<std::string> related_departments;
  std::optional<std::string> status;
  bool repost = false;
  std::optional<std::string> description;
  Texts texts;
  std::vector<Indicator> indicators;
  std::vector<Budget> budgets;
  int line = 0;                     // line where the measure starts
  bool operator==(const Measure&) const = default;
};

struct GlossaryEntry {
  std::string term;
  std::string definition;
  bool operator==(const GlossaryEntry&) const = default;
};

struct Municipality {
  std::string name;                 // "" when not recognised
  std::string prefecture;
  std::optional<std::string> code;  // 6-digit 全国地方公共団体コード when known
  bool operator==(const Municipality&) const = default;
};

struct Plan {
  std::string title;
  std::string kind;                 // plan | implementation_plan | progress_report | results_report | comprehensive_plan
  std::optional<int> start_fy;
  std::optional<int> end_fy;
  std::optional<std::string> as_of;      // YYYY-MM-DD
  std::optional<std::string> published;  // YYYY-MM or YYYY-MM-DD
  std::optional<std::string> revised;    // YYYY-MM or YYYY-MM-DD
  bool operator==(const Plan&) const = default;
};

// Something a parser saw but could not place, or had to reconstruct.
struct Diagnostic {
  int line = 0;                     // 1-based; 0 for the whole document
  std::string kind;                 // short key: "unaligned_row", "sum_mismatch", "derived_budget" …
  std::string message;              // one sentence for a person
  bool operator==(const Diagnostic&) const = default;
};

// Everything extracted from one document, before the store adds where it came from.
struct ParsedDocument {
  std::string layout;               // name of the layout that parsed it
  double layout_score = 0;          // that layout's detection score, 0..1
  Municipality municipality;
  Plan plan;
  std::vector<Measure> measures;
  std::vector<GlossaryEntry> glossary;
  std::vector<Diagnostic> diagnostics;
  bool operator==(const ParsedDocument&) const = default;
};

}  // namespace keikaku

#endif  // KEIKAKU_PARSERS_RECORDS_H_
