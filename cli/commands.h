// The keikaku subcommands. Each takes the arguments after its name and returns the exit
// code: 0 success, 1 some input failed, 2 usage or database error.
#ifndef KEIKAKU_CLI_COMMANDS_H_
#define KEIKAKU_CLI_COMMANDS_H_

#include <string>
#include <vector>

namespace keikaku::cli {

using Args = std::vector<std::string>;

int RunIngest(const Args& args);
int RunExport(const Args& args);
int RunQuery(const Args& args);
int RunStats(const Args& args);
int RunLayouts(const Args& args);
int RunNormalize(const Args& args);  // cli/normalize_command.cpp
int RunCompare(const Args& args);
int RunSearch(const Args& args);
int RunMeasures(const Args& args);
int RunConcepts(const Args& args);
int RunServe(const Args& args);
int RunDiagnostics(const Args& args);  // cli/diagnostics_command.cpp
int RunPdfGrid(const Args& args);   // cli/pdf_grid_command.cpp

}  // namespace keikaku::cli

#endif  // KEIKAKU_CLI_COMMANDS_H_
