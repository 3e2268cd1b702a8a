// gold_score EXPORT [GOLD ...] [-v]: scores a keikaku/1 export against the gold (default: the
// repository's tests/gold) and prints the table score.py prints; -v lists every miss.
// Exit 0 after printing, 2 on bad arguments or unreadable files.
#include <cstdio>
#include <exception>
#include <string>
#include <vector>

#include "support/gold_scorer.h"

int main(int argc, char** argv) {
  std::vector<std::string> paths;
  bool verbose = false;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "-v" || arg == "--verbose") verbose = true;
    else paths.push_back(arg);
  }
  if (paths.empty()) {
    std::fprintf(stderr, "usage: gold_score EXPORT [GOLD ...] [-v]\n");
    return 2;
  }
  try {
    const std::string export_path = paths.front();
    paths.erase(paths.begin());
    if (paths.empty()) paths.push_back(KEIKAKU_GOLD_DIR);
    using namespace keikaku::testing;
    const ScoreReport report = ScoreExport(LoadKeikakuDocuments(export_path), GoldFiles(paths));
    std::fputs(FormatScoreTable(report, verbose).c_str(), stdout);
  } catch (const std::exception& error) {
    std::fprintf(stderr, "gold_score: %s\n", error.what());
    return 2;
  }
  return 0;
}
