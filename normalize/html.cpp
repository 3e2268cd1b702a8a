// StripHtml: leftover HTML in cells, read with libxml2's HTML parser (never a regex). The
// parser runs in SAX mode — callbacks append text as it is read — because building and
// freeing a tree per cell was most of the cost of normalising a markdown table row.
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>

#include <array>
#include <cstring>
#include <memory>
#include <mutex>
#include <string_view>
#include <vector>

#include "keikaku/normalize/text.h"
#include "keikaku/normalize/timing.h"

namespace keikaku::normalize {
namespace {

// Content that is not text of the cell: ruby readings, superscript footnote marks, code.
constexpr std::array<std::string_view, 5> kDroppedElements = {"sup", "rt", "rp", "script", "style"};

// Elements whose boundaries separate words: they become one space.
constexpr std::array<std::string_view, 22> kBreakingElements = {
    "br", "p",  "div", "li", "ul", "ol", "tr", "td", "th", "table", "h1",
    "h2", "h3", "h4",  "h5", "h6", "dd", "dt", "dl", "blockquote", "hr", "caption",
};

template <size_t N>
bool NameIn(const xmlChar* name, const std::array<std::string_view, N>& names) {
  const std::string_view tag(reinterpret_cast<const char*>(name));
  for (std::string_view candidate : names) {
    if (tag == candidate) return true;
  }
  return false;
}

bool IsAsciiSpace(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// Placeholders for long text runs are private-use characters U+E000 + index.
constexpr char32_t kFirstPlaceholder = 0xE000;
constexpr size_t kMaxPlaceholders = 0x1900;  // up to U+F8FF
constexpr size_t kMinRunBytes = 12;           // shorter runs are not worth a placeholder
constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

bool IsPlaceholderLead(const unsigned char* p, size_t i, size_t n) {
  return i + 2 < n && (p[i] == 0xEE || (p[i] == 0xEF && p[i + 1] <= 0xA3));
}

// The markup of a cell with each long run of plain text replaced by a placeholder, so that
// libxml2 — whose per-character cost is high — reads tags and short text only. Runs hold
// no '<', '>', '&' or quotes, so they cannot be part of a tag, an attribute or an entity;
// libxml2 still decides which runs are text and which are dropped (<sup>, <rt>).
struct Skeleton {
  std::string markup;
  std::vector<std::string_view> runs;
};

bool HasPrivateUse(std::string_view text) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  for (size_t i = 0; i < text.size(); ++i) {
    if (IsPlaceholderLead(p, i, text.size())) return true;
  }
  return false;
}

bool HasMarkupCharacter(std::string_view run) {
  for (const char c : run) {
    if (c == '<' || c == '>' || c == '&' || c == '"' || c == '\'') return true;
  }
  return false;
}

void AppendSegment(std::string_view segment, Skeleton& skeleton) {
  size_t begin = 0, end = segment.size();
  while (begin < end && IsAsciiSpace(segment[begin])) ++begin;
  while (end > begin && IsAsciiSpace(segment[end - 1])) --end;
  const std::string_view run = segment.substr(begin, end - begin);
  if (run.size() < kMinRunBytes || skeleton.runs.size() >= kMaxPlaceholders ||
      HasMarkupCharacter(run)) {
    skeleton.markup += segment;
    return;
  }
  const char32_t placeholder = kFirstPlaceholder + static_cast<char32_t>(skeleton.runs.size());
  skeleton.runs.push_back(run);
  skeleton.markup += segment.substr(0, begin);
  skeleton.markup.push_back(static_cast<char>(0xE0 | (placeholder >> 12)));
  skeleton.markup.push_back(static_cast<char>(0x80 | ((placeholder >> 6) & 0x3F)));
  skeleton.markup.push_back(static_cast<char>(0x80 | (placeholder & 0x3F)));
  skeleton.markup += segment.substr(end);
}

// The markup starts with a UTF-8 byte-order mark: libxml2 then reads UTF-8 directly,
// where naming the encoding would run every byte through its (copying) converter.
// Returns false (and copies `text` whole) when `text` already holds private-use
// characters, which would be mistaken for placeholders.
bool BuildSkeleton(std::string_view text, Skeleton& skeleton) {
  skeleton.markup.reserve(text.size() + kUtf8Bom.size());
  skeleton.markup = kUtf8Bom;
  if (HasPrivateUse(text)) {
    skeleton.markup += text;
    return false;
  }
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t open = text.find('<', pos);
    AppendSegment(text.substr(pos, open == std::string_view::npos ? std::string_view::npos : open - pos),
                  skeleton);
    if (open == std::string_view::npos) break;
    const size_t close = text.find('>', open);
    const size_t tag_end = close == std::string_view::npos ? text.size() : close + 1;
    skeleton.markup += text.substr(open, tag_end - open);
    pos = tag_end;
  }
  return true;
}

struct TextCollector {
  std::string out;
  const Skeleton* skeleton = nullptr;
  std::string expanded;  // scratch for placeholder expansion
  int dropped_depth = 0;            // > 0 inside <sup>, <rt> …
  bool skip_leading_space = false;  // just after a dropped <sup>: its padding goes too
  bool pending_break = false;       // a block or <br> boundary not yet written as a space
  bool opened_body = false;         // the last event was the start of <body>

