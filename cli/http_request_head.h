// Parsing an HTTP/1.x request head from the bytes received so far.
#ifndef KEIKAKU_CLI_HTTP_REQUEST_HEAD_H_
#define KEIKAKU_CLI_HTTP_REQUEST_HEAD_H_

#include <string>
#include <string_view>

#include "http_server.h"

namespace keikaku::cli {

struct HeadParse {
  enum class State { kIncomplete, kComplete, kError };
  State state = State::kIncomplete;
  size_t consumed = 0;       // kComplete: bytes of `received` the head took, its blank line included
  HttpRequest request;       // kComplete
  bool keep_alive = false;   // kComplete: the connection may carry another request after this one
  int error_status = 0;      // kError: 400, 414 (target too long) or 431 (head too long)
  std::string error_message;
};

// Parses the request head at the start of `received` (empty lines before it are skipped).
// kIncomplete while the blank line that ends the head has not arrived and the limits are not
// passed; a request with a body (Content-Length or Transfer-Encoding) is complete but not
// keep-alive, since its body is never read.
HeadParse ParseRequestHead(std::string_view received, size_t max_uri_bytes, size_t max_head_bytes);

}  // namespace keikaku::cli

#endif  // KEIKAKU_CLI_HTTP_REQUEST_HEAD_H_
