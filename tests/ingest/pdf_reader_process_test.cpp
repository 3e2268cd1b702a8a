// keikaku-pdf-reader, the process every PDF is read in: its grid is the in-process reader's,
// and it refuses arguments it cannot read.
#include "../../ingest/pdf_process.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "ingest/ingest_test_util.h"
#include "keikaku/ingest/formats.h"
#include "support/shell.h"

namespace keikaku::ingest {
namespace {

using keikaku::testing::Quote;
using keikaku::testing::RunShell;

const std::string kFixture = KEIKAKU_SOURCE_DIR "/tests/ingest/pdf/kpi.pdf";

std::string ReaderCommand(const std::vector<std::string>& arguments) {
  std::string command = Quote(KEIKAKU_PDF_READER);
  for (const std::string& argument : arguments) command += " " + Quote(argument);
  return command;
}

// The grid keikaku-pdf-reader writes is the one ingest reads through ReadGrid. (Reading in
// this process would leave fontconfig's process-long allocations to LeakSanitizer.)
TEST(PdfReaderProcess, GivesTheGridIngestReads) {
  std::ifstream in(kFixture, std::ios::binary);
  std::ostringstream pdf;
  pdf << in.rdbuf();
  const ReadLimits limits;
  // RunShell gives the command /dev/null as its input: the PDF comes through a pipe inside it.
  const auto run = RunShell("{ cat " + Quote(kFixture) + " | " + ReaderCommand(PdfReaderArguments(limits)) + "; }");
  ASSERT_EQ(run.exit_code, 0) << run.errors;
  GridResult spawned;
  ASSERT_TRUE(DeserializeGrid(run.output, spawned));
  ASSERT_TRUE(spawned.ok) << spawned.error;
  const std::vector<std::string> rows = testing::RowTexts(spawned.grid);
  EXPECT_NE(std::find(rows.begin(), rows.end(), "新規就農者数 |  | ５年間で３人"), rows.end());
  const GridResult ingested = ReadGrid(Format::kPdf, pdf.str(), "", limits);
  EXPECT_EQ(spawned.grid.title, ingested.grid.title);
  EXPECT_EQ(spawned.grid.author, ingested.grid.author);
  EXPECT_TRUE(spawned.grid.rows == ingested.grid.rows);
}

TEST(PdfReaderProcess, ReportsThePdfsErrorInTheGrid) {
  const auto run = RunShell(ReaderCommand(PdfReaderArguments({})));  // no bytes at all
  ASSERT_EQ(run.exit_code, 0) << run.errors;
  GridResult result;
  ASSERT_TRUE(DeserializeGrid(run.output, result));
  EXPECT_FALSE(result.ok);
  EXPECT_TRUE(result.error.starts_with("damaged PDF")) << result.error;
}

TEST(PdfReaderProcess, RefusesArgumentsItCannotRead) {
  const auto run = RunShell(ReaderCommand({"2000", "many"}));
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.errors.find("usage: keikaku-pdf-reader"), std::string::npos) << run.errors;
  EXPECT_TRUE(run.output.empty());
}

TEST(GridWire, DamagedBytesAreRefused) {
  GridResult result;
  result.ok = true;
  result.grid.rows.push_back({3, RowKind::kText, {"現状値", "目標値"}, 1, 1});
  const std::string bytes = SerializeGrid(result);
  GridResult back;
  ASSERT_TRUE(DeserializeGrid(bytes, back));
  EXPECT_EQ(back.grid.rows.at(0).cells, result.grid.rows[0].cells);
  EXPECT_FALSE(DeserializeGrid(bytes.substr(0, bytes.size() - 3), back));
}

}  // namespace
}  // namespace keikaku::ingest
