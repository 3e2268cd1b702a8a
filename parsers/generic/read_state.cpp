// The generic reader's state: measures as they open.
#include "generic/read_state.h"

#include <utility>

namespace keikaku::layouts::generic {

void PushMeasure(Measure measure, ReadState& state) {
  state.document.measures.push_back(std::move(measure));
  state.table_indicator = -1;
  state.labelled_name.clear();
}

Measure& CurrentMeasure(int line, ReadState& state) {
  if (state.document.measures.empty()) {
    Measure measure;
    measure.kind = "action";
    measure.title = state.caption;
    measure.line = line;
    PushMeasure(std::move(measure), state);
    state.document.diagnostics.push_back(
        {line, "table_without_heading",
         "year table before any numbered heading; titled by its caption"});
  }
  return state.document.measures.back();
}

}  // namespace keikaku::layouts::generic
