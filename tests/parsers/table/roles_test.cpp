// RoleOfLabelKind: the lexicon kinds that name a value's role.
#include "table/roles.h"

#include "common/labels.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <optional>
#include <string>

namespace keikaku::layouts {
namespace {

struct RoleRow {
  std::string kind;
  std::optional<ValueRole> role;
};

class RoleOfLabelKindTable : public ::testing::TestWithParam<RoleRow> {};

TEST_P(RoleOfLabelKindTable, MapsKindToRole) {
  EXPECT_EQ(RoleOfLabelKind(GetParam().kind), GetParam().role) << GetParam().kind;
}

INSTANTIATE_TEST_SUITE_P(Kinds, RoleOfLabelKindTable,
                         ::testing::Values(RoleRow{"baseline", ValueRole::kBaseline},
                                           RoleRow{"target", ValueRole::kTarget},
                                           RoleRow{"actual", ValueRole::kActual},
                                           RoleRow{"indicator", std::nullopt},
                                           RoleRow{"unit", std::nullopt},
                                           RoleRow{"", std::nullopt}),
                         [](const auto& info) {
                           return info.param.kind.empty() ? std::string("Empty") : info.param.kind;
                         });

TEST(Lexicon, GivesEveryLabelOneKind) { EXPECT_THAT(LexiconConflicts(), ::testing::IsEmpty()); }

}  // namespace
}  // namespace keikaku::layouts
