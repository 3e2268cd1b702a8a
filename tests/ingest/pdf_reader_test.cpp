// Reading PDFs through ReadGrid: the KPI fixture's table as rows, and each bad PDF named
// with its reason by the child process (tests/ingest/pdf/make_fixtures.py made them).
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "keikaku/ingest/formats.h"
#include "ingest/ingest_test_util.h"
#include "support/gold_scoring.h"

namespace keikaku::ingest {
namespace {

std::string Fixture(const std::string& name) {
  return keikaku::testing::ReadFileBytes(KEIKAKU_SOURCE_DIR "/tests/ingest/pdf/" + name);
}

GridResult ReadPdf(const std::string& name, const ReadLimits& limits = {}) {
  const std::string bytes = Fixture(name);
  return ReadGrid(Format::kPdf, bytes, "", limits);
}

TEST(PdfReader, SniffsPdfByItsSignature) { EXPECT_EQ(SniffFormat(Fixture("kpi.pdf"), ""), Format::kPdf); }

// Rows the KPI fixture must give, each for one thing the layout does.
struct KpiRow {
  const char* name;
  const char* row;
};

class PdfReaderKpiPage : public ::testing::TestWithParam<KpiRow> {
 protected:
  static void SetUpTestSuite() {
    const GridResult result = ReadPdf("kpi.pdf");
    ASSERT_TRUE(result.ok) << result.error;
    rows_ = new std::vector<std::string>(testing::RowTexts(result.grid));
  }
  static void TearDownTestSuite() {
    delete rows_;
    rows_ = nullptr;
  }
  static std::vector<std::string>* rows_;
};

std::vector<std::string>* PdfReaderKpiPage::rows_ = nullptr;

TEST_P(PdfReaderKpiPage, HasTheRow) {
  ASSERT_NE(rows_, nullptr);
  EXPECT_NE(std::find(rows_->begin(), rows_->end(), GetParam().row), rows_->end())
      << ::testing::PrintToString(*rows_);
}

INSTANTIATE_TEST_SUITE_P(
    Fixture, PdfReaderKpiPage,
    ::testing::Values(
        KpiRow{"TwoLineHeaderIsOneRow", "重要業績評価指標（ＫＰＩ） | 現状値（2014 年度） | 目標値（2019 年度）"},
        KpiRow{"NameWrappedAroundItsValuesIsOneCell", "バイオガスプラント事業関連就業者数 | － | ５年間で１人"},
        KpiRow{"BlankBaselineStaysABlankCell", "新規就農者数 |  | ５年間で３人"},
        KpiRow{"ShadowedHeadingIsReadOnce", "２．卒業生のための雇用の場の創出"},
        KpiRow{"VerticalRowLabelIsOneCell", "人口動態 | 転入者数 | 120 | 130"},
        KpiRow{"AuthorComesFirst", "北海道音威子府村"}),
    [](const ::testing::TestParamInfo<KpiRow>& info) { return std::string(info.param.name); });

TEST(PdfReader, RowsCarryPageAndPrintedPageNumber) {
  const GridResult result = ReadPdf("kpi.pdf");
  ASSERT_TRUE(result.ok) << result.error;
  const GridRow& last = result.grid.rows.back();
  EXPECT_EQ(last.page, 1);
  EXPECT_EQ(last.printed_page, 8);
  const std::vector<std::string> rows = testing::RowTexts(result.grid);
  EXPECT_EQ(std::find(rows.begin(), rows.end(), "8"), rows.end());
}

TEST(PdfReader, TitleAndAuthorAreRead) {
  const GridResult result = ReadPdf("kpi.pdf");
  ASSERT_TRUE(result.ok) << result.error;
  EXPECT_EQ(result.grid.title, "北海道音威子府村まち・ひと・しごと創生総合戦略");
  EXPECT_EQ(result.grid.author, "北海道音威子府村");
}

TEST(PdfReader, PageLimitIsChecked) {
  ReadLimits limits;
  limits.max_pdf_pages = 0;
  const GridResult result = ReadPdf("kpi.pdf", limits);
  ASSERT_FALSE(result.ok);
  EXPECT_EQ(result.error, "too many pages: 1 (limit 0)");
}

struct BadPdf {
  const char* file;
  const char* reason;  // the start of the error
};

class PdfReaderBadInput : public ::testing::TestWithParam<BadPdf> {};

TEST_P(PdfReaderBadInput, IsNamedWithItsReason) {
  ReadLimits limits;  // tight, so the bomb stops within seconds
  limits.pdf_cpu_seconds = 2;
  limits.pdf_wall_seconds = 4;
  limits.pdf_memory_bytes = 256u << 20;
  const GridResult result = ReadPdf(GetParam().file, limits);
  ASSERT_FALSE(result.ok);
  EXPECT_TRUE(result.error.starts_with(GetParam().reason)) << result.error;
}

INSTANTIATE_TEST_SUITE_P(
    Fixtures, PdfReaderBadInput,
    ::testing::Values(BadPdf{"truncated.pdf", "damaged PDF"}, BadPdf{"encrypted.pdf", "encrypted PDF: needs a password"},
                      BadPdf{"image-only.pdf", "no text layer: scanned image; keikaku does not OCR"},
                      BadPdf{"bomb.pdf", "PDF reader"}),
    [](const ::testing::TestParamInfo<BadPdf>& info) {
      std::string name = info.param.file;
      name = name.substr(0, name.find('.'));
      std::erase(name, '-');
      return name;
    });

TEST(PdfReader, GarbageAfterTheSignatureIsADamagedPdf) {
  const GridResult result = ReadGrid(Format::kPdf, "%PDF-1.7\nnot a pdf at all", "");
  ASSERT_FALSE(result.ok);
  EXPECT_TRUE(result.error.starts_with("damaged PDF")) << result.error;
}

}  // namespace
}  // namespace keikaku::ingest
