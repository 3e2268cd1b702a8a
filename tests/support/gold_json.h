// Test support: reading fields of keikaku/1 JSON the way the gold scorer does, and printing
// them as its miss lines do (Python's repr). Internal to the scorer.
#ifndef KEIKAKU_TESTS_SUPPORT_GOLD_JSON_H_
#define KEIKAKU_TESTS_SUPPORT_GOLD_JSON_H_

#include <Poco/JSON/Object.h>

#include <optional>
#include <string>
#include <vector>

namespace keikaku::testing {

// True when `key` is absent or null.
bool IsNullOrAbsent(const Poco::JSON::Object::Ptr& object, const std::string& key);

// The field as text: "" when absent or null; numbers in their JSON spelling.
std::string Text(const Poco::JSON::Object::Ptr& object, const std::string& key);

// The field as text, or `fallback` when that text is empty.
std::string TextOr(const Poco::JSON::Object::Ptr& object, const std::string& key, const std::string& fallback);

// The field as a number (a numeric string is read as one); nullopt when absent, null or not a number.
std::optional<double> Number(const Poco::JSON::Object::Ptr& object, const std::string& key);

// The field as an object; null when absent or not an object.
Poco::JSON::Object::Ptr ObjectOf(const Poco::JSON::Object::Ptr& object, const std::string& key);

// The objects of an array field; empty when absent, null or not an array.
std::vector<Poco::JSON::Object::Ptr> Objects(const Poco::JSON::Object::Ptr& object, const std::string& key);

// The strings of an array field; empty when absent, null or not an array.
std::vector<std::string> Texts(const Poco::JSON::Object::Ptr& object, const std::string& key);

// The first `count` code points of UTF-8 `text`.
std::string Prefix(const std::string& text, size_t count);

// The part of `path` after its last '/'.
std::string BaseName(const std::string& path);

// Python's repr of a string ('…'), of a number (integral ones without a fraction) and of a field
// (None, a string, a number or a list of them).
std::string Repr(const std::string& text);
std::string ReprNumber(double value);
std::string ReprOf(const Poco::JSON::Object::Ptr& object, const std::string& key);

}  // namespace keikaku::testing

#endif  // KEIKAKU_TESTS_SUPPORT_GOLD_JSON_H_
