// Pages for the places of parsed records: parsers name the grid line, the grid knows its page.
#ifndef KEIKAKU_INGEST_PAGES_H_
#define KEIKAKU_INGEST_PAGES_H_

#include "keikaku/parsers/grid.h"
#include "keikaku/parsers/records.h"

namespace keikaku::ingest {

// Sets SourcePlace::page and ::printed_page of every observation and budget in `parsed` from
// the grid row of its line. Places whose line is no row of a paged grid keep page 0.
void AssignPages(const Grid& grid, ParsedDocument& parsed);

}  // namespace keikaku::ingest

#endif  // KEIKAKU_INGEST_PAGES_H_
