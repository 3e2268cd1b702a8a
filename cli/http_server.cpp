// The API's HTTP server: an event loop for connections, a worker pool for answers.
#include "http_server.h"

#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <stdexcept>
#include <thread>

#include "http_request_head.h"

namespace keikaku::cli {
namespace {

using Clock = std::chrono::steady_clock;

// How long a connection being closed may take to send its last bytes and be read to its end
// (closing with unread input would reset it, and the client might lose the answer).
constexpr auto kLinger = std::chrono::seconds(2);
constexpr size_t kReadChunk = 16384;
// Refused connections kept open past the limit to be read to their end (see kLinger).
constexpr size_t kMostClosing = 256;

Clock::duration Seconds(double seconds) {
  return std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds));
}

std::string PeerName(const sockaddr_storage& address) {
  char host[INET6_ADDRSTRLEN] = "?";
  uint16_t port = 0;
  if (address.ss_family == AF_INET) {
    const auto& v4 = reinterpret_cast<const sockaddr_in&>(address);
    inet_ntop(AF_INET, &v4.sin_addr, host, sizeof host);
    port = ntohs(v4.sin_port);
  } else if (address.ss_family == AF_INET6) {
    const auto& v6 = reinterpret_cast<const sockaddr_in6&>(address);
    inet_ntop(AF_INET6, &v6.sin6_addr, host, sizeof host);
    port = ntohs(v6.sin6_port);
  }
  return std::string(host) + ":" + std::to_string(port);
}

std::string Serialize(const HttpAnswer& answer, bool keep_alive, double idle_seconds) {
  std::string out = "HTTP/1.1 " + std::to_string(answer.status) + " " + ReasonPhrase(answer.status) + "\r\n";
  for (const auto& [name, value] : answer.headers) out += name + ": " + value + "\r\n";
  if (answer.status != 304 && answer.status != 204) out += "Content-Length: " + std::to_string(answer.body.size()) + "\r\n";
  if (keep_alive) {
    out += "Connection: keep-alive\r\nKeep-Alive: timeout=" + std::to_string(static_cast<int>(idle_seconds)) + "\r\n";
  } else {
    out += "Connection: close\r\n";
  }
  out += "\r\n";
  if (answer.send_body && answer.status != 304 && answer.status != 204) out += answer.body;
  return out;
}

// Writes all of `bytes` to the non-blocking socket `fd` before `deadline`.
bool SendAll(int fd, std::string_view bytes, Clock::time_point deadline) {
  while (!bytes.empty()) {
    const ssize_t sent = send(fd, bytes.data(), bytes.size(), MSG_NOSIGNAL);
    if (sent > 0) {
      bytes.remove_prefix(static_cast<size_t>(sent));
      continue;
    }
    if (sent < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) return false;
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    if (left <= 0) return false;
    pollfd waiting{fd, POLLOUT, 0};
    poll(&waiting, 1, static_cast<int>(left));
  }
  return true;
}

struct Connection {
  int fd = -1;
  std::string client;
  std::string buffer;  // received, not yet consumed
  Clock::time_point deadline;
  bool idle = false;     // between requests: no byte of the next head yet
  bool closing = false;  // answered and shut down for writing; read to its end, then closed
  ~Connection() {
    if (fd >= 0) close(fd);
  }
};

struct Job {
  std::unique_ptr<Connection> connection;
  HttpRequest request;
  bool keep_alive = false;
};

}  // namespace

const char* ReasonPhrase(int status) {
  switch (status) {
    case 200: return "OK";
    case 204: return "No Content";
    case 304: return "Not Modified";
    case 400: return "Bad Request";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 414: return "URI Too Long";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Unknown";
  }
}

HttpAnswer JsonError(int status, const std::string& message) {
  HttpAnswer answer;
  answer.status = status;
  std::string body = "{\"error\":\"";
  for (const char c : message) {
    if (c == '"' || c == '\\') body += '\\';
    if (static_cast<unsigned char>(c) >= 0x20) body += c;
  }
  answer.body = body + "\",\"status\":" + std::to_string(status) + "}";
  answer.headers.emplace_back("Content-Type", "application/json; charset=utf-8");
  return answer;
}

struct HttpServer::Impl {
  HttpServerLimits limits;
  Handler handler;
  int listen_fd = -1;
  int wake_fd = -1;
  uint16_t port = 0;
  std::string address;
  std::atomic<bool> stopping{false};
  std::atomic<size_t> with_workers{0};  // connections a worker holds
  Clock::time_point accept_paused_until;  // loop thread only

  std::mutex mutex;
  std::condition_variable work_ready;
  std::deque<Job> jobs;
  std::vector<std::unique_ptr<Connection>> returned;  // from the workers, back to the loop

  std::thread loop_thread;
  std::vector<std::thread> workers;

  ~Impl() {
    if (listen_fd >= 0) close(listen_fd);
    if (wake_fd >= 0) close(wake_fd);
  }

