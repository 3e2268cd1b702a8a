// NormalizeText, StripHtml, the space helpers and SplitHeading as tables.
#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "keikaku/normalize/text.h"
#include "normalize/full_width.h"

namespace keikaku::normalize {
namespace {

using testing::WithFullWidthTwins;

struct TextRow {
  std::string name;
  std::string input;
  std::string expected;
  bool twin = true;
};

std::vector<TextRow> NormalizeRows() {
  return WithFullWidthTwins(std::vector<TextRow>{
      // NFKC.
      {"AsciiUnchanged", "Plan 2020", "Plan 2020"},
      {"FullWidthDigits", "１２３", "123", false},
      {"FullWidthLetters", "ＩＣＴ", "ICT", false},
      {"FullWidthBrackets", "件数（年間）", "件数(年間)", false},
      {"FullWidthPercentColon", "達成率：７２％", "達成率:72%", false},
      {"HalfWidthKana", "ｶﾀｶﾅ", "カタカナ"},
      {"HalfWidthKanaVoiced", "ﾃﾞｰﾀ", "データ"},
      {"KeepsBlackTriangle", "▲554", "▲554"},
      {"KeepsWhiteTriangle", "△1.5", "△1.5"},
      {"KeepsWaveDash", "R2〜R6", "R2〜R6"},
      {"FullWidthTilde", "R2～R6", "R2~R6", false},
      {"CircledDigitsBecomeDigits", "①地図", "1地図"},
      {"EraSquare", "㍻30年", "平成30年"},
      {"UnitSquare", "10㎞", "10km"},
      {"Kanji", "市民満足度", "市民満足度"},
      // White space.
      {"IdeographicSpace", "設定　理由", "設定 理由", false},
      {"SpaceRun", "a   b", "a b"},
      {"TabsAndNewlines", "a\t\nb", "a b"},
      {"Trim", "  a b  ", "a b"},
      {"NoBreakSpace", "a\u00a0b", "a b"},
      {"OnlySpaces", " \t ", ""},
      {"Empty", "", ""},
      {"CarriageReturn", "行\r\n次", "行 次"},
      // HTML residue.
      {"SupFootnoteAndPadding", "職員提案制度 <sup>※</sup> 件数（年間）", "職員提案制度件数(年間)", false},
      {"SupPaddingBefore", "高ストレス <sup>※</sup> と判定される", "高ストレスと判定される", false},
      {"RubyReadingInSup", "舵取り<sup>かじ</sup>を", "舵取りを", false},
      {"RubyElement", "<ruby>橋梁<rt>きょうりょう</rt></ruby>", "橋梁", false},
      {"RubyWithRp", "<ruby>漢<rp>(</rp><rt>かん</rt><rp>)</rp></ruby>字", "漢字", false},
      {"SupAsterisk", "指定管理者制度<sup>*</sup>", "指定管理者制度", false},
      {"Break", "0人<br>(移動均衡)", "0人 (移動均衡)", false},
      {"BreakSelfClosing", "a<br/>b", "a b", false},
      {"Paragraphs", "<p>一</p><p>二</p>", "一 二", false},
      {"ListItems", "<ul><li style=\"x\">一</li><li>二</li></ul>", "一 二", false},
      {"Bold", "<b>重点</b>施策", "重点施策", false},
      {"Ampersand", "A&amp;B", "A&B", false},
      {"NumericEntity", "&#x2460;", "1", false},
      {"NbspEntity", "a&nbsp;b", "a b", false},
      {"LooseAmpersand", "A & B", "A & B", false},
      {"LessThanText", "a < b", "a < b", false},
      {"AngleBracketIndex", "<カ行>", "<カ行>", false},
      {"LessThanFigure", "<10%", "<10%", false},
      {"TextThenParagraph", "前文<p>本文</p>", "前文 本文", false},
      {"LongListItems", "<ul style=\"list-style-type: none\"><li>市民の意見を聴く場の実施回数を増やします</li><li>二つ目の項目の説明文です</li></ul>",
       "市民の意見を聴く場の実施回数を増やします 二つ目の項目の説明文です", false},
      {"LongSupDropped", "職員提案制度の説明文です <sup>※注釈として付けられた長い説明文</sup> 件数（年間）の推移を示す",
       "職員提案制度の説明文です件数(年間)の推移を示す", false},
      {"PrivateUseKept", "\uE000印の説明文章テキスト<b>太字の長い文章部分です</b>", "\uE000印の説明文章テキスト太字の長い文章部分です", false},
      {"LongRunWithQuote", "<p>引用符\"を含む長い文章の段落です</p>", "引用符\"を含む長い文章の段落です", false},
      // Markdown residue.
      {"EscapedAsterisk", "ICT\\*の利活用", "ICTの利活用", false},
      // A half-width '*' is a footnote mark the conversion left; a full-width one is printed
      // text and keeps its half-width twin, as every full-width ASCII character does.
      {"Asterisk", "パブリックコメント*を", "パブリックコメントを", false},
      {"FullWidthAsterisk", "制度＊", "制度*", false},
      {"FullWidthBackslash", "C:＼計画", "C:\\計画", false},
      {"FullWidthEscapeLikePair", "＼＊注", "\\*注", false},
      {"EscapedBracket", "\\[注\\]", "[注]", false},
      {"BoldMarkers", "**重点**", "重点", false},
      // Invalid UTF-8.
      {"InvalidByte", "a\xff" "b", "a\xef\xbf\xbd" "b", false},
      {"TruncatedSequence", "a\xe3\x81", "a\xef\xbf\xbd\xef\xbf\xbd", false},
  });
}

void PrintTo(const TextRow& row, std::ostream* out) { *out << row.name << " [" << row.input << "]"; }

class NormalizeTextTable : public ::testing::TestWithParam<TextRow> {};

TEST_P(NormalizeTextTable, Normalizes) { EXPECT_EQ(NormalizeText(GetParam().input), GetParam().expected); }

// Width folding keeps every full-width ASCII character (U+FF01..U+FF5E) as its half-width twin,
// alone and between letters.
TEST(NormalizeText, FoldsEveryFullWidthAsciiToItsTwin) {
  for (char ascii = '!'; ascii <= '~'; ++ascii) {
    const std::string full_width = testing::ToFullWidth(std::string(1, ascii));
    EXPECT_EQ(NormalizeText("計" + full_width + "画"), "計" + std::string(1, ascii) + "画") << full_width;
    EXPECT_EQ(NormalizeText(full_width), std::string(1, ascii)) << full_width;
  }
}

INSTANTIATE_TEST_SUITE_P(Strings, NormalizeTextTable, ::testing::ValuesIn(NormalizeRows()),
                         [](const auto& info) { return info.param.name; });

std::vector<TextRow> StripRows() {
  return {
      {"PlainUnchanged", "１２３ abc", "１２３ abc", false},
      {"DropsSup", "件数<sup>※</sup>", "件数", false},
      {"DecodesEntity", "&lt;注&gt;", "<注>", false},
      {"BreakIsSpace", "a<br>b", "a b", false},
      {"DropsScript", "a<script>x()</script>b", "ab", false},
      {"KeepsWidth", "<b>ＡＢ</b>", "ＡＢ", false},
      {"UnclosedSupDropsTail", "件数<sup>※ 注", "件数", false},
      {"AmpersandAfterTags", "<b>a</b> &amp; b", "a & b", false},
      {"TextAroundTag", "前文 <b>太字</b> 後文", "前文 太字 後文", false},
  };
}

class StripHtmlTable : public ::testing::TestWithParam<TextRow> {};

TEST_P(StripHtmlTable, Strips) { EXPECT_EQ(StripHtml(GetParam().input), GetParam().expected); }

INSTANTIATE_TEST_SUITE_P(Cells, StripHtmlTable, ::testing::ValuesIn(StripRows()),
                         [](const auto& info) { return info.param.name; });

TEST(CollapseSpaces, CollapsesUnicodeSpaceAndTrims) {
  EXPECT_EQ(CollapseSpaces("　設定　　理由\u2003 "), "設定 理由");
}

TEST(CollapseSpaces, KeepsWidth) { EXPECT_EQ(CollapseSpaces("ＡＢ  Ｃ"), "ＡＢ Ｃ"); }

struct BlankRow {
  const char* name;
  std::string input;
  bool blank;
};

// IsBlank answers what CollapseSpaces(input).empty() would, without the copy.
class IsBlankTable : public ::testing::TestWithParam<BlankRow> {};

TEST_P(IsBlankTable, AgreesWithCollapseSpaces) {
  EXPECT_EQ(IsBlank(GetParam().input), GetParam().blank);
  EXPECT_EQ(IsBlank(GetParam().input), CollapseSpaces(GetParam().input).empty());
}

INSTANTIATE_TEST_SUITE_P(Cells, IsBlankTable,
                         ::testing::ValuesIn(std::vector<BlankRow>{
                             {"Empty", "", true},
                             {"AsciiSpacesAndControls", " \t\r\n\v\f", true},
                             {"IdeographicSpace", "\u3000\u3000", true},
                             {"NoBreakAndEmSpaces", "\u00a0\u2003\u202f", true},
                             {"SpaceAroundAKanji", "\u3000設 ", false},
                             {"AsteriskIsText", " * ", false},
                             {"IllFormedByteIsText", " \xE3\x80 ", false},
                             {"OtherControlIsText", std::string(" \0 ", 3), false},
                         }),
                         [](const auto& info) { return info.param.name; });

TEST(RemoveSpaces, RemovesEverySpace) { EXPECT_EQ(RemoveSpaces("設 定　理\t由"), "設定理由"); }

TEST(NormalizeText, IsSafeFromManyThreads) {
  std::vector<std::thread> threads;
  std::vector<std::string> results(8);
  for (size_t i = 0; i < results.size(); ++i) {
    threads.emplace_back([&results, i] {
      for (int n = 0; n < 200; ++n) results[i] = NormalizeText("件数<sup>※</sup>（年間）ｶﾅ");
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (const std::string& result : results) EXPECT_EQ(result, "件数(年間)カナ");
}

struct HeadingRow {
  std::string name;
  std::string input;
  std::string number;
  std::string title;
  bool twin = true;
};

std::vector<HeadingRow> HeadingRows() {
  return WithFullWidthTwins(std::vector<HeadingRow>{
      {"CircledDigit", "① 情報提供手段の拡大", "①", "情報提供手段の拡大"},
      {"CircledDigitNoSpace", "②市民ニーズ", "②", "市民ニーズ"},
      {"CircledTwenty", "⑳ 最後", "⑳", "最後"},
      {"ParenthesizedDigitChar", "⑴ 総則", "⑴", "総則"},
      {"RomanNumeral", "Ⅱ 基本計画", "Ⅱ", "基本計画"},
      {"Parenthesized", "(2) 市民ニーズ", "(2)", "市民ニーズ"},
      {"ParenthesizedKatakana", "(ア) 広報", "(ア)", "広報"},
      {"ParenthesizedNoSpace", "(1)総則", "(1)", "総則"},
      {"Chapter", "第1章 総則", "第1章", "総則"},
      {"KanjiSection", "第二節 目的", "第二節", "目的"},
      {"KanjiChapterNoSpace", "第6章行財政経営分野", "第6章", "行財政経営分野"},
      {"Hyphenated", "6-1 市政情報", "6-1", "市政情報"},
      {"ThreeLevels", "6-1-2 窓口", "6-1-2", "窓口"},
      {"Dotted", "1.2 概要", "1.2", "概要"},
      {"DigitAndSpace", "1 はじめに", "1", "はじめに"},
      {"DigitAndPeriod", "1.はじめに", "1", "はじめに"},
      {"DigitAndComma", "3、計画", "3", "計画"},
      {"KatakanaAndPeriod", "ア.広報", "ア", "広報"},
      {"Bracketed", "【施策6-1】市政情報", "【施策6-1】", "市政情報"},
      {"LeadingSpace", "  (3) 予算", "(3)", "予算"},
      {"NoNumbering", "基本方針", "", "基本方針"},
      {"YearIsNotNumbering", "2020年度の取組", "", "2020年度の取組"},
      {"PercentIsNotNumbering", "1.5%の増加", "", "1.5%の増加"},
      {"WordIsNotNumbering", "アンケート調査", "", "アンケート調査"},
      {"Empty", "", "", ""},
  });
}

class SplitHeadingTable : public ::testing::TestWithParam<HeadingRow> {};

TEST_P(SplitHeadingTable, Splits) {
  const Heading heading = SplitHeading(GetParam().input);
  EXPECT_EQ(heading.number, GetParam().number);
  EXPECT_EQ(heading.title, GetParam().title);
}

INSTANTIATE_TEST_SUITE_P(Headings, SplitHeadingTable, ::testing::ValuesIn(HeadingRows()),
                         [](const auto& info) { return info.param.name; });

}  // namespace
}  // namespace keikaku::normalize
