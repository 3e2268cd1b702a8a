#include "xlsx_zip.h"

#include <Poco/Exception.h>
#include <Poco/MemoryStream.h>
#include <Poco/Zip/ZipArchive.h>
#include <Poco/Zip/ZipStream.h>

#include <algorithm>
#include <map>

namespace keikaku::ingest {
namespace {

constexpr uint64_t kRatioCheckedFrom = 1u << 20;
constexpr size_t kReadChunk = 1 << 16;

}  // namespace

struct ZipPackage::State {
  State(std::string_view raw, const ReadLimits& limits)
      : stream(raw.data(), raw.size()), archive(stream), budget(limits.max_uncompressed_bytes) {}
  Poco::MemoryInputStream stream;
  Poco::Zip::ZipArchive archive;
  std::map<std::string, uint64_t> declared_sizes;
  uint64_t budget;
};

ZipPackage::ZipPackage(std::unique_ptr<State> state) : state_(std::move(state)) {}
ZipPackage::~ZipPackage() = default;

ZipPackage::OpenResult ZipPackage::Open(std::string_view raw, const ReadLimits& limits) {
  OpenResult result;
  std::unique_ptr<State> state;
  try {
    state = std::make_unique<State>(raw, limits);
  } catch (const Poco::Exception& error) {
    result.error = "damaged ZIP: " + error.displayText();
    return result;
  } catch (const std::exception& error) {
    result.error = std::string("damaged ZIP: ") + error.what();
    return result;
  }
  const auto& archive = state->archive;
  // The central directory and the local headers may disagree; trust the larger size.
  for (auto it = archive.headerBegin(); it != archive.headerEnd(); ++it) {
    state->declared_sizes[it->first] = it->second.getUncompressedSize();
  }
  for (auto it = archive.fileInfoBegin(); it != archive.fileInfoEnd(); ++it) {
    uint64_t& size = state->declared_sizes[it->second.getFileName()];
    size = std::max<uint64_t>(size, it->second.getUncompressedSize());
  }
  if (state->declared_sizes.size() > limits.max_zip_entries) {
    result.error = "too many ZIP entries: " + std::to_string(state->declared_sizes.size()) + " (limit " +
                   std::to_string(limits.max_zip_entries) + ")";
    return result;
  }
  uint64_t total = 0;
  for (auto it = archive.headerBegin(); it != archive.headerEnd(); ++it) {
    const uint64_t declared = state->declared_sizes[it->first];
    total += declared;
    const uint64_t compressed = std::max<uint64_t>(1, it->second.getCompressedSize());
    if (declared >= kRatioCheckedFrom && static_cast<double>(declared) / compressed > limits.max_compression_ratio) {
      result.error = "zip bomb: " + it->first + " inflates " + std::to_string(declared / compressed) +
                     "-fold (limit " + std::to_string(static_cast<long>(limits.max_compression_ratio)) + ")";
      return result;
    }
  }
  if (total > limits.max_uncompressed_bytes) {
    result.error = "zip bomb: " + std::to_string(total) + " bytes uncompressed (limit " +
                   std::to_string(limits.max_uncompressed_bytes) + ")";
    return result;
  }
  result.package.reset(new ZipPackage(std::move(state)));
  return result;
}

bool ZipPackage::Has(const std::string& name) const {
  return state_->archive.findHeader(name) != state_->archive.headerEnd();
}

bool ZipPackage::Read(const std::string& name, std::string& out, std::string& error) {
  out.clear();
  const auto header = state_->archive.findHeader(name);
  if (header == state_->archive.headerEnd()) {
    error = "missing part " + name;
    return false;
  }
  const uint64_t declared = state_->declared_sizes[name];
  try {
    state_->stream.clear();
    Poco::Zip::ZipInputStream inflating(state_->stream, header->second);
    char buffer[kReadChunk];
    for (;;) {
      inflating.read(buffer, sizeof buffer);
      const auto got = static_cast<size_t>(inflating.gcount());
      if (got == 0) break;
      if (out.size() + got > declared || out.size() + got > state_->budget) {
        error = "zip bomb: " + name + " inflates past its declared size or the limit";
        return false;
      }
      out.append(buffer, got);
    }
  } catch (const Poco::Exception& exception) {
    error = "damaged ZIP part " + name + ": " + exception.displayText();
    return false;
  }
  state_->budget -= out.size();
  return true;
}

}  // namespace keikaku::ingest
