// The JSON API, started on an ephemeral loopback port and queried over HTTP.
#include <gtest/gtest.h>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>
#include <Poco/TemporaryFile.h>

#include <filesystem>
#include <memory>

#include "http_api.h"
#include "keikaku/ingest/ingest.h"

namespace keikaku::cli {
namespace {

struct ClientAnswer {
  int status = 0;
  std::string body;
  std::string etag;
  std::string cors;
};

// One database of the corpus and one server for the whole suite: ingesting is the slow part.
class HttpApi : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new Poco::TemporaryFile;
    std::filesystem::create_directories(dir_->path());
    options_.db_path = dir_->path() + "/k.db";
    options_.max_page = 50;
    ingest::IngestOptions ingest_options;
    ingest_options.db_path = options_.db_path;
    ingest::Ingest(ingest::CollectFiles({std::string(KEIKAKU_SOURCE_DIR) + "/corpus"}), ingest_options);
    server_ = HttpServer::Start("127.0.0.1", 0, HttpServerLimits{}, [](const HttpRequest& request) {
                return AnswerHttp(request, options_);
              }).release();
  }
  static void TearDownTestSuite() {
    delete server_;
    delete dir_;
  }

  static ClientAnswer Get(const std::string& uri, const std::string& if_none_match = "") {
    Poco::Net::HTTPClientSession session("127.0.0.1", server_->port());
    Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_GET, uri, Poco::Net::HTTPMessage::HTTP_1_1);
    if (!if_none_match.empty()) request.set("If-None-Match", if_none_match);
    session.sendRequest(request);
    Poco::Net::HTTPResponse response;
    std::istream& in = session.receiveResponse(response);
    ClientAnswer answer;
    answer.status = response.getStatus();
    Poco::StreamCopier::copyToString(in, answer.body);
    answer.etag = response.get("ETag", "");
    answer.cors = response.get("Access-Control-Allow-Origin", "");
    return answer;
  }

  static Poco::JSON::Array::Ptr Items(const ClientAnswer& answer) {
    Poco::JSON::Parser parser;
    return parser.parse(answer.body).extract<Poco::JSON::Object::Ptr>()->getArray("items");
  }

  static inline Poco::TemporaryFile* dir_ = nullptr;
  static inline ApiOptions options_;
  static inline HttpServer* server_ = nullptr;
  friend const ApiOptions& HttpApiTestOptions();
};

const ApiOptions& HttpApiTestOptions() { return HttpApi::options_; }

TEST_F(HttpApi, DocumentsListsTheCorpus) {
  const ClientAnswer answer = Get("/api/documents");
  ASSERT_EQ(answer.status, 200) << answer.body;
  EXPECT_EQ(Items(answer)->size(), 5u);
  EXPECT_EQ(answer.cors, "*");
}

TEST_F(HttpApi, MeasuresPaginate) {
  const auto first = Items(Get("/api/measures?limit=10&offset=0"));
  const auto second = Items(Get("/api/measures?limit=10&offset=10"));
  ASSERT_EQ(first->size(), 10u);
  ASSERT_EQ(second->size(), 10u);
  EXPECT_NE(first->getObject(0)->getValue<long long>("id"), second->getObject(0)->getValue<long long>("id"));
}

TEST_F(HttpApi, LimitAboveTheCapIsBadRequest) {
  EXPECT_EQ(Get("/api/measures?limit=100000").status, 400);
}

TEST_F(HttpApi, NonNumericOffsetIsBadRequest) {
  EXPECT_EQ(Get("/api/measures?offset=abc").status, 400);
}

TEST_F(HttpApi, ParameterCarryingSqlMatchesNothing) {
  const ClientAnswer answer = Get("/api/measures?municipality=%27%20OR%201%3D1%20--");
  ASSERT_EQ(answer.status, 200);
  EXPECT_EQ(Items(answer)->size(), 0u);
}

TEST_F(HttpApi, DotDotPathIsNotServed) {
  EXPECT_EQ(Get("/api/../../etc/passwd").status, 404);
  EXPECT_EQ(Get("/api/export/..%2F..%2Fetc%2Fpasswd").status, 400);  // not a document id
}

TEST_F(HttpApi, UnknownPathIsNotFound) { EXPECT_EQ(Get("/index.html").status, 404); }

TEST_F(HttpApi, ExportReturnsKeikakuJson) {
  const auto documents = Items(Get("/api/documents"));
  const long long id = documents->getObject(0)->getValue<long long>("id");
  const ClientAnswer answer = Get("/api/export/" + std::to_string(id));
  ASSERT_EQ(answer.status, 200);
  Poco::JSON::Parser parser;
  const auto document = parser.parse(answer.body).extract<Poco::JSON::Object::Ptr>();
  EXPECT_EQ(document->getValue<std::string>("schema"), "keikaku/1");
}

TEST_F(HttpApi, ExportOfMissingDocumentIsNotFound) { EXPECT_EQ(Get("/api/export/999999").status, 404); }

