// Recognises the municipality a document is about, from its text (never its file name).
#ifndef KEIKAKU_PARSERS_COMMON_MUNICIPALITY_H_
#define KEIKAKU_PARSERS_COMMON_MUNICIPALITY_H_

#include <optional>
#include <string_view>

#include "keikaku/parsers/grid.h"
#include "keikaku/parsers/records.h"

namespace keikaku::layouts {

// The municipality named most often in `grid` (ties go to the one named first), with its
// prefecture and code from the bundled list (parsers/data/municipalities.csv). A name that
// several prefectures share is resolved by the prefecture printed in the document, and left
// without prefecture and code when none is printed. Empty when no municipality is named.
Municipality FindMunicipality(const Grid& grid);

// The list entry whose name is exactly `name` ("本庄市"), when it is unique in Japan.
std::optional<Municipality> LookupMunicipality(std::string_view name);

}  // namespace keikaku::layouts

#endif  // KEIKAKU_PARSERS_COMMON_MUNICIPALITY_H_
