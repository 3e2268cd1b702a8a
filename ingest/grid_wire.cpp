// The grid between the PDF reader process and keikaku, and the bytes written for it (pdf_process.h).
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstring>

#include "pdf_process.h"

namespace keikaku::ingest {
namespace {

void PutInt(std::string& out, int64_t value) { out.append(reinterpret_cast<const char*>(&value), sizeof value); }

void PutString(std::string& out, std::string_view text) {
  PutInt(out, static_cast<int64_t>(text.size()));
  out.append(text);
}

}  // namespace

std::string SerializeGrid(const GridResult& result) {
  std::string out;
  PutInt(out, result.ok ? 1 : 0);
  PutString(out, result.error);
  PutString(out, result.place);
  PutString(out, result.grid.title);
  PutString(out, result.grid.author);
  PutInt(out, static_cast<int64_t>(result.grid.rows.size()));
  for (const GridRow& row : result.grid.rows) {
    PutInt(out, row.line);
    PutInt(out, static_cast<int64_t>(row.kind));
    PutInt(out, row.page);
    PutInt(out, row.printed_page);
    PutInt(out, static_cast<int64_t>(row.cells.size()));
    for (const std::string& cell : row.cells) PutString(out, cell);
  }
  return out;
}

namespace {

class Reader {
 public:
  explicit Reader(std::string_view bytes) : bytes_(bytes) {}
  bool Int(int64_t& value) {
    if (bytes_.size() < sizeof value) return false;
    std::memcpy(&value, bytes_.data(), sizeof value);
    bytes_.remove_prefix(sizeof value);
    return true;
  }
  bool Count(size_t& count) {  // a count or length that the remaining bytes can hold
    int64_t value = 0;
    if (!Int(value) || value < 0 || static_cast<uint64_t>(value) > bytes_.size()) return false;
    count = static_cast<size_t>(value);
    return true;
  }
  bool String(std::string& text) {
    size_t size = 0;
    if (!Count(size)) return false;
    text.assign(bytes_.substr(0, size));
    bytes_.remove_prefix(size);
    return true;
  }

 private:
  std::string_view bytes_;
};

}  // namespace

bool DeserializeGrid(std::string_view bytes, GridResult& result) {
  Reader in(bytes);
  int64_t ok = 0;
  size_t rows = 0;
  if (!in.Int(ok) || !in.String(result.error) || !in.String(result.place) || !in.String(result.grid.title) ||
      !in.String(result.grid.author) || !in.Count(rows)) {
    return false;
  }
  result.ok = ok == 1;
  result.grid.rows.resize(rows);
  for (GridRow& row : result.grid.rows) {
    int64_t line = 0, kind = 0, page = 0, printed = 0;
    size_t cells = 0;
    if (!in.Int(line) || !in.Int(kind) || !in.Int(page) || !in.Int(printed) || !in.Count(cells) || cells == 0) return false;
    row = {static_cast<int>(line), static_cast<RowKind>(kind), std::vector<std::string>(cells), static_cast<int>(page),
           static_cast<int>(printed)};
    for (std::string& cell : row.cells) {
      if (!in.String(cell)) return false;
    }
  }
  return true;
}

bool WriteAll(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t written = write(fd, bytes.data(), bytes.size());
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) return false;
    bytes.remove_prefix(static_cast<size_t>(written));
  }
  return true;
}

}  // namespace keikaku::ingest
