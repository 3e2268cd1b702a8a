// Crash safety and concurrency: an import killed at any moment leaves a sound database that
// holds only whole documents and completes on a re-run; two importers at once both finish.
#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <future>
#include <map>
#include <sstream>
#include <thread>

#include "support/gold_scoring.h"
#include "support/shell.h"

namespace keikaku {
namespace {

using testing::KeikakuCommand;
using testing::Quote;
using testing::RunShell;
using testing::ScratchDir;

constexpr int kCopies = 12;  // of each corpus document: 60 documents in all

// path -> its keikaku/1 line, from `keikaku export --format jsonl`.
std::map<std::string, std::string> ExportByPath(const std::string& db) {
  const auto result = RunShell(KeikakuCommand("export --format jsonl --db " + Quote(db)));
  EXPECT_EQ(result.exit_code, 0) << result.errors;
  std::map<std::string, std::string> documents;
  std::istringstream lines(result.output);
  for (std::string line; std::getline(lines, line);) {
    const size_t at = line.find("\"file\":\"") + 8;
    documents[line.substr(at, line.find('"', at) - at)] = line;
  }
  return documents;
}

std::string IntegrityCheck(const std::string& db) {
  return RunShell(KeikakuCommand("query --format csv --db " + Quote(db) + " 'PRAGMA integrity_check'")).output;
}

class CrashSafety : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new ScratchDir;
    for (const char* name : {"kazo-gyosei-keiei-plan-2016.txt", "annaka-gyosei-kaikaku-jisshi-keikaku-2020.txt",
                             "honjo-sogo-keikaku-zenki-ch6.txt", "komoro-seika-setsumeisho-2019.txt",
                             "sakado-action-plan-shinko-kanri-2020.txt"}) {
      const std::string text = testing::ReadFileBytes(testing::CorpusPath(name));
      for (int copy = 0; copy < kCopies; ++copy) {
        dir_->Write("docs/" + std::to_string(copy) + "-" + name, text + "\n(copy " + std::to_string(copy) + ")\n");
      }
    }
    const std::string db = dir_->path() + "/reference.db";
    const auto result = RunShell(KeikakuCommand("ingest --quiet --db " + Quote(db) + " " + Quote(Docs())));
    ASSERT_EQ(result.exit_code, 0) << result.errors;
    reference_ = new std::map<std::string, std::string>(ExportByPath(db));
    ASSERT_EQ(reference_->size(), 5u * kCopies);
  }
  static void TearDownTestSuite() {
    delete reference_;
    delete dir_;
  }
  static std::string Docs() { return dir_->path() + "/docs"; }

  static inline ScratchDir* dir_ = nullptr;
  static inline std::map<std::string, std::string>* reference_ = nullptr;
};

class KilledImport : public CrashSafety, public ::testing::WithParamInterface<int> {};

TEST_P(KilledImport, LeavesWholeDocumentsAndCompletesOnRerun) {
  const std::string db = dir_->path() + "/killed-" + std::to_string(GetParam()) + ".db";
  const std::string ingest = KeikakuCommand("ingest --quiet --db " + Quote(db) + " " + Quote(Docs()));
  RunShell("(" + ingest + ") & pid=$!; sleep " + std::to_string(GetParam() / 1000.0) + "; kill -9 $pid; wait $pid");

  // Killed before it created the file (a slow build, a busy machine): nothing to check yet.
  if (std::filesystem::exists(db)) {
    EXPECT_NE(IntegrityCheck(db).find("ok"), std::string::npos);
    for (const auto& [path, line] : ExportByPath(db)) {
      ASSERT_TRUE(reference_->count(path)) << path;
      EXPECT_EQ(line, reference_->at(path)) << "half a document stored for " << path;
    }
  }
  const auto rerun = RunShell(ingest);
  ASSERT_EQ(rerun.exit_code, 0) << rerun.errors;
  EXPECT_EQ(ExportByPath(db), *reference_);
}

INSTANTIATE_TEST_SUITE_P(AtSeveralMoments, KilledImport, ::testing::Values(30, 120, 300, 700, 1500),
                         [](const auto& info) { return "After" + std::to_string(info.param) + "ms"; });

