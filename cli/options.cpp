#include "options.h"

#include <Poco/Exception.h>
#include <Poco/Util/HelpFormatter.h>
#include <Poco/Util/OptionException.h>
#include <Poco/Util/OptionProcessor.h>
#include <Poco/Util/OptionSet.h>

#include <cstdlib>

namespace keikaku::cli {
namespace {

Poco::Util::OptionSet MakeOptionSet(const CommandSpec& spec) {
  Poco::Util::OptionSet set;
  set.addOption(Poco::Util::Option("help", "h", "show this help"));
  for (const OptionSpec& option : spec.options) {
    Poco::Util::Option poco(option.full_name, option.short_name, option.description);
    if (!option.argument.empty()) poco.argument(option.argument, true);
    set.addOption(poco);
  }
  return set;
}

}  // namespace

std::string ParsedArgs::Get(const std::string& name, const std::string& fallback) const {
  const auto it = values.find(name);
  return it == values.end() ? fallback : it->second;
}

long ParsedArgs::GetInt(const std::string& name, long fallback, long min, long max) const {
  if (!Has(name)) return fallback;
  const std::string text = Get(name);
  char* end = nullptr;
  const long value = std::strtol(text.c_str(), &end, 10);
  if (text.empty() || *end != '\0' || value < min || value > max) {
    throw UsageError("--" + name + " takes a whole number from " + std::to_string(min) + " to " +
                     std::to_string(max) + ", not '" + text + "'");
  }
  return value;
}

ParsedArgs ParseArgs(const CommandSpec& spec, const Args& args) {
  const Poco::Util::OptionSet set = MakeOptionSet(spec);
  Poco::Util::OptionProcessor processor(set);
  processor.setUnixStyle(true);
  ParsedArgs parsed;
  bool options_done = false;
  try {
    for (const std::string& arg : args) {
      if (options_done) {
        parsed.positional.push_back(arg);
        continue;
      }
      if (arg == "--") {
        options_done = true;
        continue;
      }
      std::string name, value;
      if (processor.process(arg, name, value)) {
        if (name == "help") parsed.help = true;
        else if (!name.empty()) parsed.values[name] = value;
      } else {
        parsed.positional.push_back(arg);
      }
    }
    processor.checkRequired();
  } catch (const Poco::Util::OptionException& e) {
    throw UsageError(e.displayText());
  }
  return parsed;
}

void PrintHelp(const CommandSpec& spec, std::ostream& out) {
  const Poco::Util::OptionSet set = MakeOptionSet(spec);
  Poco::Util::HelpFormatter help(set);
  help.setUnixStyle(true);
  help.setCommand("keikaku " + spec.name);
  help.setUsage("[OPTIONS] " + spec.usage);
  help.setHeader(spec.summary);
  help.setWidth(100);
  help.format(out);
}

std::string DatabasePath(const ParsedArgs& parsed) {
  if (parsed.Has("db")) return parsed.Get("db");
  if (const char* env = std::getenv("KEIKAKU_DB"); env && *env) return env;
  return "keikaku.db";
}

OptionSpec DatabaseOption() {
  return {"db", "", "database file (default: $KEIKAKU_DB, else ./keikaku.db)", "FILE"};
}

}  // namespace keikaku::cli
