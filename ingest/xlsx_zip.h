// A ZIP package in memory whose parts are inflated one at a time, within ReadLimits.
#ifndef KEIKAKU_INGEST_XLSX_ZIP_H_
#define KEIKAKU_INGEST_XLSX_ZIP_H_

#include <memory>
#include <string>
#include <string_view>

#include "keikaku/ingest/formats.h"

namespace keikaku::ingest {

class ZipPackage {
 public:
  struct OpenResult;

  // Reads the ZIP directory of `raw` (which must outlive the package) and checks the limits
  // against the declared sizes before anything is inflated: entry count, total uncompressed
  // size, and the compression ratio of each entry above 1 MiB (zip bombs). Fails with a
  // one-line error for a damaged ZIP or a broken limit.
  static OpenResult Open(std::string_view raw, const ReadLimits& limits);

  ~ZipPackage();
  bool Has(const std::string& name) const;

  // Inflates part `name` into `out`; stops and fails as soon as it grows past its declared size
  // or the package's remaining uncompressed budget (a lying header cannot exhaust memory).
  bool Read(const std::string& name, std::string& out, std::string& error);

 private:
  struct State;
  explicit ZipPackage(std::unique_ptr<State> state);
  std::unique_ptr<State> state_;
};

struct ZipPackage::OpenResult {
  std::unique_ptr<ZipPackage> package;  // null on failure
  std::string error;
};

}  // namespace keikaku::ingest

#endif  // KEIKAKU_INGEST_XLSX_ZIP_H_
