// keikaku serve: the read-only JSON API over HTTP (Poco::Net).
#include <sys/resource.h>

#include <csignal>
#include <iostream>

#include "commands.h"
#include "http_api.h"
#include "http_server.h"
#include "keikaku/store/store.h"
#include "options.h"

namespace keikaku::cli {
namespace {

const CommandSpec kServeSpec = {
    "serve",
    "",
    "Serves the database read-only as JSON: /api/documents, /api/measures, /api/indicators, "
    "/api/compare, /api/search, /api/concepts, /api/export/{id}. Binds to loopback unless told "
    "otherwise; stops on Ctrl-C or SIGTERM.",
    {DatabaseOption(),
     {"bind", "", "address to listen on (default 127.0.0.1)", "ADDRESS"},
     {"port", "p", "port (default 8080; 0 picks a free one)", "PORT"},
     {"cors", "", "Access-Control-Allow-Origin value (default *; '' for none)", "ORIGIN"},
     {"max-page", "", "largest page a client may ask for (default 1000)", "N"},
     {"threads", "", "worker threads computing answers (default 8)", "N"},
     {"max-connections", "", "open connections; past it, 503 with Retry-After (default 512)", "N"},
     {"queue", "", "requests waiting for a worker; past it, 503 with Retry-After (default 256)", "N"},
     {"head-timeout", "", "seconds a client has to send a whole request head (default 10)", "SECONDS"},
     {"idle-timeout", "", "seconds a keep-alive connection may wait for its next request (default 5)", "SECONDS"}},
};

// Open files for the connections: the soft limit raised to the hard one when it is lower
// than the connections allowed (each request also opens the database).
void RaiseOpenFileLimit(size_t connections) {
  rlimit limit{};
  if (getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur >= connections + 64) return;
  limit.rlim_cur = limit.rlim_max;
  setrlimit(RLIMIT_NOFILE, &limit);
}

}  // namespace

int RunServe(const Args& args) {
  const ParsedArgs parsed = ParseArgs(kServeSpec, args);
  if (parsed.help) {
    PrintHelp(kServeSpec, std::cout);
    return 0;
  }
  ApiOptions options;
  options.db_path = DatabasePath(parsed);
  options.cors_origin = parsed.Get("cors", "*");
  options.max_page = static_cast<int>(parsed.GetInt("max-page", 1000, 1, 100000));
  // Fail now, not on the first request, when the database cannot be read.
  store::Store::Open(options.db_path, store::Store::Mode::kReadOnly);

  // Block the stop signals before any thread starts, so only sigwait below receives them.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  HttpServerLimits limits;
  limits.threads = static_cast<int>(parsed.GetInt("threads", 8, 1, 256));
  limits.max_connections = static_cast<size_t>(parsed.GetInt("max-connections", 512, 1, 100000));
  limits.max_queued = static_cast<size_t>(parsed.GetInt("queue", 256, 1, 100000));
  limits.head_seconds = static_cast<double>(parsed.GetInt("head-timeout", 10, 1, 3600));
  limits.idle_seconds = static_cast<double>(parsed.GetInt("idle-timeout", 5, 1, 3600));
  RaiseOpenFileLimit(limits.max_connections);
  const auto server = HttpServer::Start(parsed.Get("bind", "127.0.0.1"),
                                        static_cast<uint16_t>(parsed.GetInt("port", 8080, 0, 65535)), limits,
                                        [options](const HttpRequest& request) { return AnswerHttp(request, options); });
  std::cout << "serving " << options.db_path << " at http://" << server->address() << "/api/ (Ctrl-C to stop)"
            << std::endl;
  int signal = 0;
  sigwait(&stop_signals, &signal);
  return 0;
}

}  // namespace keikaku::cli
