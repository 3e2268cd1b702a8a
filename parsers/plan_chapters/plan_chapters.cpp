// 総合計画 chapters: the chapter reader walks the rows once (chapter_reader.cpp).
#include "plan_chapters/plan_chapters.h"

#include "plan_chapters/chapter_reader.h"

namespace keikaku::layouts {

ParsedDocument ParsePlanChapters(const Grid& grid) {
  ChapterReader reader;
  for (const GridRow& row : grid.rows) reader.Read(row);
  return reader.Finish();
}

}  // namespace keikaku::layouts