  // Text as libxml2 reports it, with placeholders put back.
  void AppendReported(const char* text, size_t length) {
    if (dropped_depth > 0) return;
    if (skeleton == nullptr || skeleton->runs.empty()) return AppendText(text, length);
    expanded.clear();
    const auto* p = reinterpret_cast<const unsigned char*>(text);
    for (size_t i = 0; i < length;) {
      if (!IsPlaceholderLead(p, i, length)) {
        expanded.push_back(text[i++]);
        continue;
      }
      const char32_t code_point = ((p[i] & 0x0F) << 12) | ((p[i + 1] & 0x3F) << 6) | (p[i + 2] & 0x3F);
      const size_t index = code_point - kFirstPlaceholder;
      if (index < skeleton->runs.size()) expanded += skeleton->runs[index];
      i += 3;
    }
    AppendText(expanded.data(), expanded.size());
  }

  void AppendText(const char* text, size_t length) {
    opened_body = false;
    if (dropped_depth > 0) return;
    if (skip_leading_space) {
      while (length > 0 && IsAsciiSpace(*text)) ++text, --length;
      if (length == 0) return;
      skip_leading_space = false;
    }
    if (length == 0) return;
    if (pending_break && !out.empty() && !IsAsciiSpace(out.back()) && !IsAsciiSpace(*text)) {
      out.push_back(' ');
    }
    pending_break = false;
    out.append(text, length);
  }

  // The spaces around a dropped superscript are table-conversion padding, not printed
  // spaces ("職員提案制度 <sup>※</sup> 件数" -> "職員提案制度件数").
  void DropPadding() {
    while (!out.empty() && IsAsciiSpace(out.back())) out.pop_back();
    skip_leading_space = true;
  }

  void Start(const xmlChar* name) {
    if (NameIn(name, kDroppedElements)) {
      if (dropped_depth++ == 0) DropPadding();
      return;
    }
    const std::string_view tag(reinterpret_cast<const char*>(name));
    // A <p> right after <body> is libxml2's implied first paragraph, which must not split
    // text it reported before it ("<カ行>" reports "<" first): explicit block boundaries
    // only come after some content.
    const bool implied_paragraph = opened_body && tag == "p";
    opened_body = tag == "body";
    if (!implied_paragraph) pending_break |= NameIn(name, kBreakingElements);
  }

  void End(const xmlChar* name) {
    if (NameIn(name, kDroppedElements)) {
      if (dropped_depth > 0) --dropped_depth;
      return;
    }
    pending_break |= NameIn(name, kBreakingElements);
  }
};

void OnStart(void* context, const xmlChar* name, const xmlChar**) {
  static_cast<TextCollector*>(context)->Start(name);
}

void OnEnd(void* context, const xmlChar* name) { static_cast<TextCollector*>(context)->End(name); }

void OnText(void* context, const xmlChar* text, int length) {
  static_cast<TextCollector*>(context)->AppendReported(reinterpret_cast<const char*>(text),
                                                       static_cast<size_t>(length));
}

// Replaces the tree-building callbacks of `sax` with the collector's.
void UseCollector(xmlSAXHandler& sax) {
  std::memset(&sax, 0, sizeof sax);
  sax.startElement = OnStart;
  sax.endElement = OnEnd;
  sax.characters = OnText;
  sax.ignorableWhitespace = OnText;
  sax.cdataBlock = OnText;
  sax.initialized = 1;
}

struct ParserFree {
  void operator()(htmlParserCtxt* parser) const { htmlFreeParserCtxt(parser); }
};

std::unique_ptr<htmlParserCtxt, ParserFree> NewCollectingParser() {
  std::unique_ptr<htmlParserCtxt, ParserFree> parser(htmlNewParserCtxt());
  if (parser != nullptr && parser->sax != nullptr) UseCollector(*parser->sax);
  return parser;
}

}  // namespace

std::string StripHtml(std::string_view utf8) {
  const internal::ScopedTiming timing;
  if (utf8.find_first_of("<&") == std::string_view::npos) return std::string(utf8);
  // libxml2 must be initialised once, from one thread, before parsing from many.
  static std::once_flag init_once;
  std::call_once(init_once, [] { xmlInitParser(); });
  // One parser context per thread, reused: creating one costs more than parsing a cell.
  // htmlCtxtReset (inside htmlCtxtReadMemory) keeps the SAX handler and user data.
  thread_local const std::unique_ptr<htmlParserCtxt, ParserFree> parser = NewCollectingParser();
  if (parser == nullptr) return std::string(utf8);
  Skeleton skeleton;
  BuildSkeleton(utf8, skeleton);
  const std::string_view input = skeleton.markup;
  TextCollector collector;
  collector.out.reserve(utf8.size());
  collector.skeleton = &skeleton;
  parser->userData = &collector;
  constexpr int kOptions =
      HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_NODEFDTD;
  xmlDoc* doc = htmlCtxtReadMemory(parser.get(), input.data(), static_cast<int>(input.size()),
                                   nullptr, nullptr, kOptions);
  if (doc != nullptr) xmlFreeDoc(doc);  // none is built without SAX2 callbacks; be safe
  parser->userData = nullptr;
  return collector.out;
}

}  // namespace keikaku::normalize
