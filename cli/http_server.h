// A small HTTP/1.1 server for the API: one event loop holds every connection while it is
// idle or sending its request head (an idle client costs a file descriptor, not a thread),
// a fixed pool of workers computes and writes the answers, and a full queue is answered
// 503 with Retry-After, never a reset.
#ifndef KEIKAKU_CLI_HTTP_SERVER_H_
#define KEIKAKU_CLI_HTTP_SERVER_H_

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace keikaku::cli {

struct HttpServerLimits {
  int threads = 8;                  // workers computing answers
  size_t max_connections = 512;     // open connections; one more is answered 503 and closed
  size_t max_queued = 256;          // complete requests waiting for a worker; past it, 503
  double head_seconds = 10;         // the whole request head must arrive within this
  double idle_seconds = 5;          // a keep-alive connection may wait this long for its next request
  double send_seconds = 10;         // writing one answer may take this long
  size_t max_uri_bytes = 8192;      // a longer request target is answered 414
  size_t max_head_bytes = 16384;    // a longer request head is answered 431
  int retry_after_seconds = 1;      // Retry-After of a 503
};

struct HttpRequest {
  std::string method;                          // "GET"
  std::string target;                          // "/api/measures?limit=5", as sent
  std::string version;                         // "HTTP/1.1"
  std::map<std::string, std::string> headers;  // names lower-cased; repeated headers joined with ", "
  std::string client;                          // "127.0.0.1:53122"
};

struct HttpAnswer {
  int status = 200;
  std::vector<std::pair<std::string, std::string>> headers;  // besides Content-Length, Connection, Date
  std::string body;
  bool send_body = true;  // false for HEAD and 304: Content-Length still describes the body
};

// The reason phrase of `status` ("Not Found"), "Unknown" for one this server never sends.
const char* ReasonPhrase(int status);

// A JSON error answer: {"error": message, "status": status}.
HttpAnswer JsonError(int status, const std::string& message);

class HttpServer {
 public:
  using Handler = std::function<HttpAnswer(const HttpRequest&)>;

  // Listens on `address`:`port` (0 picks a free port) and starts the loop and the workers.
  // `handler` is called from the worker threads, concurrently; it must not throw. Throws
  // std::runtime_error when the address cannot be bound.
  static std::unique_ptr<HttpServer> Start(const std::string& address, uint16_t port, const HttpServerLimits& limits,
                                           Handler handler);
  ~HttpServer();  // stops: closes every connection and joins the threads
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  uint16_t port() const;
  std::string address() const;  // "127.0.0.1:8080"

 private:
  struct Impl;
  explicit HttpServer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace keikaku::cli

#endif  // KEIKAKU_CLI_HTTP_SERVER_H_
