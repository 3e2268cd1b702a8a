// keikaku normalize text|number|date|heading: the normaliser as a filter, one JSON object
// per input line, for people checking a cell and for scripts.
#include <charconv>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <optional>
#include <string>

#include "commands.h"
#include "keikaku/store/export.h"
#include "keikaku/normalize/date.h"
#include "keikaku/normalize/number.h"
#include "keikaku/normalize/text.h"
#include "options.h"

namespace keikaku::cli {
namespace {

namespace kn = keikaku::normalize;

const CommandSpec kNormalizeSpec = {
    "normalize",
    "text|number|date|heading [STRING...]",
    "Normalises each STRING (or each line of standard input when none is given) as keikaku "
    "stores it and prints one JSON object per input: text -> {text, normalized}; number -> "
    "{text, value, unit, comparator, scaled, base_unit, dash, approximate}; date -> {text, kind, "
    "year, fy, month, date, start, end, error}; heading -> {text, number, title}. Fields the "
    "input does not give are null. Put -- before strings that begin with '-'.",
    {{"era", "", "era for bare years such as 28年度 (H, R, S, 平成, 令和 ...)", "ERA"}},
};

// Minimal JSON writer: strings stay UTF-8, control characters are escaped.
class JsonLine {
 public:
  JsonLine& Key(std::string_view key) {
    out_ += out_.empty() ? "{" : ",";
    AppendString(key);
    out_ += ':';
    return *this;
  }
  JsonLine& String(std::string_view value) {
    AppendString(value);
    return *this;
  }
  JsonLine& StringOrNull(std::string_view value) {
    return value.empty() ? Null() : String(value);
  }
  JsonLine& Number(std::optional<double> value) {
    if (!value) return Null();
    char buffer[512];
    // Plain notation ("-318000000", "0.1") for the magnitudes plans print; exponent beyond.
    const bool plain = std::abs(*value) < 1e21;
    const auto result = plain ? std::to_chars(buffer, buffer + sizeof buffer, *value, std::chars_format::fixed)
                              : std::to_chars(buffer, buffer + sizeof buffer, *value);
    out_.append(buffer, result.ptr);
    return *this;
  }
  JsonLine& Int(std::optional<int> value) {
    return value ? Number(static_cast<double>(*value)) : Null();
  }
  JsonLine& Bool(bool value) {
    out_ += value ? "true" : "false";
    return *this;
  }
  JsonLine& Null() {
    out_ += "null";
    return *this;
  }
  std::string Finish() { return out_.empty() ? "{}" : out_ + "}"; }

 private:
  void AppendString(std::string_view text) { out_ += keikaku::store::JsonQuote(text); }

  std::string out_;
};

std::string_view KindName(kn::DateKind kind) {
  switch (kind) {
    case kn::DateKind::kYear: return "year";
    case kn::DateKind::kFiscalYear: return "fiscal_year";
    case kn::DateKind::kMonth: return "month";
    case kn::DateKind::kDate: return "date";
    case kn::DateKind::kFiscalYearEnd: return "fiscal_year_end";
    case kn::DateKind::kRange: return "range";
  }
  return "";
}

std::string TextJson(const std::string& input) {
  return JsonLine().Key("text").String(input).Key("normalized").String(kn::NormalizeText(input)).Finish();
}

std::string HeadingJson(const std::string& input) {
  const kn::Heading heading = kn::SplitHeading(input);
  return JsonLine().Key("text").String(input).Key("number").StringOrNull(heading.number)
      .Key("title").String(heading.title).Finish();
}

std::string NumberJson(const std::string& input) {
  const kn::Quantity quantity = kn::ParseNumber(input);
  return JsonLine().Key("text").String(quantity.text).Key("value").Number(quantity.value)
      .Key("unit").StringOrNull(quantity.unit)
      .Key("comparator").StringOrNull(kn::ComparatorSymbol(quantity.comparator))
      .Key("scaled").Number(quantity.scaled).Key("base_unit").StringOrNull(quantity.base_unit)
      .Key("dash").Bool(quantity.is_dash).Key("approximate").Bool(quantity.approximate).Finish();
}

std::string DateJson(const std::string& input, kn::Era era) {
  const std::optional<kn::DateValue> value = kn::ParseDate(input, era);
  JsonLine line;
  line.Key("text").String(input);
  if (!value) {
    line.Key("kind").Null().Key("year").Null().Key("fy").Null().Key("month").Null();
    line.Key("date").Null().Key("start").Null().Key("end").Null();
    return line.Key("error").String("no date").Finish();
  }
  const bool has_month = value->kind == kn::DateKind::kMonth || value->kind == kn::DateKind::kDate;
  const bool is_range = value->kind == kn::DateKind::kRange;
  kn::DatePoint month = value->start;
  month.day.reset();
  std::string date;
  if (value->kind == kn::DateKind::kDate) date = kn::FormatDatePoint(value->start);
  if (value->kind == kn::DateKind::kFiscalYearEnd) date = kn::FormatDatePoint(value->end);
  line.Key("kind").String(KindName(value->kind)).Key("year").Int(value->year).Key("fy").Int(value->fy);
  line.Key("month").StringOrNull(has_month ? kn::FormatDatePoint(month) : "");
  line.Key("date").StringOrNull(date);
  line.Key("start").StringOrNull(kn::FormatDatePoint(value->start));
  line.Key("end").StringOrNull(is_range || value->kind == kn::DateKind::kFiscalYearEnd
                                   ? kn::FormatDatePoint(value->end)
                                   : "");
  if (value->error.empty()) line.Key("error").Null();
  else line.Key("error").String(value->error);
  return line.Finish();
}

// Options go to the shared parser; everything else (numbers such as "-43人" included) is input.
Args SplitOptions(const Args& args, Args& inputs) {
  Args options;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--") {
      inputs.insert(inputs.end(), args.begin() + static_cast<long>(i) + 1, args.end());
      break;
    }
    const bool is_option = arg.starts_with("--") || arg == "-h";
    if (!is_option) {
      inputs.push_back(arg);
      continue;
    }
    options.push_back(arg);
    if (arg == "--era" && i + 1 < args.size()) options.push_back(args[++i]);
  }
  return options;
}

}  // namespace

int RunNormalize(const Args& args) {
  Args inputs;
  const ParsedArgs parsed = ParseArgs(kNormalizeSpec, SplitOptions(args, inputs));
  if (parsed.help) {
    PrintHelp(kNormalizeSpec, std::cout);
    return 0;
  }
  if (inputs.empty()) throw UsageError("expected text, number, date or heading");
  const std::string mode = inputs.front();
  inputs.erase(inputs.begin());
  if (mode != "text" && mode != "number" && mode != "date" && mode != "heading") {
    throw UsageError("unknown kind '" + mode + "' (expected text, number, date or heading)");
  }
  kn::Era era = kn::Era::kNone;
  if (parsed.Has("era")) {
    era = kn::EraFromName(parsed.Get("era"));
    if (era == kn::Era::kNone) throw UsageError("unknown era '" + parsed.Get("era") + "'");
  }
  auto convert = [&](const std::string& input) {
    if (mode == "text") return TextJson(input);
    if (mode == "number") return NumberJson(input);
    if (mode == "heading") return HeadingJson(input);
    return DateJson(input, era);
  };
  for (const std::string& input : inputs) std::cout << convert(input) << '\n';
  if (inputs.empty()) {
    std::string line;
    while (std::getline(std::cin, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      std::cout << convert(line) << '\n';
    }
  }
  return 0;
}

}  // namespace keikaku::cli
