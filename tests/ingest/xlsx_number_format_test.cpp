#include "../../ingest/xlsx_number_format.h"

#include <gtest/gtest.h>

namespace keikaku::ingest {
namespace {

struct FormatCase {
  double value;
  const char* code;
  const char* shown;
};

class NumberFormat : public ::testing::TestWithParam<FormatCase> {};

TEST_P(NumberFormat, ShowsWhatExcelShows) {
  EXPECT_EQ(FormatNumber(GetParam().value, GetParam().code), GetParam().shown)
      << GetParam().value << " as " << GetParam().code;
}

INSTANTIATE_TEST_SUITE_P(
    Excel, NumberFormat,
    ::testing::Values(
        FormatCase{0.296, "0.0%", "29.6%"}, FormatCase{0.5, "0%", "50%"}, FormatCase{0.12345, "0.00%", "12.35%"},
        FormatCase{1300, "#,##0", "1,300"}, FormatCase{1234567.891, "#,##0.00", "1,234,567.89"},
        FormatCase{-1300, "#,##0", "-1,300"}, FormatCase{-1300, "#,##0;[Red]\\-#,##0", "-1,300"},
        FormatCase{-1300, "#,##0;(#,##0)", "(1,300)"}, FormatCase{0, "#,##0;-#,##0;\"-\"", "-"},
        FormatCase{3.5, "0.0", "3.5"}, FormatCase{3.25, "0.0", "3.3"}, FormatCase{0.125, "0.00", "0.13"},
        FormatCase{2.675, "0.00", "2.68"}, FormatCase{999.96, "0.0", "1000.0"}, FormatCase{7, "00", "07"},
        FormatCase{0.5, "#.##", ".5"}, FormatCase{1.5, "0.##", "1.5"}, FormatCase{1300, "#,##0\"円\"", "1,300円"},
        FormatCase{1300, "\"¥\"#,##0", "¥1,300"}, FormatCase{1300, "[$¥-411]#,##0", "¥1,300"},
        FormatCase{1234567, "#,##0,", "1,235"}, FormatCase{1300, "#,##0_ ", "1,300 "},
        FormatCase{12345, "0.00E+00", "1.23E+04"}, FormatCase{0.296, "General", "0.296"},
        FormatCase{0.30000000000000004, "General", "0.3"}, FormatCase{1300, "General", "1300"},
        FormatCase{-2.5, "General", "-2.5"}, FormatCase{1e20, "General", "1E+20"},
        FormatCase{43921, "yyyy-mm-dd", "2020-03-31"}, FormatCase{43921, "yyyy/m/d", "2020/3/31"},
        FormatCase{43921, "yyyy\"年\"m\"月\"d\"日\"", "2020年3月31日"},
        FormatCase{43921, "[$-411]ggge\"年\"m\"月\"d\"日\"", "令和2年3月31日"},
        FormatCase{43555, "[$-411]ggge\"年\"m\"月\"d\"日\"", "平成31年3月31日"}, FormatCase{43921, "[$-411]ge.m.d", "R2.3.31"},
        FormatCase{43921.5, "yyyy-mm-dd h:mm", "2020-03-31 12:00"}, FormatCase{0.75, "h:mm", "18:00"},
        FormatCase{0.75, "h:mm AM/PM", "6:00 PM"}, FormatCase{43921, "m\"月\"d\"日\"(aaa)", "3月31日(火)"},
        FormatCase{43921, "d-mmm-yy", "31-Mar-20"}, FormatCase{1.5, "[h]:mm", "36:00"},
        FormatCase{1300, "@", "1300"}, FormatCase{0.5, "# ?/?", "0.5"}));

TEST(NumberFormat, Date1904CountsFrom1904) {
  EXPECT_EQ(FormatNumber(0, "yyyy-mm-dd", true), "1904-01-01");
}

TEST(NumberFormat, BuiltinIdsMapToCodes) {
  EXPECT_EQ(BuiltinNumberFormat(9), "0%");
  EXPECT_EQ(BuiltinNumberFormat(3), "#,##0");
  EXPECT_EQ(FormatNumber(43921, BuiltinNumberFormat(14)), "2020-03-31");
  EXPECT_EQ(FormatNumber(43921, BuiltinNumberFormat(28)), "令和2年3月31日");
  EXPECT_EQ(BuiltinNumberFormat(200), "");
}

}  // namespace
}  // namespace keikaku::ingest
