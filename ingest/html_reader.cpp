// HTML tables through libxml2's forgiving HTML parser: one sheet row per <tr>, text outside
// tables as text rows. colspan and rowspan repeat the cell's text in every spanned cell, as
// merged XLSX cells do. The walk is iterative, so deeply nested markup cannot overflow the stack.
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>

#include "readers.h"

namespace keikaku::ingest {
namespace {

constexpr int kMaxSpan = 1000;

bool Named(const xmlNode* node, const char* name) {
  return node->type == XML_ELEMENT_NODE && xmlStrcasecmp(node->name, BAD_CAST name) == 0;
}

bool IsSkipped(const xmlNode* node) {
  return Named(node, "script") || Named(node, "style") || Named(node, "head") || Named(node, "template");
}

// Elements that end a line of text outside tables.
bool IsBlock(const xmlNode* node) {
  static constexpr const char* kBlocks[] = {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li",
                                             "dt", "dd", "pre", "blockquote", "section", "article",
                                             "header", "footer", "caption", "ul", "ol", "dl", "table", "tr"};
  return std::any_of(std::begin(kBlocks), std::end(kBlocks), [&](const char* name) { return Named(node, name); });
}

// Appends `text` with runs of whitespace collapsed to one space.
void AppendCollapsed(std::string& out, const char* text) {
  for (const char* p = text; *p != '\0'; ++p) {
    const bool space = *p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f';
    if (!space) {
      out += *p;
    } else if (!out.empty() && out.back() != ' ' && out.back() != '\n') {
      out += ' ';
    }
  }
}

std::string Trimmed(std::string text) {
  while (!text.empty() && (text.back() == ' ' || text.back() == '\n')) text.pop_back();
  const size_t first = text.find_first_not_of(" \n");
  return first == std::string::npos ? std::string() : text.substr(first);
}

// The text of a cell: its descendants' text with <br> as a newline, nested tables left out
// (their rows follow as rows of their own).
std::string CellText(const xmlNode* cell) {
  std::string text;
  const xmlNode* node = cell->children;
  while (node != nullptr && node != cell) {
    const bool enter = !Named(node, "table") && !IsSkipped(node);
    if (node->type == XML_TEXT_NODE && node->content != nullptr) AppendCollapsed(text, reinterpret_cast<const char*>(node->content));
    if (Named(node, "br")) text += '\n';
    if (enter && node->children != nullptr) {
      node = node->children;
      continue;
    }
    while (node != cell && node->next == nullptr) node = node->parent;
    if (node != cell) node = node->next;
  }
  return Trimmed(std::move(text));
}

int Span(const xmlNode* cell, const char* attribute) {
  xmlChar* value = xmlGetProp(cell, BAD_CAST attribute);
  if (value == nullptr) return 1;
  const long span = std::strtol(reinterpret_cast<const char*>(value), nullptr, 10);
  xmlFree(value);
  return static_cast<int>(std::clamp(span, 1L, static_cast<long>(kMaxSpan)));
}

// A table's cells still owed to later rows by rowspan: per column, rows left and text.
using PendingSpans = std::vector<std::pair<int, std::string>>;

std::vector<std::string> RowCells(const xmlNode* tr, PendingSpans& pending) {
  std::vector<std::string> cells;
  auto take_pending = [&] {
    while (cells.size() < pending.size() && pending[cells.size()].first > 0) {
      --pending[cells.size()].first;
      cells.push_back(pending[cells.size()].second);
    }
  };
  for (const xmlNode* cell = tr->children; cell != nullptr; cell = cell->next) {
    if (!Named(cell, "td") && !Named(cell, "th")) continue;
    take_pending();
    const std::string text = CellText(cell);
    const int rows = Span(cell, "rowspan");
    for (int i = Span(cell, "colspan"); i > 0; --i) {
      if (pending.size() <= cells.size()) pending.resize(cells.size() + 1);
      pending[cells.size()] = {rows - 1, text};
      cells.push_back(text);
    }
  }
  take_pending();
  return cells;
}

// The document walk: text outside tables gathers into lines, each <tr> becomes a row.
struct Walk {
  Grid grid;
  std::vector<PendingSpans> tables;  // innermost last
  std::string text;                  // text outside tables not yet flushed
  int text_line = 0;
  size_t cells = 0;

  void FlushText() {
    std::string line = Trimmed(std::move(text));
    text.clear();
    if (!line.empty()) {
      grid.rows.push_back({text_line, RowKind::kText, {std::move(line)}});
      ++cells;
    }
  }

  // Handles `node` on the way down; returns whether to visit its children.
  bool Enter(const xmlNode* node) {
    if (IsBlock(node)) FlushText();
    if (Named(node, "table")) tables.emplace_back();
    if (Named(node, "tr")) {
      PendingSpans stray;  // a <tr> outside any <table> spans nothing
      std::vector<std::string> row = RowCells(node, tables.empty() ? stray : tables.back());
      TrimTrailingEmptyCells(row);
      cells += row.size();
      grid.rows.push_back({static_cast<int>(xmlGetLineNo(node)), RowKind::kSheet, std::move(row)});
    } else if (node->type == XML_TEXT_NODE && node->content != nullptr && tables.empty()) {
      if (text.empty()) text_line = static_cast<int>(xmlGetLineNo(node));
      AppendCollapsed(text, reinterpret_cast<const char*>(node->content));
    }
    return !IsSkipped(node);
  }

  void Leave(const xmlNode* node) {
    if (IsBlock(node)) FlushText();
    if (Named(node, "table") && !tables.empty()) tables.pop_back();
  }
};

struct DocFree {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};

}  // namespace

GridResult ReadHtmlGrid(std::string_view utf8, const ReadLimits& limits) {
  static std::once_flag init;
  std::call_once(init, [] { xmlInitParser(); });
  const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                      HTML_PARSE_COMPACT;
  std::unique_ptr<xmlDoc, DocFree> doc(htmlReadMemory(utf8.data(), static_cast<int>(utf8.size()), nullptr, "UTF-8", options));
  if (doc == nullptr || xmlDocGetRootElement(doc.get()) == nullptr) return GridError("not readable as HTML", "");
  Walk walk;
  xmlNode* const root = xmlDocGetRootElement(doc.get());
  xmlNode* node = root;
  while (node != nullptr) {
    const bool descend = walk.Enter(node);
    if (walk.cells > limits.max_cells) {
      return GridError("too many cells (limit " + std::to_string(limits.max_cells) + ")",
                       "line " + std::to_string(xmlGetLineNo(node)));
    }
    if (descend && node->children != nullptr) {
      node = node->children;
      continue;
    }
    // Leave this node and every ancestor whose children are done.
    for (;;) {
      walk.Leave(node);
      if (node == root) {
        node = nullptr;
        break;
      }
      if (node->next != nullptr) {
        node = node->next;
        break;
      }
      node = node->parent;
    }
  }
  walk.FlushText();
  GridResult result;
  result.grid = std::move(walk.grid);
  result.ok = true;
  return result;
}

}  // namespace keikaku::ingest
