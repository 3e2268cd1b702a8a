// Test support: run the keikaku binary and shell commands, and make scratch folders.
#ifndef KEIKAKU_TESTS_SUPPORT_SHELL_H_
#define KEIKAKU_TESTS_SUPPORT_SHELL_H_

#include <string>

namespace keikaku::testing {

struct CommandResult {
  int exit_code = -1;   // -1 when killed by a signal or not run
  std::string output;   // standard output
  std::string errors;   // standard error
};

// Runs `command` with /bin/sh and collects its output streams and exit code.
CommandResult RunShell(const std::string& command);

// A shell-quoted `text`.
std::string Quote(const std::string& text);

// The command line that runs the built keikaku binary with `args`, from the source tree.
std::string KeikakuCommand(const std::string& args);

// A new empty folder under the system's temporary folder, removed when the object dies.
class ScratchDir {
 public:
  ScratchDir();
  ~ScratchDir();
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  const std::string& path() const { return path_; }
  // Writes `bytes` to `name` inside the folder (creating subfolders) and returns its path.
  std::string Write(const std::string& name, const std::string& bytes) const;

 private:
  std::string path_;
};

}  // namespace keikaku::testing

#endif  // KEIKAKU_TESTS_SUPPORT_SHELL_H_
