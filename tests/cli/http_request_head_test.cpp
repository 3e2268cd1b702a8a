// Request heads as rows: bytes received → complete (method, target, keep-alive), incomplete,
// or refused with a status.
#include "http_request_head.h"

#include <gtest/gtest.h>

namespace keikaku::cli {
namespace {

struct HeadCase {
  std::string name;
  std::string received;
  HeadParse::State state;
  int error_status = 0;
  std::string target = "";
  bool keep_alive = false;
};

void PrintTo(const HeadCase& head_case, std::ostream* out) { *out << head_case.name; }

class RequestHead : public ::testing::TestWithParam<HeadCase> {};

TEST_P(RequestHead, ParsesAsExpected) {
  const HeadCase& c = GetParam();
  const HeadParse parsed = ParseRequestHead(c.received, 64, 256);
  EXPECT_EQ(parsed.state, c.state);
  EXPECT_EQ(parsed.error_status, c.error_status);
  if (c.state != HeadParse::State::kComplete) return;
  EXPECT_EQ(parsed.request.target, c.target);
  EXPECT_EQ(parsed.keep_alive, c.keep_alive);
}

using State = HeadParse::State;

INSTANTIATE_TEST_SUITE_P(
    HttpRequestHead, RequestHead,
    ::testing::Values(
        HeadCase{"Http11KeepsAlive", "GET /api/x HTTP/1.1\r\nHost: a\r\n\r\n", State::kComplete, 0, "/api/x", true},
        HeadCase{"Http11Close", "GET /a HTTP/1.1\r\nConnection: Close\r\n\r\n", State::kComplete, 0, "/a", false},
        HeadCase{"Http10ClosesByDefault", "GET /a HTTP/1.0\r\n\r\n", State::kComplete, 0, "/a", false},
        HeadCase{"Http10KeepAliveAsked", "GET /a HTTP/1.0\r\nConnection: keep-alive\r\n\r\n", State::kComplete, 0, "/a", true},
        HeadCase{"BareLineFeeds", "GET /a HTTP/1.1\nHost: a\n\n", State::kComplete, 0, "/a", true},
        HeadCase{"LeadingEmptyLinesSkipped", "\r\n\r\nGET /a HTTP/1.1\r\n\r\n", State::kComplete, 0, "/a", true},
        HeadCase{"BodyEndsKeepAlive", "POST /a HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc", State::kComplete, 0, "/a", false},
        HeadCase{"HalfHead", "GET /a HTTP/1.1\r\nHost: a\r\n", State::kIncomplete},
        HeadCase{"NoVersion", "GET /a\r\n\r\n", State::kError, 400},
        HeadCase{"LowerCaseMethod", "get /a HTTP/1.1\r\n\r\n", State::kError, 400},
        HeadCase{"HeaderWithoutColon", "GET /a HTTP/1.1\r\nHost a\r\n\r\n", State::kError, 400},
        HeadCase{"FoldedHeader", "GET /a HTTP/1.1\r\nX: a\r\n b\r\n\r\n", State::kError, 400},
        HeadCase{"TargetTooLong", "GET /" + std::string(100, 'a') + " HTTP/1.1\r\n\r\n", State::kError, 414},
        HeadCase{"TargetTooLongBeforeTheHeadEnds", "GET /" + std::string(100, 'a'), State::kError, 414},
        HeadCase{"HeadTooLong", "GET /a HTTP/1.1\r\nX: " + std::string(300, 'b') + "\r\n\r\n", State::kError, 431},
        HeadCase{"HeadTooLongBeforeItEnds", "GET /a HTTP/1.1\r\nX: " + std::string(300, 'b'), State::kError, 431}),
    [](const auto& info) { return info.param.name; });

TEST(RequestHeadFields, RepeatedHeadersAreJoinedAndNamesLowerCased) {
  const HeadParse parsed = ParseRequestHead("GET /a HTTP/1.1\r\nIf-None-Match: \"a\"\r\nif-none-match: W/\"b\"\r\n\r\n", 64, 256);
  EXPECT_EQ(parsed.request.headers.at("if-none-match"), "\"a\", W/\"b\"");
}

TEST(RequestHeadFields, ConsumedStopsAtTheBlankLine) {
  const std::string two = "GET /a HTTP/1.1\r\n\r\nGET /b HTTP/1.1\r\n\r\n";
  EXPECT_EQ(ParseRequestHead(two, 64, 256).consumed, two.size() / 2);
}

}  // namespace
}  // namespace keikaku::cli
