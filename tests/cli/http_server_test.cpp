// The HTTP server under idle, slow and many clients, on 127.0.0.1 with bounded counts and
// generous time margins (the machine running the tests is busy).
#include "http_server.h"

#include <gtest/gtest.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace keikaku::cli {
namespace {

using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;
using std::chrono::seconds;

// A raw client connection.
class Client {
 public:
  explicit Client(uint16_t port) : fd_(socket(AF_INET, SOCK_STREAM, 0)) {
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    connected_ = connect(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
  }
  ~Client() { close(fd_); }
  bool connected() const { return connected_; }
  bool Send(const std::string& bytes) { return send(fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(bytes.size()); }
  // Reads until one whole answer (head and Content-Length body) has arrived, the peer
  // closes, or `limit` passes; returns what arrived ("" after a reset with nothing).
  std::string ReadAnswer(Clock::duration limit = seconds(20)) {
    const auto deadline = Clock::now() + limit;
    for (;;) {
      const size_t head_end = buffer_.find("\r\n\r\n");
      if (head_end != std::string::npos) {
        const size_t length_at = buffer_.find("Content-Length: ");
        const size_t length = length_at < head_end ? std::stoul(buffer_.substr(length_at + 16)) : 0;
        if (buffer_.size() >= head_end + 4 + length) {
          std::string answer = buffer_.substr(0, head_end + 4 + length);
          buffer_.erase(0, answer.size());
          return answer;
        }
      }
      if (!Wait(deadline)) return std::exchange(buffer_, "");
    }
  }
  // Whether the server closes the connection before `limit` passes.
  bool ClosedWithin(Clock::duration limit) {
    const auto deadline = Clock::now() + limit;
    while (Wait(deadline)) {
    }
    return closed_;
  }

 private:
  // Receives more; false at the end of input, an error or the deadline.
  bool Wait(Clock::time_point deadline) {
    const auto left = std::chrono::duration_cast<milliseconds>(deadline - Clock::now()).count();
    if (left <= 0) return false;
    pollfd waiting{fd_, POLLIN, 0};
    if (poll(&waiting, 1, static_cast<int>(left)) <= 0) return false;
    char chunk[4096];
    const ssize_t got = recv(fd_, chunk, sizeof chunk, 0);
    if (got <= 0) {
      closed_ = true;
      return false;
    }
    buffer_.append(chunk, static_cast<size_t>(got));
    return true;
  }

  int fd_;
  bool connected_ = false;
  bool closed_ = false;
  std::string buffer_;
};

const std::string kGet = "GET /api/ping HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";

HttpAnswer Pong(const HttpRequest& request) {
  HttpAnswer answer;
  answer.body = "{\"path\":\"" + request.target + "\"}";
  return answer;
}

int StatusOf(const std::string& answer) { return answer.size() > 12 ? std::stoi(answer.substr(9, 3)) : 0; }

TEST(HttpServer, IdleAndHalfSentClientsDoNotStallOthers) {
  HttpServerLimits limits;
  limits.threads = 2;
  const auto server = HttpServer::Start("127.0.0.1", 0, limits, Pong);
  std::vector<std::unique_ptr<Client>> stalling;
  for (int i = 0; i < 8; ++i) stalling.push_back(std::make_unique<Client>(server->port()));
  for (int i = 0; i < 4; ++i) {
    stalling.push_back(std::make_unique<Client>(server->port()));
    stalling.back()->Send("GET /api/ping HTTP/1.1\r\nHost: 127.0.0.1\r\n");
  }
  const auto started = Clock::now();
  for (int i = 0; i < 6; ++i) {
    Client client(server->port());
    client.Send(kGet);
    EXPECT_EQ(StatusOf(client.ReadAnswer()), 200);
  }
  EXPECT_LT(Clock::now() - started, seconds(5));
}

TEST(HttpServer, DrippedHeadIsCutAtItsDeadline) {
  HttpServerLimits limits;
  limits.head_seconds = 1;
  const auto server = HttpServer::Start("127.0.0.1", 0, limits, Pong);
  Client client(server->port());
  const auto started = Clock::now();
  const std::string head = "GET /api/ping HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ";
  std::string answer;
  for (size_t i = 0; i < 100 && Clock::now() - started < seconds(15); ++i) {
    if (!client.Send(std::string(1, head[i % head.size()]))) break;
    answer = client.ReadAnswer(milliseconds(200));
    if (!answer.empty()) break;
  }
  EXPECT_EQ(StatusOf(answer), 408) << answer;
  EXPECT_LT(Clock::now() - started, seconds(10));
}

TEST(HttpServer, IdleKeepAliveConnectionIsClosed) {
  HttpServerLimits limits;
  limits.idle_seconds = 1;
  const auto server = HttpServer::Start("127.0.0.1", 0, limits, Pong);
  Client client(server->port());
  client.Send(kGet);
  ASSERT_EQ(StatusOf(client.ReadAnswer()), 200);
  EXPECT_TRUE(client.ClosedWithin(seconds(10)));
}

TEST(HttpServer, KeepAliveCarriesPipelinedRequests) {
  const auto server = HttpServer::Start("127.0.0.1", 0, HttpServerLimits{}, Pong);
  Client client(server->port());
  client.Send(kGet + kGet);
  EXPECT_EQ(StatusOf(client.ReadAnswer()), 200);
  EXPECT_EQ(StatusOf(client.ReadAnswer()), 200);
}

// A handler that holds every request until released.
class Gate {
 public:
  HttpAnswer Pass(const HttpRequest& request) {
    std::unique_lock lock(mutex_);
    ++waiting_;
    changed_.notify_all();
    changed_.wait(lock, [&] { return open_; });
    return Pong(request);
  }
  void WaitFor(int waiting) {
    std::unique_lock lock(mutex_);
    changed_.wait_for(lock, seconds(20), [&] { return waiting_ >= waiting; });
  }
  void Open() {
    std::lock_guard lock(mutex_);
    open_ = true;
    changed_.notify_all();
  }

 private:
  std::mutex mutex_;
  std::condition_variable changed_;
  int waiting_ = 0;
  bool open_ = false;
};

TEST(HttpServer, FullQueueAnswers503WithRetryAfter) {
  HttpServerLimits limits;
  limits.threads = 1;
  limits.max_queued = 1;
  Gate gate;
  const auto server = HttpServer::Start("127.0.0.1", 0, limits, [&](const HttpRequest& r) { return gate.Pass(r); });
  Client held(server->port()), queued(server->port()), refused(server->port());
  held.Send(kGet);
  gate.WaitFor(1);
  queued.Send(kGet);
  std::this_thread::sleep_for(milliseconds(300));  // let the loop queue it
  refused.Send(kGet);
  const std::string answer = refused.ReadAnswer();
  gate.Open();
  EXPECT_EQ(StatusOf(answer), 503) << answer;
  EXPECT_NE(answer.find("Retry-After: 1"), std::string::npos) << answer;
  EXPECT_EQ(StatusOf(held.ReadAnswer()), 200);
  EXPECT_EQ(StatusOf(queued.ReadAnswer()), 200);
}

TEST(HttpServer, ConnectionsPastTheLimitAre503NotReset) {
  HttpServerLimits limits;
  limits.max_connections = 4;
  const auto server = HttpServer::Start("127.0.0.1", 0, limits, Pong);
  std::vector<std::unique_ptr<Client>> idle;
  for (int i = 0; i < 4; ++i) idle.push_back(std::make_unique<Client>(server->port()));
  std::this_thread::sleep_for(milliseconds(300));  // let the loop accept them
  Client extra(server->port());
  extra.Send(kGet);
  const std::string answer = extra.ReadAnswer();
  EXPECT_EQ(StatusOf(answer), 503) << answer;
}

TEST(HttpServer, TwoHundredConcurrentClientsAreAllAnswered) {
  const auto server = HttpServer::Start("127.0.0.1", 0, HttpServerLimits{}, Pong);
  std::atomic<int> answered{0}, other{0};
  std::vector<std::thread> clients;
  for (int i = 0; i < 200; ++i) {
    clients.emplace_back([&] {
      Client client(server->port());
      client.Send(kGet);
      const int status = StatusOf(client.ReadAnswer(seconds(60)));
      (status == 200 || status == 503 ? answered : other)++;
    });
  }
  for (std::thread& client : clients) client.join();
  EXPECT_EQ(answered, 200);
  EXPECT_EQ(other, 0);
}

struct LimitCase {
  std::string name;
  std::string request;
  int status;
};

void PrintTo(const LimitCase& limit_case, std::ostream* out) { *out << limit_case.name; }

class Limits : public ::testing::TestWithParam<LimitCase> {};

TEST_P(Limits, AnswerJsonWithTheStatus) {
  const auto server = HttpServer::Start("127.0.0.1", 0, HttpServerLimits{}, Pong);
  Client client(server->port());
  client.Send(GetParam().request);
  const std::string answer = client.ReadAnswer();
  EXPECT_EQ(StatusOf(answer), GetParam().status) << answer.substr(0, 200);
  EXPECT_NE(answer.find("{\"error\":"), std::string::npos) << answer.substr(0, 200);
}

INSTANTIATE_TEST_SUITE_P(
    HttpServer, Limits,
    ::testing::Values(LimitCase{"LongTarget", "GET /api/" + std::string(9000, 'a') + " HTTP/1.1\r\n\r\n", 414},
                      LimitCase{"LongHead", "GET / HTTP/1.1\r\nX-Big: " + std::string(20000, 'b') + "\r\n\r\n", 431},
                      LimitCase{"BadRequestLine", "HELLO\r\n\r\n", 400}),
    [](const auto& info) { return info.param.name; });

TEST(HttpServer, ReasonPhraseMatchesTheStatus) {
  const auto server = HttpServer::Start("127.0.0.1", 0, HttpServerLimits{}, [](const HttpRequest&) {
    return JsonError(404, "not found");
  });
  Client client(server->port());
  client.Send(kGet);
  EXPECT_EQ(client.ReadAnswer().rfind("HTTP/1.1 404 Not Found\r\n", 0), 0u);
}

}  // namespace
}  // namespace keikaku::cli
