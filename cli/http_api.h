// The JSON API behind `keikaku serve`, as pure request -> response functions (so tests can
// call them without a socket) and a Poco::Net request-handler factory that serves them.
#ifndef KEIKAKU_CLI_HTTP_API_H_
#define KEIKAKU_CLI_HTTP_API_H_

#include <Poco/Net/HTTPRequestHandlerFactory.h>

#include <map>
#include <string>

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

// Answers one API request from the database. Never throws: a bad parameter is 400, an
// unknown path 404, a method other than GET 405, anything unexpected 500 with a generic
// body (no internals).
ApiResponse HandleApiRequest(const ApiRequest& request, const ApiOptions& options);

// A factory for Poco::Net::HTTPServer that serves HandleApiRequest with ETag (from the
// database's content), CORS and one log line per request on stderr.
Poco::Net::HTTPRequestHandlerFactory::Ptr MakeApiHandlerFactory(const ApiOptions& options);

}  // namespace keikaku::cli

#endif  // KEIKAKU_CLI_HTTP_API_H_
