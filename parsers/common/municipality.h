// Recognises the municipality a document is about, from its text (never its file name).
#ifndef KEIKAKU_PARSERS_COMMON_MUNICIPALITY_H_
#define KEIKAKU_PARSERS_COMMON_MUNICIPALITY_H_

#include <optional>
#include <string_view>

#include "keikaku/parsers/grid.h"
#include "keikaku/parsers/records.h"

namespace keikaku::layouts {

struct MunicipalityFinding {
  Municipality municipality;              // empty name when none is named or none can be told
  std::optional<Diagnostic> diagnostic;   // "ambiguous_municipality" when a name was left unresolved
};

// The body `grid` is about, with its prefecture and code from the bundled list
// (parsers/data/municipalities.csv). Bodies are municipalities, 特別区 and prefectures: a
// prefecture's own document gets {"福島県", "福島県", "070009"}.
//  - Names are read by FindMentions (whole words, longest first). A municipality printed only
//    glued to a word its suffix starts (中央市民センター) is not named.
//  - Each mention counts 1, or 5 in the first 10 non-blank rows (title and heading). A
//    prefecture printed as the address of a municipality (京都府福知山市) does not count for
//    the prefecture itself. The highest count wins; on a tie a municipality beats a
//    prefecture (福知山市 … 京都府 is 福知山市's), then the body named first wins.
//  - A name several prefectures share (府中市) is resolved by the prefecture printed most
//    often in the document. When none of its prefectures is printed, or two equally, the
//    result is empty and the diagnostic says why: no answer rather than a wrong one.
// Empty, without diagnostic, when no body is named.
MunicipalityFinding FindMunicipality(const Grid& grid);

// The list entry whose name is exactly `name` ("本庄市"), when it is unique in Japan.
std::optional<Municipality> LookupMunicipality(std::string_view name);

}  // namespace keikaku::layouts

#endif  // KEIKAKU_PARSERS_COMMON_MUNICIPALITY_H_
