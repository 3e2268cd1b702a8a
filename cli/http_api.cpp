#include "http_api.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Stringifier.h>
#include <Poco/URI.h>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <sstream>

#include "keikaku/store/export.h"
#include "keikaku/store/queries.h"
#include "keikaku/store/shown_path.h"
#include "keikaku/store/store.h"

namespace keikaku::cli {
namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

// A client mistake, answered with 400 and this message.
struct BadRequest {
  std::string message;
};

std::string ToJson(const Poco::Dynamic::Var& value) {
  std::ostringstream out;
  Poco::JSON::Stringifier::condense(value, out);
  return out.str();
}

ApiResponse Error(int status, const std::string& message) {
  Object::Ptr body = new Object(true);
  body->set("error", message);
  body->set("status", status);
  return {status, ToJson(body)};
}

std::string Param(const ApiRequest& request, const std::string& name) {
  const auto it = request.params.find(name);
  return it == request.params.end() ? "" : it->second;
}

int IntParam(const ApiRequest& request, const std::string& name, int fallback, int min, int max) {
  const std::string text = Param(request, name);
  if (text.empty()) return fallback;
  char* end = nullptr;
  const long value = std::strtol(text.c_str(), &end, 10);
  if (*end != '\0' || value < min || value > max) {
    throw BadRequest{name + " must be a whole number from " + std::to_string(min) + " to " + std::to_string(max)};
  }
  return static_cast<int>(value);
}

struct Page {
  int limit, offset;
};

Page PageParams(const ApiRequest& request, const ApiOptions& options) {
  return {IntParam(request, "limit", std::min(100, options.max_page), 1, options.max_page),
          IntParam(request, "offset", 0, 0, 1'000'000'000)};
}

Array::Ptr Strings(const std::vector<std::string>& strings) {
  Array::Ptr array = new Array;
  for (const std::string& s : strings) array->add(s);
  return array;
}

Poco::Dynamic::Var Optional(const std::optional<std::string>& value) {
  return value ? Poco::Dynamic::Var(*value) : Poco::Dynamic::Var();
}

// {"items": [...], "limit": L, "offset": O}
ApiResponse Listing(Array::Ptr items, const Page& page) {
  Object::Ptr body = new Object(true);
  body->set("items", items);
  body->set("limit", page.limit);
  body->set("offset", page.offset);
  return {200, ToJson(body)};
}

ApiResponse Documents(const ApiRequest& request, const ApiOptions& options) {
  const Page page = PageParams(request, options);
  const auto documents = store::ListDocuments(options.db_path);
  Array::Ptr items = new Array;
  for (size_t i = page.offset; i < documents.size() && items->size() < static_cast<size_t>(page.limit); ++i) {
    const store::DocumentSummary& d = documents[i];
    Object::Ptr item = new Object(true);
    item->set("id", d.id);
    item->set("path", d.path);
    item->set("municipality", d.municipality);
    item->set("prefecture", d.prefecture);
    item->set("plan_title", d.plan_title);
    item->set("plan_kind", d.plan_kind);
    item->set("layout", d.layout);
    item->set("format", d.format);
    item->set("encoding", d.encoding);
    item->set("imported_at", d.imported_at);
    item->set("measures", d.measures);
    item->set("indicators", d.indicators);
    item->set("observations", d.observations);
    item->set("budgets", d.budgets);
    item->set("diagnostics", d.diagnostics);
    items->add(item);
  }
  return Listing(items, page);
}

ApiResponse Measures(const ApiRequest& request, const ApiOptions& options) {
  const Page page = PageParams(request, options);
  store::MeasureFilter filter;
  filter.municipality = Param(request, "municipality");
  filter.department = Param(request, "department");
  filter.status = Param(request, "status");
  filter.title_text = Param(request, "q");
  filter.limit = page.limit;
  filter.offset = page.offset;
  Array::Ptr items = new Array;
  for (const store::MeasureRow& m : store::ListMeasures(options.db_path, filter)) {
    Object::Ptr item = new Object(true);
    item->set("id", m.measure_id);
    item->set("document_id", m.document_id);
    item->set("municipality", m.municipality);
    item->set("ref", m.ref);
    item->set("kind", m.kind);
    item->set("title", m.title);
    item->set("path", Strings(m.path));
    item->set("departments", Strings(m.departments));
    item->set("status", Optional(m.status));
    item->set("repost", m.repost);
    item->set("line", m.line);
    item->set("indicators", m.indicators);
    items->add(item);
  }
  return Listing(items, page);
}

ApiResponse Indicators(const ApiRequest& request, const ApiOptions& options) {
  const Page page = PageParams(request, options);
  store::IndicatorFilter filter;
  filter.concept_key = Param(request, "concept");
  filter.name_text = Param(request, "q");
  filter.municipality = Param(request, "municipality");
  filter.limit = page.limit;
  filter.offset = page.offset;
  Array::Ptr items = new Array;
  for (const store::IndicatorRow& i : store::ListIndicators(options.db_path, filter)) {
    Object::Ptr item = new Object(true);
    item->set("id", i.indicator_id);
    item->set("measure_id", i.measure_id);
    item->set("document_id", i.document_id);
    item->set("municipality", i.municipality);
    item->set("measure_ref", i.measure_ref);
    item->set("measure_title", i.measure_title);
    item->set("name", i.name);
    item->set("unit", Optional(i.unit));
    item->set("concept", Optional(i.concept_key));
    item->set("observations", i.observations);
    items->add(item);
  }
  return Listing(items, page);
}

Object::Ptr ComparedValueJson(const store::ComparedValue& v) {
  Object::Ptr item = new Object(true);
  item->set("fy", v.fy ? Poco::Dynamic::Var(*v.fy) : Poco::Dynamic::Var());
  item->set("value", v.value ? Poco::Dynamic::Var(*v.value) : Poco::Dynamic::Var());
  item->set("comparator", v.comparator.empty() ? Poco::Dynamic::Var() : Poco::Dynamic::Var(v.comparator));
  item->set("text", v.text);
  item->set("line", v.line);
  return item;
}

ApiResponse CompareEndpoint(const ApiRequest& request, const ApiOptions& options) {
  store::CompareQuery query;
  query.concept_key = Param(request, "concept");
  query.indicator_text = Param(request, "indicator");
  if (query.concept_key.empty() && query.indicator_text.empty()) throw BadRequest{"give concept or indicator"};
  if (!Param(request, "fy").empty()) query.fy = IntParam(request, "fy", 0, 1868, 2200);
  const Page page = PageParams(request, options);
  const auto rows = store::Compare(options.db_path, query);
  Array::Ptr items = new Array;
  for (size_t r = page.offset; r < rows.size() && items->size() < static_cast<size_t>(page.limit); ++r) {
    const store::CompareRow& row = rows[r];
    Object::Ptr item = new Object(true);
    item->set("municipality", row.municipality);
    item->set("prefecture", row.prefecture);
    item->set("document", row.document_path);
    item->set("measure_ref", row.measure_ref);
    item->set("measure_title", row.measure_title);
    item->set("indicator", row.indicator);
    item->set("concept", Optional(row.concept_key));
    item->set("printed_unit", Optional(row.printed_unit));
    item->set("unit", row.unit);
    item->set("baseline", row.baseline ? Poco::Dynamic::Var(ComparedValueJson(*row.baseline)) : Poco::Dynamic::Var());
    Array::Ptr targets = new Array, actuals = new Array;
    for (const auto& v : row.targets) targets->add(ComparedValueJson(v));
    for (const auto& v : row.actuals) actuals->add(ComparedValueJson(v));
    item->set("targets", targets);
    item->set("actuals", actuals);
    item->set("line", row.line);
    items->add(item);
  }
  return Listing(items, page);
}

// The longest search text: a search costs a phrase query with one token per character, so
// its cost is bounded by this length (about 85 Japanese characters).
constexpr size_t kMaxSearchBytes = 256;

ApiResponse SearchEndpoint(const ApiRequest& request, const ApiOptions& options) {
  store::SearchQuery query;
  query.text = Param(request, "q");
  if (query.text.empty()) throw BadRequest{"give q, the text to search for"};
  if (query.text.size() > kMaxSearchBytes) {
    throw BadRequest{"q is longer than " + std::to_string(kMaxSearchBytes) + " bytes"};
  }
  query.municipality = Param(request, "municipality");
  query.limit = IntParam(request, "limit", 20, 1, options.max_page);
  query.mark_open = "<mark>";
  query.mark_close = "</mark>";
  Array::Ptr items = new Array;
  for (const store::SearchHit& hit : store::Search(options.db_path, query)) {
    Object::Ptr item = new Object(true);
    item->set("measure_id", hit.measure_id);
    item->set("document_id", hit.document_id);
    item->set("municipality", hit.municipality);
    item->set("measure_ref", hit.measure_ref);
    item->set("measure_title", hit.measure_title);
    item->set("departments", Strings(hit.departments));
    item->set("snippet", hit.snippet);
    items->add(item);
  }
  return Listing(items, {query.limit, 0});
}

ApiResponse ExportEndpoint(const std::string& id_text, const ApiOptions& options) {
  char* end = nullptr;
  const long long id = std::strtoll(id_text.c_str(), &end, 10);
  if (id_text.empty() || *end != '\0' || id <= 0 || id_text.find_first_not_of("0123456789") != std::string::npos) {
    throw BadRequest{"the document id must be a whole number from 1"};
  }
  auto db = store::Store::Open(options.db_path, store::Store::Mode::kReadOnly);
  const auto document = db->LoadDocument(id);
  if (!document) return Error(404, "no such document");
  return {200, store::ToKeikakuJson(*document)};
}

ApiResponse Concepts(const ApiOptions& options) {
  Array::Ptr items = new Array;
  for (const store::ConceptCoverage& c : store::ListConcepts(options.db_path)) {
    Object::Ptr item = new Object(true);
    item->set("key", c.concept_info.key);
    item->set("label", c.concept_info.label);
    item->set("unit", c.concept_info.unit);
    item->set("cities", c.cities);
    item->set("documents", c.documents);
    item->set("indicators", c.indicators);
    items->add(item);
  }
  Object::Ptr body = new Object(true);
  body->set("items", items);
  return {200, ToJson(body)};
}

}  // namespace

ApiResponse HandleApiRequest(const ApiRequest& request, const ApiOptions& options) {
  if (request.method != "GET" && request.method != "HEAD") return Error(405, "only GET, HEAD and OPTIONS are served");
  try {
    const std::string& path = request.path;
    if (path == "/api/documents") return Documents(request, options);
    if (path == "/api/measures") return Measures(request, options);
    if (path == "/api/indicators") return Indicators(request, options);
    if (path == "/api/compare") return CompareEndpoint(request, options);
    if (path == "/api/search") return SearchEndpoint(request, options);
    if (path == "/api/concepts") return Concepts(options);
    constexpr std::string_view kExport = "/api/export/";
    if (path.starts_with(kExport)) return ExportEndpoint(path.substr(kExport.size()), options);
    return Error(404, "not found");
  } catch (const BadRequest& e) {
    return Error(400, e.message);
  } catch (const std::exception&) {
    return Error(500, "internal error");
  }
}

namespace {

// If-None-Match: "*", or a list of entity tags, weak (W/"…") or strong; matched by the weak
// comparison (RFC 9110 13.1.2), which is the one GET uses.
bool MatchesAnyTag(const std::string& header, const std::string& etag) {
  if (header.empty() || etag.empty()) return false;
  size_t at = 0;
  while (at < header.size()) {
    while (at < header.size() && (header[at] == ' ' || header[at] == ',' || header[at] == '\t')) ++at;
    if (header.compare(at, 1, "*") == 0) return true;
    if (header.compare(at, 2, "W/") == 0) at += 2;
    if (at >= header.size() || header[at] != '"') return false;
    const size_t close = header.find('"', at + 1);
    if (close == std::string::npos) return false;
    if (header.compare(at, close + 1 - at, etag) == 0) return true;
    at = close + 1;
  }
  return false;
}

std::string HeaderOf(const HttpRequest& request, const std::string& name) {
  const auto it = request.headers.find(name);
  return it == request.headers.end() ? "" : it->second;
}

void AddCors(HttpAnswer& answer, const ApiOptions& options) {
  if (options.cors_origin.empty()) return;
  answer.headers.emplace_back("Access-Control-Allow-Origin", options.cors_origin);
  answer.headers.emplace_back("Access-Control-Expose-Headers", "ETag");
}

// A CORS preflight: which methods and headers a page may use, for ten minutes.
HttpAnswer Preflight() {
  HttpAnswer answer;
  answer.status = 204;  // the CORS headers are added with every answer's
  answer.headers.emplace_back("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS");
  answer.headers.emplace_back("Access-Control-Allow-Headers", "If-None-Match, Content-Type");
  answer.headers.emplace_back("Access-Control-Max-Age", "600");
  answer.headers.emplace_back("Allow", "GET, HEAD, OPTIONS");
  return answer;
}

HttpAnswer Answer(const HttpRequest& request, const ApiOptions& options) {
  if (request.method == "OPTIONS") return Preflight();
  ApiRequest api;
  api.method = request.method;
  try {
    const Poco::URI uri(request.target);
    api.path = uri.getPath();
    for (const auto& [name, value] : uri.getQueryParameters()) api.params[name] = value;
  } catch (const Poco::Exception&) {
    return JsonError(400, "malformed request URI");
  }
  std::string etag;
  try {
    etag = "\"" + store::ContentTag(options.db_path) + "\"";
  } catch (const std::exception&) {
    etag.clear();
  }
  HttpAnswer answer;
  const bool readable = request.method == "GET" || request.method == "HEAD";
  if (readable && MatchesAnyTag(HeaderOf(request, "if-none-match"), etag)) {
    answer.status = 304;
  } else {
    const ApiResponse response = HandleApiRequest(api, options);
    answer.status = response.status;
    answer.body = response.body;
    answer.headers.emplace_back("Content-Type", "application/json; charset=utf-8");
  }
  if (answer.status == 405) answer.headers.emplace_back("Allow", "GET, HEAD, OPTIONS");
  if (!etag.empty() && answer.status < 400) answer.headers.emplace_back("ETag", etag);
  answer.send_body = request.method != "HEAD";
  return answer;
}

}  // namespace

HttpAnswer AnswerHttp(const HttpRequest& request, const ApiOptions& options) {
  const auto started = std::chrono::steady_clock::now();
  HttpAnswer answer = Answer(request, options);
  AddCors(answer, options);
  answer.headers.emplace_back("X-Content-Type-Options", "nosniff");
  const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
  std::fprintf(stderr, "%s %s %s %d %.1fms\n", request.client.c_str(), store::EscapePath(request.method).c_str(),
               store::EscapePath(request.target).c_str(), answer.status, ms);
  return answer;
}

}  // namespace keikaku::cli
