#include "keikaku/store/export.h"

#include "json_writer.h"

namespace keikaku::store {
namespace {

void WriteTexts(JsonWriter& json, const Texts& texts) {
  json.BeginObject();
  for (const auto& [label, text] : texts) {
    json.Key(label);
    json.String(text);
  }
  json.EndObject();
}

void WriteStrings(JsonWriter& json, const std::vector<std::string>& strings) {
  json.BeginArray();
  for (const std::string& s : strings) json.String(s);
  json.EndArray();
}

void WriteObservation(JsonWriter& json, const Observation& observation) {
  json.BeginObject();
  json.Key("fy");
  json.OptionalInteger(observation.fy);
  json.Key("value");
  json.OptionalNumber(observation.value);
  json.Key("comparator");
  json.StringOrNull(observation.comparator);
  json.Key("text");
  json.String(observation.text);
  if (!observation.unit.empty()) {
    json.Key("unit");
    json.String(observation.unit);
  }
  if (observation.at.line > 0) {
    json.Key("at");
    json.BeginObject();
    json.Key("line");
    json.Integer(observation.at.line);
    json.Key("cell");
    observation.at.cell >= 0 ? json.Integer(observation.at.cell) : json.Null();
    if (observation.at.page > 0) {
      json.Key("page");
      json.Integer(observation.at.page);
    }
    if (observation.at.printed_page > 0) {
      json.Key("printed_page");
      json.Integer(observation.at.printed_page);
    }
    json.EndObject();
  }
  json.EndObject();
}

void WriteObservations(JsonWriter& json, const std::vector<Observation>& observations) {
  json.BeginArray();
  for (const Observation& observation : observations) WriteObservation(json, observation);
  json.EndArray();
}

void WriteIndicator(JsonWriter& json, const Indicator& indicator) {
  json.BeginObject();
  json.Key("name");
  json.String(indicator.name);
  if (!indicator.kind.empty()) {
    json.Key("kind");
    json.String(indicator.kind);
  }
  json.Key("unit");
  json.OptionalString(indicator.unit);
  json.Key("baseline");
  if (indicator.baseline) {
    WriteObservation(json, *indicator.baseline);
  } else {
    json.Null();
  }
  json.Key("targets");
  WriteObservations(json, indicator.targets);
  json.Key("actuals");
  WriteObservations(json, indicator.actuals);
  if (!indicator.texts.empty()) {
    json.Key("texts");
    WriteTexts(json, indicator.texts);
  }
  json.EndObject();
}

void WriteBudget(JsonWriter& json, const Budget& budget) {
  json.BeginObject();
  json.Key("fy");
  json.Integer(budget.fy);
  json.Key("category");
  json.String(budget.category);
  json.Key("amount_yen");
  json.Number(budget.amount_yen);
  if (budget.derived) {
    json.Key("derived");
    json.Bool(true);
  }
  json.EndObject();
}

void WriteMeasure(JsonWriter& json, const Measure& measure) {
  json.BeginObject();
  json.Key("ref");
  json.String(measure.ref);
  json.Key("kind");
  json.String(measure.kind);
  json.Key("title");
  json.String(measure.title);
  json.Key("path");
  WriteStrings(json, measure.path);
  json.Key("departments");
  WriteStrings(json, measure.departments);
  json.Key("related_departments");
  WriteStrings(json, measure.related_departments);
  json.Key("status");
  json.OptionalString(measure.status);
  json.Key("repost");
  json.Bool(measure.repost);
  json.Key("description");
  json.OptionalString(measure.description);
  json.Key("texts");
  WriteTexts(json, measure.texts);
  json.Key("indicators");
  json.BeginArray();
  for (const Indicator& indicator : measure.indicators) WriteIndicator(json, indicator);
  json.EndArray();
  json.Key("budgets");
  json.BeginArray();
  for (const Budget& budget : measure.budgets) WriteBudget(json, budget);
  json.EndArray();
  json.EndObject();
}

void WritePlan(JsonWriter& json, const Plan& plan) {
  json.BeginObject();
  json.Key("title");
  json.String(plan.title);
  json.Key("kind");
  json.String(plan.kind);
  json.Key("start_fy");
  json.OptionalInteger(plan.start_fy);
  json.Key("end_fy");
  json.OptionalInteger(plan.end_fy);
  json.Key("as_of");
  json.OptionalString(plan.as_of);
  json.Key("published");
  json.OptionalString(plan.published);
  json.Key("revised");
  json.OptionalString(plan.revised);
  json.EndObject();
}

}  // namespace

std::string ToKeikakuJson(const StoredDocument& document) {
  const ParsedDocument& parsed = document.parsed;
  JsonWriter json;
  json.BeginObject();
  json.Key("schema");
  json.String("keikaku/1");
  json.Key("source");
  json.BeginObject();
  json.Key("file");
  json.String(document.source.path);
  json.Key("sha256");
  json.String(document.source.sha256);
  json.Key("encoding");
  json.String(document.source.encoding);
  json.Key("format");
  json.String(document.source.format);
  json.Key("layout");
  json.String(parsed.layout);
  json.EndObject();
  json.Key("municipality");
  json.BeginObject();
  json.Key("name");
  json.StringOrNull(parsed.municipality.name);
  json.Key("prefecture");
  json.StringOrNull(parsed.municipality.prefecture);
  json.Key("code");
  json.OptionalString(parsed.municipality.code);
  json.EndObject();
  json.Key("plan");
  WritePlan(json, parsed.plan);
  json.Key("measures");
  json.BeginArray();
  for (const Measure& measure : parsed.measures) WriteMeasure(json, measure);
  json.EndArray();
  json.Key("glossary");
  json.BeginArray();
  for (const GlossaryEntry& entry : parsed.glossary) {
    json.BeginObject();
    json.Key("term");
    json.String(entry.term);
    json.Key("definition");
    json.String(entry.definition);
    json.EndObject();
  }
  json.EndArray();
  json.EndObject();
  return json.Take();
}

void WriteJsonArray(const std::vector<StoredDocument>& documents, std::ostream& out) {
  out << "[";
  for (size_t i = 0; i < documents.size(); ++i) {
    out << (i ? ",\n" : "\n") << ToKeikakuJson(documents[i]);
  }
  out << "\n]\n";
}

void WriteJsonLines(const std::vector<StoredDocument>& documents, std::ostream& out) {
  for (const StoredDocument& document : documents) out << ToKeikakuJson(document) << '\n';
}

}  // namespace keikaku::store
