// HTTP/1.x request heads: request line, header fields, keep-alive, limits.
#include "http_request_head.h"

#include <algorithm>
#include <cctype>

namespace keikaku::cli {
namespace {

HeadParse Refuse(int status, std::string message) {
  HeadParse parsed;
  parsed.state = HeadParse::State::kError;
  parsed.error_status = status;
  parsed.error_message = std::move(message);
  return parsed;
}

std::string_view Trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) text.remove_suffix(1);
  return text;
}

std::string Lower(std::string_view text) {
  std::string lower(text);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  return lower;
}

// Whether the comma-separated `list` holds `token` (compared without regard to case).
bool HasToken(const std::string& list, std::string_view token) {
  const std::string lower = Lower(list);
  for (size_t start = 0; start <= lower.size();) {
    size_t comma = lower.find(',', start);
    if (comma == std::string::npos) comma = lower.size();
    if (Trim(std::string_view(lower).substr(start, comma - start)) == token) return true;
    start = comma + 1;
  }
  return false;
}

// The end of the head (after its blank line) in `text`, or npos; bare LF line ends are accepted.
size_t HeadEnd(std::string_view text) {
  const size_t crlf = text.find("\r\n\r\n");
  const size_t lf = text.find("\n\n");
  if (crlf == std::string_view::npos && lf == std::string_view::npos) return std::string_view::npos;
  if (lf == std::string_view::npos || (crlf != std::string_view::npos && crlf < lf)) return crlf + 4;
  return lf + 2;
}

bool ParseRequestLine(std::string_view line, HttpRequest& request) {
  const size_t first = line.find(' ');
  const size_t last = line.rfind(' ');
  if (first == std::string_view::npos || first == last) return false;
  request.method = std::string(line.substr(0, first));
  request.target = std::string(Trim(line.substr(first + 1, last - first - 1)));
  request.version = std::string(line.substr(last + 1));
  const bool method_ok = std::all_of(request.method.begin(), request.method.end(),
                                     [](unsigned char c) { return std::isupper(c) != 0; });
  return method_ok && !request.method.empty() && !request.target.empty() &&
         request.target.find(' ') == std::string::npos &&
         (request.version == "HTTP/1.1" || request.version == "HTTP/1.0");
}

}  // namespace

HeadParse ParseRequestHead(std::string_view received, size_t max_uri_bytes, size_t max_head_bytes) {
  size_t skipped = 0;
  while (skipped < received.size() && (received[skipped] == '\r' || received[skipped] == '\n')) ++skipped;
  const std::string_view text = received.substr(skipped);
  const size_t line_end = text.find('\n');
  // The request line alone tells a target that is too long, before the rest arrives.
  const size_t line_length = line_end == std::string_view::npos ? text.size() : line_end;
  if (line_length > max_uri_bytes + 16) return Refuse(414, "the request target is longer than " + std::to_string(max_uri_bytes) + " bytes");
  const size_t end = HeadEnd(text);
  if ((end == std::string_view::npos && text.size() > max_head_bytes) || (end != std::string_view::npos && end > max_head_bytes)) {
    return Refuse(431, "the request head is longer than " + std::to_string(max_head_bytes) + " bytes");
  }
  if (end == std::string_view::npos) return {};
  HeadParse parsed;
  std::string_view head = text.substr(0, end);
  size_t at = head.find('\n');
  if (!ParseRequestLine(Trim(head.substr(0, at)), parsed.request)) return Refuse(400, "malformed request line");
  if (parsed.request.target.size() > max_uri_bytes) {
    return Refuse(414, "the request target is longer than " + std::to_string(max_uri_bytes) + " bytes");
  }
  for (size_t next; at + 1 < head.size(); at = next) {
    next = head.find('\n', at + 1);
    if (next == std::string_view::npos) next = head.size();
    const std::string_view line = head.substr(at + 1, next - at - 1);
    if (Trim(line).empty()) break;
    const size_t colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0 || line.front() == ' ' || line.front() == '\t' ||
        line.substr(0, colon).find_first_of(" \t") != std::string_view::npos) {
      return Refuse(400, "malformed header field");
    }
    std::string& value = parsed.request.headers[Lower(line.substr(0, colon))];
    value += (value.empty() ? "" : ", ") + std::string(Trim(line.substr(colon + 1)));
  }
  const auto header = [&](const char* name) {
    const auto it = parsed.request.headers.find(name);
    return it == parsed.request.headers.end() ? std::string() : it->second;
  };
  const std::string connection = header("connection");
  parsed.keep_alive = parsed.request.version == "HTTP/1.1" ? !HasToken(connection, "close")
                                                            : HasToken(connection, "keep-alive");
  const std::string length = header("content-length");
  if ((!length.empty() && length != "0") || !header("transfer-encoding").empty()) parsed.keep_alive = false;
  parsed.state = HeadParse::State::kComplete;
  parsed.consumed = skipped + end;
  return parsed;
}

}  // namespace keikaku::cli
