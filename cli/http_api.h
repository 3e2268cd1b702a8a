// The JSON API behind `keikaku serve`, as pure request -> response functions (so tests can
// call them without a socket) and the HTTP layer keikaku serve puts around them (http_server.h).
#ifndef KEIKAKU_CLI_HTTP_API_H_
#define KEIKAKU_CLI_HTTP_API_H_

#include <map>
#include <string>

#include "http_server.h"

namespace keikaku::cli {

struct ApiRequest {
  std::string method;                         // "GET"
  std::string path;                           // "/api/measures" (decoded, no query)
  std::map<std::string, std::string> params;  // decoded query parameters
};

struct ApiResponse {
  int status = 200;
  std::string body;                           // JSON
};

struct ApiOptions {
  std::string db_path;
  int max_page = 1000;          // the largest `limit` a client may ask for
  std::string cors_origin = "*";  // Access-Control-Allow-Origin; "" sends none
};

// Answers one API request from the database. Never throws: a bad parameter is 400 (a
// document id that is not a number, a search text over 256 bytes), an unknown path 404, a
// method other than GET and HEAD 405, anything unexpected 500 with a generic
// body (no internals).
ApiResponse HandleApiRequest(const ApiRequest& request, const ApiOptions& options);

// Answers one HTTP request for `keikaku serve`: OPTIONS preflights (204 with the CORS
// methods and headers), ETags from the database's content and file (If-None-Match with lists,
// weak tags and "*" answers 304), CORS headers exposing ETag, HEAD without a body, and one log
// line per request on stderr. Never throws.
HttpAnswer AnswerHttp(const HttpRequest& request, const ApiOptions& options);

}  // namespace keikaku::cli

#endif  // KEIKAKU_CLI_HTTP_API_H_