  void Wake() {
    const uint64_t one = 1;
    [[maybe_unused]] const ssize_t ignored = write(wake_fd, &one, sizeof one);
  }

  // Answers from the loop thread (errors, 503) and closes after: the answer is small, so one
  // non-blocking send normally takes it whole.
  void AnswerAndClose(Connection& connection, const HttpAnswer& answer) {
    const std::string bytes = Serialize(answer, false, limits.idle_seconds);
    [[maybe_unused]] const ssize_t sent = send(connection.fd, bytes.data(), bytes.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
    StartClosing(connection);
  }

  static void StartClosing(Connection& connection) {
    shutdown(connection.fd, SHUT_WR);
    connection.closing = true;
    connection.buffer.clear();
    connection.deadline = Clock::now() + kLinger;
  }

  HttpAnswer Busy() {
    HttpAnswer answer = JsonError(503, "the server is busy; retry shortly");
    answer.headers.emplace_back("Retry-After", std::to_string(limits.retry_after_seconds));
    return answer;
  }

  // Hands a complete request to the workers, or answers it here. Returns the connection when
  // the loop keeps it (answered and closing, or still reading), null when a worker took it.
  std::unique_ptr<Connection> Dispatch(std::unique_ptr<Connection> connection) {
    HeadParse parsed = ParseRequestHead(connection->buffer, limits.max_uri_bytes, limits.max_head_bytes);
    if (parsed.state == HeadParse::State::kIncomplete) return connection;
    if (parsed.state == HeadParse::State::kError) {
      AnswerAndClose(*connection, JsonError(parsed.error_status, parsed.error_message));
      return connection;
    }
    connection->buffer.erase(0, parsed.consumed);
    parsed.request.client = connection->client;
    std::unique_lock lock(mutex);
    if (jobs.size() >= limits.max_queued) {
      lock.unlock();
      AnswerAndClose(*connection, Busy());
      return connection;
    }
    ++with_workers;
    jobs.push_back({std::move(connection), std::move(parsed.request), parsed.keep_alive});
    work_ready.notify_one();
    return nullptr;
  }

  void Accept(std::vector<std::unique_ptr<Connection>>& connections) {
    for (;;) {
      sockaddr_storage peer{};
      socklen_t length = sizeof peer;
      const int fd = accept4(listen_fd, reinterpret_cast<sockaddr*>(&peer), &length, SOCK_NONBLOCK | SOCK_CLOEXEC);
      if (fd < 0) {
        // Out of descriptors: the waiting clients stay in the kernel's backlog until some close,
        // instead of the loop spinning on a listening socket it cannot accept from.
        if (errno == EMFILE || errno == ENFILE) accept_paused_until = Clock::now() + std::chrono::milliseconds(100);
        return;
      }
      auto connection = std::make_unique<Connection>();
      connection->fd = fd;
      connection->client = PeerName(peer);
      connection->deadline = Clock::now() + Seconds(limits.head_seconds);
      const size_t open = connections.size() + with_workers;
      if (open >= limits.max_connections) {
        AnswerAndClose(*connection, Busy());
        // Far past the limit (a flood), the refused are not kept to be read to their end.
        if (open >= limits.max_connections + kMostClosing) continue;
      }
      connections.push_back(std::move(connection));
    }
  }

  // Reads what arrived; false when the connection is finished (end of input or an error).
  bool Receive(Connection& connection) {
    char chunk[kReadChunk];
    for (;;) {
      const ssize_t got = recv(connection.fd, chunk, sizeof chunk, 0);
      if (got > 0) {
        if (!connection.closing) connection.buffer.append(chunk, static_cast<size_t>(got));
        if (connection.buffer.size() > limits.max_head_bytes + kReadChunk) return true;  // Dispatch refuses it
        continue;
      }
      if (got == 0) return false;
      return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR;
    }
  }

  void TakeReturned(std::vector<std::unique_ptr<Connection>>& connections) {
    std::vector<std::unique_ptr<Connection>> back;
    {
      std::lock_guard lock(mutex);
      back.swap(returned);
    }
    for (auto& connection : back) {
      --with_workers;
      // A request already waiting (pipelined) is dispatched now; no poll will announce it.
      if (!connection->closing && !connection->buffer.empty()) {
        connection->idle = false;
        connection = Dispatch(std::move(connection));
      }
      if (connection) connections.push_back(std::move(connection));
    }
  }

  void Loop() {
    std::vector<std::unique_ptr<Connection>> connections;
    std::vector<pollfd> polled;
    while (!stopping) {
      TakeReturned(connections);
      const bool accepting = Clock::now() >= accept_paused_until;
      polled.assign({{accepting ? listen_fd : -1, POLLIN, 0}, {wake_fd, POLLIN, 0}});
      auto next_deadline = Clock::now() + std::chrono::seconds(1);
      if (!accepting) next_deadline = std::min(next_deadline, accept_paused_until);
      for (const auto& connection : connections) {
        polled.push_back({connection->fd, POLLIN, 0});
        next_deadline = std::min(next_deadline, connection->deadline);
      }
      const auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(next_deadline - Clock::now()).count();
      poll(polled.data(), polled.size(), static_cast<int>(std::max<int64_t>(wait, 0) + 1));
      if (polled[1].revents) {
        uint64_t count;
        [[maybe_unused]] const ssize_t ignored = read(wake_fd, &count, sizeof count);
      }
      const size_t existing = connections.size();
      for (size_t i = 0; i < existing; ++i) Serve(connections[i], polled[i + 2].revents);
      if (polled[0].revents & POLLIN) Accept(connections);
      std::erase(connections, nullptr);
    }
  }

  // One connection after poll: read, dispatch, or close past its deadline.
  void Serve(std::unique_ptr<Connection>& connection, short events) {
    const auto now = Clock::now();
    if (events && !Receive(*connection)) {
      connection.reset();
      return;
    }
    if (connection->closing) {
      if (now >= connection->deadline) connection.reset();
      return;
    }
    if (connection->idle && !connection->buffer.empty()) {
      connection->idle = false;
      connection->deadline = now + Seconds(limits.head_seconds);  // for the whole head, not per byte
    }
    if (events && !connection->buffer.empty()) connection = Dispatch(std::move(connection));
    if (!connection || connection->closing || now < connection->deadline) return;
    if (connection->idle) {
      connection.reset();  // an idle keep-alive connection closes quietly
    } else {
      AnswerAndClose(*connection, JsonError(408, "the request head did not arrive in time"));
    }
  }

  void Work() {
    for (;;) {
      Job job;
      {
        std::unique_lock lock(mutex);
        work_ready.wait(lock, [&] { return stopping || !jobs.empty(); });
        if (stopping) return;
        job = std::move(jobs.front());
        jobs.pop_front();
      }
      HttpAnswer answer;
      try {
        answer = handler(job.request);
      } catch (const std::exception&) {  // a handler must not throw; should it, the client still gets an answer
        answer = JsonError(500, "internal error");
      }
      Connection& connection = *job.connection;
      const std::string bytes = Serialize(answer, job.keep_alive, limits.idle_seconds);
      if (!SendAll(connection.fd, bytes, Clock::now() + Seconds(limits.send_seconds))) {
        --with_workers;
        continue;  // the connection closes as the job goes
      }
      if (job.keep_alive) {
        connection.idle = true;
        connection.deadline = Clock::now() + Seconds(limits.idle_seconds);
      } else {
        StartClosing(connection);
      }
      {
        std::lock_guard lock(mutex);
        returned.push_back(std::move(job.connection));
      }
      Wake();
    }
  }
};

std::unique_ptr<HttpServer> HttpServer::Start(const std::string& address, uint16_t port,
                                              const HttpServerLimits& limits, Handler handler) {
  auto impl = std::make_unique<Impl>();
  impl->limits = limits;
  impl->handler = std::move(handler);
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
  addrinfo* found = nullptr;
  if (const int code = getaddrinfo(address.c_str(), std::to_string(port).c_str(), &hints, &found); code != 0) {
    throw std::runtime_error("cannot listen on " + address + ": " + gai_strerror(code));
  }
  const int fd = socket(found->ai_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
  const int yes = 1;
  if (fd >= 0) setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  const bool bound = fd >= 0 && bind(fd, found->ai_addr, found->ai_addrlen) == 0 && listen(fd, SOMAXCONN) == 0;
  const int error = errno;
  freeaddrinfo(found);
  impl->listen_fd = fd;
  if (!bound) throw std::runtime_error("cannot listen on " + address + ":" + std::to_string(port) + ": " + std::strerror(error));
  sockaddr_storage local{};
  socklen_t length = sizeof local;
  getsockname(fd, reinterpret_cast<sockaddr*>(&local), &length);
  impl->address = PeerName(local);
  impl->port = static_cast<uint16_t>(std::stoi(impl->address.substr(impl->address.rfind(':') + 1)));
  impl->wake_fd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
  Impl* raw = impl.get();
  impl->loop_thread = std::thread([raw] { raw->Loop(); });
  for (int i = 0; i < std::max(1, limits.threads); ++i) impl->workers.emplace_back([raw] { raw->Work(); });
  return std::unique_ptr<HttpServer>(new HttpServer(std::move(impl)));
}

HttpServer::HttpServer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

HttpServer::~HttpServer() {
  {
    std::lock_guard lock(impl_->mutex);  // no worker between its check and its wait misses this
    impl_->stopping = true;
  }
  impl_->Wake();
  impl_->work_ready.notify_all();
  impl_->loop_thread.join();
  for (std::thread& worker : impl_->workers) worker.join();
}

uint16_t HttpServer::port() const { return impl_->port; }
std::string HttpServer::address() const { return impl_->address; }

}  // namespace keikaku::cli
