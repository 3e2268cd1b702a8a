// A batch of PDFs with text beside them: the good ones import, each bad one fails alone with
// its reason, and nothing takes the batch down.
#include <gtest/gtest.h>

#include <Poco/TemporaryFile.h>

#include <filesystem>
#include <fstream>

#include "keikaku/ingest/ingest.h"

namespace keikaku::ingest {
namespace {

namespace fs = std::filesystem;

TEST(PdfIngest, BadPdfsFailAloneWithTheirReasons) {
  Poco::TemporaryFile dir;
  const fs::path folder = dir.path();
  fs::create_directories(folder / "docs");
  for (const char* name : {"kpi.pdf", "truncated.pdf", "encrypted.pdf", "image-only.pdf", "bomb.pdf"}) {
    fs::copy_file(fs::path(KEIKAKU_SOURCE_DIR "/tests/ingest/pdf") / name, folder / "docs" / name);
  }
  std::ofstream(folder / "docs" / "plan.txt") << "第3次行政改革大綱\n";
  IngestOptions options;
  options.db_path = (folder / "k.db").string();
  options.jobs = 2;
  // The bomb stops at 2 CPU seconds; the wall clock leaves the good PDF room on a loaded machine.
  options.read_limits.pdf_cpu_seconds = 2;
  options.read_limits.pdf_wall_seconds = 10;
  const IngestSummary summary = Ingest(CollectFiles({(folder / "docs").string()}), options);
  std::map<std::string, std::string> failures;
  std::string described;
  for (const FileReport& report : summary.files) {
    if (report.outcome != FileOutcome::kFailed) continue;
    failures[fs::path(report.path).filename().string()] = report.detail;
    described += report.path + ": " + report.detail + "\n";
  }
  EXPECT_EQ(summary.imported, 2) << described;
  ASSERT_EQ(failures.size(), 4u) << described;
  EXPECT_TRUE(failures["truncated.pdf"].starts_with("damaged PDF")) << failures["truncated.pdf"];
  EXPECT_TRUE(failures["encrypted.pdf"].starts_with("encrypted PDF")) << failures["encrypted.pdf"];
  EXPECT_TRUE(failures["image-only.pdf"].starts_with("no text layer")) << failures["image-only.pdf"];
  EXPECT_TRUE(failures["bomb.pdf"].starts_with("PDF reader")) << failures["bomb.pdf"];
}

// Each PDF is read in a process of its own while the other worker threads allocate, parse and
// write: a reader forked from this threaded process once waited forever on a lock another
// thread held at the fork (the allocator's, under AddressSanitizer), one run in ten.
TEST(PdfIngest, ManyPdfsReadBesideOtherWorkAllImport) {
  Poco::TemporaryFile dir;
  const fs::path folder = dir.path();
  fs::create_directories(folder / "docs");
  constexpr int kPdfs = 12;
  for (int i = 0; i < kPdfs; ++i) {
    fs::copy_file(fs::path(KEIKAKU_SOURCE_DIR "/tests/ingest/pdf/kpi.pdf"), folder / "docs" / ("kpi-" + std::to_string(i) + ".pdf"));
    fs::copy_file(fs::path(KEIKAKU_SOURCE_DIR "/corpus/annaka-gyosei-kaikaku-jisshi-keikaku-2020.txt"),
                  folder / "docs" / ("plan-" + std::to_string(i) + ".txt"));
  }
  IngestOptions options;
  options.db_path = (folder / "k.db").string();
  options.jobs = 2;
  const IngestSummary summary = Ingest(CollectFiles({(folder / "docs").string()}), options);
  std::string described;
  for (const FileReport& report : summary.files) {
    if (report.outcome == FileOutcome::kFailed) described += report.path + ": " + report.detail + "\n";
  }
  EXPECT_EQ(summary.imported, 2 * kPdfs) << described;
}

}  // namespace
}  // namespace keikaku::ingest
