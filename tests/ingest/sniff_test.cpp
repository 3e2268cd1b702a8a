#include <gtest/gtest.h>

#include "ingest/ingest_test_util.h"
#include "keikaku/ingest/formats.h"

namespace keikaku::ingest {
namespace {

struct CorpusCase {
  const char* document;
  Format format;
};

class SniffCorpus : public ::testing::TestWithParam<CorpusCase> {};

// PDF-converted text has tabs too, among lines of running text: never a sheet.
TEST_P(SniffCorpus, PdfConvertedTextIsTextOrMarkdown) {
  const std::string text = testing::ReadCorpus(GetParam().document);
  EXPECT_EQ(FormatName(SniffFormat(text, text)), FormatName(GetParam().format));
}

INSTANTIATE_TEST_SUITE_P(Corpus, SniffCorpus,
                         ::testing::Values(CorpusCase{"kazo-gyosei-keiei-plan-2016.txt", Format::kText},
                                           CorpusCase{"annaka-gyosei-kaikaku-jisshi-keikaku-2020.txt", Format::kText},
                                           CorpusCase{"honjo-sogo-keikaku-zenki-ch6.txt", Format::kMarkdown},
                                           CorpusCase{"komoro-seika-setsumeisho-2019.txt", Format::kText},
                                           CorpusCase{"sakado-action-plan-shinko-kanri-2020.txt", Format::kText}));

struct SniffCase {
  const char* name;
  std::string text;
  Format format;
};

class Sniff : public ::testing::TestWithParam<SniffCase> {};

TEST_P(Sniff, DecidesByContent) {
  EXPECT_EQ(FormatName(SniffFormat(GetParam().text, GetParam().text)), FormatName(GetParam().format));
}

INSTANTIATE_TEST_SUITE_P(
    Shapes, Sniff,
    ::testing::Values(
        SniffCase{"Zip", std::string("PK\x03\x04rest", 8), Format::kXlsx},
        SniffCase{"HtmlTable", "<html><body><table><tr><td>a</td></tr></table></body></html>", Format::kHtml},
        SniffCase{"HtmlFragment", "\n<table>\n<tr><td>a</td><td>b</td></tr>\n</table>\n", Format::kHtml},
        SniffCase{"Csv", "No,項目,目標\n1,\"歳出削減, 見直し\",100\n2,職員数,\"1,300\"\n", Format::kCsv},
        SniffCase{"CsvEmbeddedNewline", "a,b,c\n1,\"x\ny\",3\n4,5,6\n", Format::kCsv},
        SniffCase{"Tsv", "No\t項目\t目標\n1\t歳出削減\t100\n2\t職員数\t1300\n", Format::kTsv},
        SniffCase{"PaddedTsvWithTitle", "進行管理表\t\t\n\t\t\nNo\t項目\t目標\n1\t歳出\t100\n", Format::kTsv},
        SniffCase{"TextWithSomeTabs", "進行管理表\n\nNo\t項目\t目標\n1\t歳出削減\t100\n本文です。\n", Format::kText},
        SniffCase{"TextWithCommas", "令和2年度は1,300件、\n前年度は1,200件であった。\n以上\n", Format::kText},
        SniffCase{"Markdown", "# 章\n\n| a | b |\n|---|---|\n| 1 | 2 |\n", Format::kMarkdown},
        SniffCase{"PlainText", "第1章 総論\n本計画は、市の行政改革を進めるものである。\n", Format::kText},
        SniffCase{"Empty", "", Format::kText}),
    [](const ::testing::TestParamInfo<SniffCase>& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace keikaku::ingest
