// Command-line options for the subcommands, parsed with Poco::Util's option processor.
#ifndef KEIKAKU_CLI_OPTIONS_H_
#define KEIKAKU_CLI_OPTIONS_H_

#include <map>
#include <ostream>
#include <stdexcept>
#include <string>
#include <vector>

#include "commands.h"

namespace keikaku::cli {

// A usage mistake; the message is one line for the user. Exit code 2.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct OptionSpec {
  std::string full_name;    // "db"
  std::string short_name;   // "o" or ""
  std::string description;
  std::string argument;     // "FILE"; "" for a flag
};

struct CommandSpec {
  std::string name;         // "ingest"
  std::string usage;        // "[PATH...]"
  std::string summary;      // one paragraph for --help
  std::vector<OptionSpec> options;
};

struct ParsedArgs {
  std::map<std::string, std::string> values;  // full option name -> argument ("" for flags)
  std::vector<std::string> positional;
  bool help = false;

  bool Has(const std::string& name) const { return values.count(name) > 0; }
  std::string Get(const std::string& name, const std::string& fallback = "") const;
  // The option's argument as a whole number in [min, max]; throws UsageError otherwise.
  long GetInt(const std::string& name, long fallback, long min, long max) const;
};

// Parses `args` against `spec` (--help and -h are always accepted). Throws UsageError.
ParsedArgs ParseArgs(const CommandSpec& spec, const Args& args);

// Writes `keikaku NAME --help` text.
void PrintHelp(const CommandSpec& spec, std::ostream& out);

// --db FILE, else $KEIKAKU_DB, else ./keikaku.db.
std::string DatabasePath(const ParsedArgs& parsed);

// The --db option every database command takes.
OptionSpec DatabaseOption();

}  // namespace keikaku::cli

#endif  // KEIKAKU_CLI_OPTIONS_H_
