// A small streaming JSON writer with deterministic number formatting, so that exports of
// the same records are byte-identical.
#ifndef KEIKAKU_STORE_JSON_WRITER_H_
#define KEIKAKU_STORE_JSON_WRITER_H_

#include <optional>
#include <string>
#include <string_view>

#include "keikaku/store/export.h"  // FormatJsonNumber

namespace keikaku::store {

class JsonWriter {
 public:
  void BeginObject() { Separate(); out_ += '{'; first_ = true; }
  void EndObject() { out_ += '}'; first_ = false; }
  void BeginArray() { Separate(); out_ += '['; first_ = true; }
  void EndArray() { out_ += ']'; first_ = false; }
  // Writes "key": — the value call that follows completes the member.
  void Key(std::string_view key);
  void String(std::string_view value);
  void Number(double value);
  void Integer(long long value);
  void Bool(bool value);
  void Null();
  void OptionalString(const std::optional<std::string>& value) { value ? String(*value) : Null(); }
  void OptionalInteger(const std::optional<int>& value) { value ? Integer(*value) : Null(); }
  void OptionalNumber(const std::optional<double>& value) { value ? Number(*value) : Null(); }
  // The empty string as null: for fields the records keep as "" when absent.
  void StringOrNull(std::string_view value) { value.empty() ? Null() : String(value); }

  std::string Take() { return std::move(out_); }

 private:
  void Separate();
  std::string out_;
  bool first_ = true;
  bool after_key_ = false;
};

}  // namespace keikaku::store

#endif  // KEIKAKU_STORE_JSON_WRITER_H_
