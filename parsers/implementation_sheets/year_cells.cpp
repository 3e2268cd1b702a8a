#include "implementation_sheets/year_cells.h"

#include <algorithm>

namespace keikaku::layouts::sheets {
namespace {

bool Blank(const PlacedText& cell) { return cell.text.empty(); }

// Rules 1-3: bring a row with surplus cells down to `year_count`.
void DropSurplus(std::vector<PlacedText>& values, size_t year_count, std::string& note) {
  while (values.size() > year_count && Blank(values.back())) values.pop_back();
  if (values.size() > year_count && Blank(values.front())) values.erase(values.begin());
  if (values.size() == year_count + 1) {
    PlacedText extra = std::move(values.back());
    values.pop_back();
    PlacedText& last = values.back();
    if (extra.text != last.text) {
      last.text = Blank(last) ? extra.text : last.text + " " + extra.text;
      if (Blank(last)) last.at = extra.at;
      note = "the last year's cell was printed in two cells and is joined";
    }
  }
  if (values.size() > year_count) {
    note = "the row has " + std::to_string(values.size()) + " cells for " +
           std::to_string(year_count) + " years; the surplus is dropped";
    values.resize(year_count);
  }
}

}  // namespace

YearAlignment AlignYearCells(std::vector<PlacedText> values, size_t year_count) {
  YearAlignment alignment;
  alignment.cells.resize(year_count);
  DropSurplus(values, year_count, alignment.note);
  const auto filled = std::count_if(values.begin(), values.end(),
                                    [](const PlacedText& cell) { return !Blank(cell); });
  if (filled == 0) return alignment;
  const bool spans = filled == 1 && !Blank(values.front()) && year_count > 1;
  for (size_t year = 0; year < year_count; ++year) {
    const PlacedText* cell = nullptr;
    if (spans) {
      cell = &values.front();
    } else if (year < values.size()) {
      cell = &values[year];
    } else {
      cell = &values.back();  // rule 5: a short row's last cell covers the missing years
    }
    if (!Blank(*cell)) alignment.cells[year] = *cell;
  }
  if (!spans && values.size() < year_count) {
    alignment.note = "the row has " + std::to_string(values.size()) + " cells for " +
                     std::to_string(year_count) + " years; its last cell is taken for the rest";
  }
  return alignment;
}

}  // namespace keikaku::layouts::sheets
