#include "support/gold_json.h"

#include <Poco/JSON/Array.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace keikaku::testing {
namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;
using Poco::Dynamic::Var;

Var Field(const Object::Ptr& object, const std::string& key) {
  return object && object->has(key) ? object->get(key) : Var();
}

// The elements of an array field; none when absent, null or not an array.
std::vector<Var> Elements(const Object::Ptr& object, const std::string& key) {
  const Var value = Field(object, key);
  std::vector<Var> elements;
  if (value.type() != typeid(Array::Ptr)) return elements;
  const Array::Ptr array = value.extract<Array::Ptr>();
  for (size_t i = 0; i < array->size(); ++i) elements.push_back(array->get(static_cast<unsigned>(i)));
  return elements;
}

std::string ReprVar(const Var& value) {
  if (value.isEmpty()) return "None";
  if (value.isString()) return Repr(value.convert<std::string>());
  if (value.isBoolean()) return value.convert<bool>() ? "True" : "False";
  if (value.isInteger()) return value.convert<std::string>();
  if (value.isNumeric()) {
    const double number = value.convert<double>();
    return ReprNumber(number) + (number == std::floor(number) && std::abs(number) < 1e15 ? ".0" : "");
  }
  if (value.type() == typeid(Array::Ptr)) {
    const Array::Ptr array = value.extract<Array::Ptr>();
    std::string list = "[";
    for (size_t i = 0; i < array->size(); ++i) {
      list += (i ? ", " : "") + ReprVar(array->get(static_cast<unsigned>(i)));
    }
    return list + "]";
  }
  return value.convert<std::string>();
}

}  // namespace

bool IsNullOrAbsent(const Object::Ptr& object, const std::string& key) { return Field(object, key).isEmpty(); }

std::string Text(const Object::Ptr& object, const std::string& key) {
  const Var value = Field(object, key);
  if (value.isEmpty()) return "";
  if (value.isString()) return value.convert<std::string>();
  if (value.isNumeric() && !value.isInteger() && !value.isBoolean()) return ReprNumber(value.convert<double>());
  return value.convert<std::string>();
}

std::string TextOr(const Object::Ptr& object, const std::string& key, const std::string& fallback) {
  const std::string text = Text(object, key);
  return text.empty() ? fallback : text;
}

std::optional<double> Number(const Object::Ptr& object, const std::string& key) {
  const Var value = Field(object, key);
  if (value.isEmpty() || value.isBoolean()) return std::nullopt;
  if (value.isNumeric()) return value.convert<double>();
  if (!value.isString()) return std::nullopt;
  const std::string text = value.convert<std::string>();
  char* end = nullptr;
  const double parsed = std::strtod(text.c_str(), &end);
  if (text.empty() || end != text.c_str() + text.size()) return std::nullopt;
  return parsed;
}

Object::Ptr ObjectOf(const Object::Ptr& object, const std::string& key) {
  const Var value = Field(object, key);
  return value.type() == typeid(Object::Ptr) ? value.extract<Object::Ptr>() : nullptr;
}

std::vector<Object::Ptr> Objects(const Object::Ptr& object, const std::string& key) {
  std::vector<Object::Ptr> objects;
  for (const Var& element : Elements(object, key)) {
    if (element.type() == typeid(Object::Ptr)) objects.push_back(element.extract<Object::Ptr>());
  }
  return objects;
}

std::vector<std::string> Texts(const Object::Ptr& object, const std::string& key) {
  std::vector<std::string> texts;
  for (const Var& element : Elements(object, key)) {
    texts.push_back(element.isEmpty() ? "" : element.convert<std::string>());
  }
  return texts;
}

std::string Prefix(const std::string& text, size_t count) {
  size_t at = 0;
  for (size_t seen = 0; at < text.size() && seen < count; ++seen) {
    do ++at;
    while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80);
  }
  return text.substr(0, at);
}

std::string BaseName(const std::string& path) {
  const size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string Repr(const std::string& text) {
  const char quote = text.find('\'') != std::string::npos && text.find('"') == std::string::npos ? '"' : '\'';
  std::string repr(1, quote);
  for (const char c : text) {
    if (c == '\\' || c == quote) repr += '\\';
    if (c == '\n') repr += "\\n";
    else if (c == '\t') repr += "\\t";
    else repr += c;
  }
  return repr + quote;
}

std::string ReprNumber(double value) {
  if (std::isfinite(value) && value == std::floor(value) && std::abs(value) < 1e15) {
    return std::to_string(static_cast<long long>(value));
  }
  char buffer[32];
  for (int precision = 1; precision <= 17; ++precision) {
    std::snprintf(buffer, sizeof buffer, "%.*g", precision, value);
    if (std::strtod(buffer, nullptr) == value) break;
  }
  return buffer;
}

std::string ReprOf(const Object::Ptr& object, const std::string& key) { return ReprVar(Field(object, key)); }

}  // namespace keikaku::testing
