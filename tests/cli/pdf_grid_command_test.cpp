// keikaku pdf-grid: the rows a PDF becomes, as 'page:line[printed]: cell | cell'.
#include <gtest/gtest.h>

#include <string>

#include "support/shell.h"

namespace keikaku {
namespace {

using testing::KeikakuCommand;
using testing::Quote;
using testing::RunShell;

std::string Fixture(const std::string& name) { return Quote(KEIKAKU_SOURCE_DIR "/tests/ingest/pdf/" + name); }

TEST(PdfGridCommand, PrintsRowsWithPageLineAndPrintedPage) {
  const auto result = RunShell(KeikakuCommand("pdf-grid " + Fixture("kpi.pdf")));
  EXPECT_EQ(result.exit_code, 0) << result.errors;
  EXPECT_NE(result.output.find("[8]: 重要業績評価指標（ＫＰＩ） | 現状値（2014 年度） | 目標値（2019 年度）\n"),
            std::string::npos)
      << result.output;
  EXPECT_EQ(result.output.rfind("# title: ", 0), 0u) << result.output;
}

TEST(PdfGridCommand, UnreadablePdfExitsOneWithItsReason) {
  const auto result = RunShell(KeikakuCommand("pdf-grid " + Fixture("encrypted.pdf")));
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.errors.find("encrypted.pdf: encrypted PDF: needs a password"), std::string::npos) << result.errors;
}

}  // namespace
}  // namespace keikaku