TEST_F(CrashSafety, TwoImportersAtOnceBothFinish) {
  const std::string db = dir_->path() + "/shared.db";
  const std::string ingest = KeikakuCommand("ingest --quiet --jobs 1 --db " + Quote(db) + " " + Quote(Docs()));
  const auto result = RunShell("(" + ingest + ") & a=$!; (" + ingest + ") & b=$!; wait $a; ea=$?; wait $b; eb=$?; "
                               "echo \"$ea $eb\"");
  EXPECT_EQ(result.output, "0 0\n") << result.errors;
  EXPECT_NE(IntegrityCheck(db).find("ok"), std::string::npos);
  EXPECT_EQ(ExportByPath(db), *reference_);
}

// A second importer keeps trying while another writer holds the lock for longer than one
// attempt's busy timeout (10 s): SQLite's polling can miss every gap between the first
// importer's documents, so a whole long import is what the second one may have to wait out.
TEST_F(CrashSafety, ImporterWaitsOutAWriterHoldingTheLockPastTheBusyTimeout) {
  const std::string db = dir_->path() + "/held.db";
  SQLite::Database holder(db, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  holder.exec("PRAGMA journal_mode = WAL");
  holder.exec("BEGIN IMMEDIATE");
  auto import = std::async(std::launch::async, [&] {
    return RunShell(KeikakuCommand("ingest --quiet --jobs 1 --db " + Quote(db) + " " + Quote(Docs())));
  });
  std::this_thread::sleep_for(std::chrono::seconds(12));
  holder.exec("COMMIT");
  const auto result = import.get();
  EXPECT_EQ(result.exit_code, 0) << result.errors;
  EXPECT_EQ(ExportByPath(db), *reference_);
}

TEST_F(CrashSafety, ChangedFileReplacesItsRecords) {
  ScratchDir scratch;
  const std::string db = scratch.path() + "/k.db";
  const std::string text = testing::ReadFileBytes(testing::CorpusPath("honjo-sogo-keikaku-zenki-ch6.txt"));
  const std::string file = scratch.Write("plan.txt", text);
  ASSERT_EQ(RunShell(KeikakuCommand("ingest --quiet --db " + Quote(db) + " " + Quote(file))).exit_code, 0);
  scratch.Write("plan.txt", text.substr(0, text.size() / 2));
  const auto second = RunShell(KeikakuCommand("ingest --db " + Quote(db) + " " + Quote(file)));
  ASSERT_EQ(second.exit_code, 0) << second.errors;
  EXPECT_NE(second.output.find("replaced"), std::string::npos) << second.output;
  EXPECT_EQ(ExportByPath(db).size(), 1u);
}

TEST_F(CrashSafety, RemovedFileIsPrunedOnlyWhenAsked) {
  ScratchDir scratch;
  const std::string db = scratch.path() + "/k.db";
  const std::string text = testing::ReadFileBytes(testing::CorpusPath("honjo-sogo-keikaku-zenki-ch6.txt"));
  scratch.Write("docs/a.txt", text);
  const std::string gone = scratch.Write("docs/b.txt", text + "\n");
  const std::string docs = Quote(scratch.path() + "/docs");
  ASSERT_EQ(RunShell(KeikakuCommand("ingest --quiet --db " + Quote(db) + " " + docs)).exit_code, 0);
  std::filesystem::remove(gone);
  ASSERT_EQ(RunShell(KeikakuCommand("ingest --quiet --db " + Quote(db) + " " + docs)).exit_code, 0);
  EXPECT_EQ(ExportByPath(db).size(), 2u);
  const auto pruned = RunShell(KeikakuCommand("ingest --prune --db " + Quote(db) + " " + docs));
  ASSERT_EQ(pruned.exit_code, 0) << pruned.errors;
  EXPECT_NE(pruned.output.find("pruned"), std::string::npos) << pruned.output;
  EXPECT_EQ(ExportByPath(db).size(), 1u);
}

}  // namespace
}  // namespace keikaku