TEST_F(HttpApi, SearchWithoutQueryIsBadRequest) { EXPECT_EQ(Get("/api/search").status, 400); }

TEST_F(HttpApi, SearchFindsJapaneseText) {
  const ClientAnswer answer = Get("/api/search?q=" + std::string("%E7%AA%93%E5%8F%A3"));  // 窓口
  ASSERT_EQ(answer.status, 200) << answer.body;
  EXPECT_GT(Items(answer)->size(), 0u);
}

TEST_F(HttpApi, CompareNeedsConceptOrIndicator) { EXPECT_EQ(Get("/api/compare").status, 400); }

TEST_F(HttpApi, UnchangedDatabaseAnswersNotModified) {
  const ClientAnswer first = Get("/api/documents");
  ASSERT_FALSE(first.etag.empty());
  EXPECT_EQ(Get("/api/documents", first.etag).status, 304);
}

// AnswerHttp without a socket, on the suite's database.
HttpAnswer Answer(const std::string& method, const std::string& target,
                  std::map<std::string, std::string> headers = {}) {
  HttpRequest request;
  request.method = method;
  request.target = target;
  request.version = "HTTP/1.1";
  request.headers = std::move(headers);
  return AnswerHttp(request, HttpApiTestOptions());
}

std::string HeaderOf(const HttpAnswer& answer, const std::string& name) {
  for (const auto& [key, value] : answer.headers) {
    if (key == name) return value;
  }
  return "";
}

TEST_F(HttpApi, IfNoneMatchListWithTheTagIsNotModified) {
  const std::string etag = HeaderOf(Answer("GET", "/api/documents"), "ETag");
  EXPECT_EQ(Answer("GET", "/api/documents", {{"if-none-match", "\"other\", " + etag}}).status, 304);
}

TEST_F(HttpApi, WeakIfNoneMatchIsNotModified) {
  const std::string etag = HeaderOf(Answer("GET", "/api/documents"), "ETag");
  EXPECT_EQ(Answer("GET", "/api/documents", {{"if-none-match", "W/" + etag}}).status, 304);
}

TEST_F(HttpApi, OtherTagIsAnsweredInFull) {
  EXPECT_EQ(Answer("GET", "/api/documents", {{"if-none-match", "\"g0\""}}).status, 200);
}

TEST_F(HttpApi, PreflightIsAnsweredWithTheAllowedMethods) {
  const HttpAnswer answer = Answer("OPTIONS", "/api/documents", {{"origin", "http://dash"}});
  EXPECT_EQ(answer.status, 204);
  EXPECT_NE(HeaderOf(answer, "Access-Control-Allow-Methods").find("GET"), std::string::npos);
  EXPECT_EQ(HeaderOf(answer, "Access-Control-Allow-Origin"), "*");
}

TEST_F(HttpApi, EtagIsExposedToCorsClients) {
  EXPECT_EQ(HeaderOf(Answer("GET", "/api/concepts"), "Access-Control-Expose-Headers"), "ETag");
}

TEST_F(HttpApi, ExportOfANonNumericIdIsBadRequest) { EXPECT_EQ(Answer("GET", "/api/export/abc").status, 400); }

TEST_F(HttpApi, SearchLongerThanTheCapIsBadRequest) {
  EXPECT_EQ(Answer("GET", "/api/search?q=" + std::string(300, 'a')).status, 400);
}

TEST_F(HttpApi, HeadHasNoBody) { EXPECT_FALSE(Answer("HEAD", "/api/concepts").send_body); }

TEST_F(HttpApi, EtagChangesWhenTheDatabaseFileIsReplaced) {
  ApiOptions options = HttpApiTestOptions();
  const std::string copy = options.db_path + ".copy";
  std::filesystem::copy_file(options.db_path, copy);
  options.db_path = copy;
  HttpRequest request{"GET", "/api/concepts", "HTTP/1.1", {}, ""};
  const std::string before = HeaderOf(AnswerHttp(request, options), "ETag");
  std::filesystem::copy_file(HttpApiTestOptions().db_path, copy + ".new");
  std::filesystem::rename(copy + ".new", copy);
  EXPECT_NE(HeaderOf(AnswerHttp(request, options), "ETag"), before);
  std::filesystem::remove(copy);
}

TEST(HttpApiHandler, PostIsMethodNotAllowed) {
  ApiOptions options;
  options.db_path = "/nonexistent.db";
  EXPECT_EQ(HandleApiRequest({"POST", "/api/documents", {}}, options).status, 405);
}

TEST(HttpApiHandler, MissingDatabaseIsInternalErrorWithoutDetails) {
  ApiOptions options;
  options.db_path = "/nonexistent/k.db";
  const ApiResponse response = HandleApiRequest({"GET", "/api/documents", {}}, options);
  EXPECT_EQ(response.status, 500);
  EXPECT_EQ(response.body.find("nonexistent"), std::string::npos);
}

}  // namespace
}  // namespace keikaku::cli
