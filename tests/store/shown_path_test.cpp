// Stored paths as shown: escaped losslessly onto one line of valid UTF-8, relative to the
// working directory (the tests run from the source tree) when inside it.
#include "keikaku/store/shown_path.h"

#include <gtest/gtest.h>

#include <filesystem>

namespace keikaku::store {
namespace {

struct EscapeCase {
  std::string raw;
  std::string shown;
};

class EscapePathCases : public ::testing::TestWithParam<EscapeCase> {};

TEST_P(EscapePathCases, EscapesAndComesBack) {
  EXPECT_EQ(EscapePath(GetParam().raw), GetParam().shown);
  EXPECT_EQ(UnescapePath(GetParam().shown), GetParam().raw);
}

INSTANTIATE_TEST_SUITE_P(ShownPath, EscapePathCases,
                         ::testing::Values(EscapeCase{"corpus/加須市.txt", "corpus/加須市.txt"},
                                           EscapeCase{"two\nlines.txt", "two\\nlines.txt"},
                                           EscapeCase{"tab\there", "tab\\there"},
                                           EscapeCase{"latin1-\xE9t\xE9", "latin1-\\xE9t\\xE9"},
                                           EscapeCase{"back\\slash", "back\\\\slash"},
                                           EscapeCase{"bell\x07", "bell\\x07"},
                                           EscapeCase{"cut\xE5\x8A", "cut\\xE5\\x8A"},
                                           EscapeCase{"surrogate\xED\xA0\x80", "surrogate\\xED\\xA0\\x80"}));

TEST(ShownPath, InsideTheWorkingDirectoryIsRelative) {
  const std::string cwd = std::filesystem::current_path().generic_string();
  EXPECT_EQ(ShownPath(cwd + "/corpus/a.txt"), "corpus/a.txt");
}

TEST(ShownPath, OutsideTheWorkingDirectoryStaysAbsolute) {
  EXPECT_EQ(ShownPath("/elsewhere-entirely/a.txt"), "/elsewhere-entirely/a.txt");
}

TEST(ShownPath, SiblingWithTheSamePrefixStaysAbsolute) {
  const std::string cwd = std::filesystem::current_path().generic_string();
  EXPECT_EQ(ShownPath(cwd + "-other/a.txt"), cwd + "-other/a.txt");
}

}  // namespace
}  // namespace keikaku::store
