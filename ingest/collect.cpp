// Finding the files of an import: folders walked by hand, every entry checked before it is
// opened, each file named by its canonical path (one file is one document however it is typed).
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <set>
#include <string_view>
#include <vector>

#include "keikaku/ingest/ingest.h"

namespace keikaku::ingest {
namespace {

namespace fs = std::filesystem;

// Skipped inside folders (a file named explicitly is always read): hidden entries, and the
// notes that travel with downloaded documents (README, SOURCES, LICENSE …), which are not plans.
bool IsSkippedName(const fs::path& path) {
  const std::string name = path.filename().string();
  for (std::string_view note : {"README", "SOURCES", "LICENSE", "CHANGELOG"}) {
    if (name.starts_with(note)) return true;
  }
  return name.starts_with('.');
}

std::string TypeName(mode_t mode) {
  if (S_ISFIFO(mode)) return "a FIFO";
  if (S_ISSOCK(mode)) return "a socket";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  return "not a regular file";
}

class Walker {
 public:
  explicit Walker(CollectedFiles& out) : out_(out) {}

  // One entry: followed through symbolic links with stat(2), never opened unless it is a
  // readable regular file (opening a FIFO would block).
  void Visit(const fs::path& path) {
    struct stat info {};
    if (stat(path.c_str(), &info) != 0) {
      const int error = errno;
      struct stat link {};
      const bool is_link = lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode);
      if (error == ELOOP) return Skip(path, "symbolic link loop");
      if (is_link && error == ENOENT) return Skip(path, "dangling symbolic link");
      return Skip(path, std::string("cannot read: ") + std::strerror(error));
    }
    if (S_ISDIR(info.st_mode)) return Descend(path);
    if (!S_ISREG(info.st_mode)) return Skip(path, "not a regular file: " + TypeName(info.st_mode));
    if (access(path.c_str(), R_OK) != 0) return Skip(path, std::string("cannot read: ") + std::strerror(errno));
    std::error_code ec;
    const fs::path canonical = fs::canonical(path, ec);
    if (ec) return Skip(path, "cannot resolve: " + ec.message());
    files_.insert(canonical.generic_string());
  }

  std::set<std::string> files_;

 private:
  void Skip(const fs::path& path, std::string reason) {
    std::error_code ec;
    out_.skipped.push_back({fs::absolute(path, ec).lexically_normal().generic_string(), std::move(reason)});
  }

  void Descend(const fs::path& folder) {
    std::error_code ec;
    const fs::path canonical = fs::canonical(folder, ec);
    if (ec) return Skip(folder, "cannot resolve: " + ec.message());
    if (!visited_.insert(canonical.generic_string()).second) return;  // a link back up the tree
    std::vector<fs::path> entries;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
      if (!IsSkippedName(it->path())) entries.push_back(it->path());
    }
    if (ec) return Skip(folder, "cannot list: " + ec.message());
    for (const fs::path& entry : entries) Visit(entry);
  }

  CollectedFiles& out_;
  std::set<std::string> visited_;
};

}  // namespace

CollectedFiles Collect(const std::vector<std::string>& paths) {
  CollectedFiles collected;
  Walker walker(collected);
  for (const std::string& path : paths) {
    struct stat link {};
    if (lstat(path.c_str(), &link) != 0 && errno == ENOENT) {
      collected.missing.push_back(path);
      continue;
    }
    std::error_code ec;
    const fs::path root = fs::weakly_canonical(fs::absolute(path, ec), ec);
    if (!ec) collected.roots.push_back(root.generic_string());
    walker.Visit(path);
  }
  collected.files.assign(walker.files_.begin(), walker.files_.end());
  return collected;
}

std::vector<std::string> CollectFiles(const std::vector<std::string>& paths) { return Collect(paths).files; }

}  // namespace keikaku::ingest
