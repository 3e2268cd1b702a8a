// Many small files on many workers at once: every file is read, hashed, parsed and stored.
#include <gtest/gtest.h>

#include <Poco/TemporaryFile.h>

#include <filesystem>
#include <fstream>

#include "keikaku/ingest/ingest.h"

namespace keikaku::ingest {
namespace {

TEST(ParallelIngest, EightWorkersOnAThousandTinyFilesStoreThemAll) {
  Poco::TemporaryFile dir;
  const std::filesystem::path folder = dir.path();
  std::filesystem::create_directories(folder / "docs");
  constexpr int kFiles = 1000;
  for (int i = 0; i < kFiles; ++i) {
    std::ofstream(folder / "docs" / (std::to_string(i) + ".txt")) << "第" << i << "次行政改革大綱\n";
  }
  IngestOptions options;
  options.db_path = (folder / "k.db").string();
  options.jobs = 8;
  const IngestSummary summary = Ingest(CollectFiles({(folder / "docs").string()}), options, nullptr);
  EXPECT_EQ(summary.imported, kFiles);
  EXPECT_EQ(summary.failed, 0);
}

}  // namespace
}  // namespace keikaku::ingest
