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
        SniffCase{"DigitGroupsInColumns", "予算 1,300 1,500\n決算 1,200 1,400\n", Format::kText},
        SniffCase{"CsvWithTitleBlankRowsAndRaggedRows",
                  "進行管理表\n\"\"\nNo,項目,目標,備考\n1,歳出,100\n2,職員数\n\"\"\n3,事務,200,済\n※注記\n", Format::kCsv},
        SniffCase{"CsvWithHeaderOverTwoRows", "取組\n,,実績,\nNo,項目,R1,R2\n1,歳出,100,120\n2,職員\n", Format::kCsv},
        SniffCase{"CsvWithUnbalancedQuote", "a,b\n1,\"2\n3,4\n", Format::kText},
        SniffCase{"Markdown", "# 章\n\n| a | b |\n|---|---|\n| 1 | 2 |\n", Format::kMarkdown},
        SniffCase{"PlainText", "第1章 総論\n本計画は、市の行政改革を進めるものである。\n", Format::kText},
        SniffCase{"Empty", "", Format::kText}),
    [](const ::testing::TestParamInfo<SniffCase>& info) { return std::string(info.param.name); });

struct NamedCase {
  const char* name;
  std::string text;
  const char* file_name;
  Format format;
};

class SniffNamed : public ::testing::TestWithParam<NamedCase> {};

TEST_P(SniffNamed, NameDecidesWhatContentLeavesOpen) {
  const NamedCase& c = GetParam();
  EXPECT_EQ(FormatName(SniffFormat(c.text, c.text, c.file_name)), FormatName(c.format));
}

constexpr const char* kTabsAmongText = "進行管理表\n\nNo\t項目\t目標\n1\t歳出削減\t100\n本文です。\n";
constexpr const char* kFewCommaRows = "No,項目\n本文です。\n本文です。\n本文です。\n1,歳出\n";
constexpr const char* kCleanCsv = "No,項目,目標\n1,歳出,100\n2,職員数,1300\n";
constexpr const char* kCleanTsv = "No\t項目\t目標\n1\t歳出\t100\n";

INSTANTIATE_TEST_SUITE_P(
    Extensions, SniffNamed,
    ::testing::Values(NamedCase{"TabsAmongTextNamedTsv", kTabsAmongText, "sheet.tsv", Format::kTsv},
                      NamedCase{"TabsAmongTextNamedTxt", kTabsAmongText, "sheet.txt", Format::kText},
                      NamedCase{"FewCommaRowsNamedCsv", kFewCommaRows, "dir.v2/sheet.CSV", Format::kCsv},
                      NamedCase{"FewCommaRowsUnnamed", kFewCommaRows, "", Format::kText},
                      NamedCase{"CleanCsvNamedTxt", kCleanCsv, "sheet.txt", Format::kCsv},
                      NamedCase{"CleanTsvNamedCsv", kCleanTsv, "sheet.csv", Format::kTsv},
                      NamedCase{"PlainTextNamedCsv", "第1章 総論\n本文です。\n", "sheet.csv", Format::kText},
                      NamedCase{"ZipNamedCsv", std::string("PK\x03\x04rest", 8), "sheet.csv", Format::kXlsx},
                      NamedCase{"TextNamedXlsx", "第1章 総論\n", "plan.xlsx", Format::kText}),
    [](const ::testing::TestParamInfo<NamedCase>& info) { return std::string(info.param.name); });

TEST(NameContradiction, XlsxThatIsNotAZipIsNamedAsSuch) {
  EXPECT_EQ(NameContradiction("dir/plan.XLSX", Format::kText),
            "named .xlsx but not a workbook: no ZIP signature (the content reads as text)");
}

TEST(NameContradiction, MatchingOrSilentNamesPass) {
  EXPECT_EQ(NameContradiction("plan.xlsx", Format::kXlsx), "");
  EXPECT_EQ(NameContradiction("plan.csv", Format::kText), "");
  EXPECT_EQ(NameContradiction("plan", Format::kCsv), "");
}

}  // namespace
}  // namespace keikaku::ingest
