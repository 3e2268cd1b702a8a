// keikaku serve: the read-only JSON API over HTTP (Poco::Net).
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/SocketAddress.h>

#include <csignal>
#include <iostream>

#include "commands.h"
#include "http_api.h"
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
     {"threads", "", "worker threads (default 4)", "N"}},
};

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

  const Poco::Net::SocketAddress address(parsed.Get("bind", "127.0.0.1"),
                                         static_cast<Poco::UInt16>(parsed.GetInt("port", 8080, 0, 65535)));
  Poco::Net::ServerSocket socket(address);
  Poco::Net::HTTPServerParams::Ptr params = new Poco::Net::HTTPServerParams;
  params->setMaxThreads(static_cast<int>(parsed.GetInt("threads", 4, 1, 64)));
  params->setMaxQueued(64);
  params->setTimeout(Poco::Timespan(10, 0));  // a slow client cannot hold a thread forever
  params->setKeepAlive(true);
  Poco::Net::HTTPServer server(MakeApiHandlerFactory(options), socket, params);
  server.start();
  std::cout << "serving " << options.db_path << " at http://" << socket.address().toString()
            << "/api/ (Ctrl-C to stop)" << std::endl;
  int signal = 0;
  sigwait(&stop_signals, &signal);
  server.stopAll(true);
  return 0;
}

}  // namespace keikaku::cli
