#include "store/gold_documents.h"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/ParseHandler.h>
#include <Poco/JSON/Parser.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace keikaku::store::testing {
namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

std::string Text(const Object::Ptr& object, const std::string& key) {
  return object->has(key) && !object->isNull(key) ? object->getValue<std::string>(key) : "";
}

std::optional<std::string> OptionalText(const Object::Ptr& object, const std::string& key) {
  if (!object->has(key) || object->isNull(key)) return std::nullopt;
  return object->getValue<std::string>(key);
}

std::optional<int> OptionalInt(const Object::Ptr& object, const std::string& key) {
  if (!object->has(key) || object->isNull(key)) return std::nullopt;
  return object->getValue<int>(key);
}

std::vector<std::string> Strings(const Object::Ptr& object, const std::string& key) {
  std::vector<std::string> strings;
  if (const Array::Ptr array = object->getArray(key)) {
    for (size_t i = 0; i < array->size(); ++i) strings.push_back(array->getElement<std::string>(i));
  }
  return strings;
}

Texts TextsOf(const Object::Ptr& object) {
  Texts texts;
  if (const Object::Ptr map = object->getObject("texts")) {
    for (const auto& [label, value] : *map) texts.emplace_back(label, value.convert<std::string>());
  }
  return texts;
}

Observation ObservationOf(const Object::Ptr& object) {
  Observation observation;
  observation.fy = OptionalInt(object, "fy");
  if (object->has("value") && !object->isNull("value")) observation.value = object->getValue<double>("value");
  observation.comparator = Text(object, "comparator");
  observation.text = Text(object, "text");
  observation.unit = Text(object, "unit");
  if (const Object::Ptr at = object->getObject("at")) {
    observation.at.line = at->getValue<int>("line");
    observation.at.cell = at->isNull("cell") ? -1 : at->getValue<int>("cell");
  }
  return observation;
}

std::vector<Observation> ObservationsOf(const Object::Ptr& object, const std::string& key) {
  std::vector<Observation> observations;
  const Array::Ptr array = object->getArray(key);
  for (size_t i = 0; array && i < array->size(); ++i)
    observations.push_back(ObservationOf(array->getObject(i)));
  return observations;
}

Indicator IndicatorOf(const Object::Ptr& object) {
  Indicator indicator;
  indicator.name = Text(object, "name");
  indicator.kind = Text(object, "kind");
  indicator.unit = OptionalText(object, "unit");
  if (const Object::Ptr baseline = object->getObject("baseline"))
    indicator.baseline = ObservationOf(baseline);
  indicator.targets = ObservationsOf(object, "targets");
  indicator.actuals = ObservationsOf(object, "actuals");
  indicator.texts = TextsOf(object);
  return indicator;
}

Measure MeasureOf(const Object::Ptr& object) {
  Measure measure;
  measure.ref = Text(object, "ref");
  measure.kind = Text(object, "kind");
  measure.title = Text(object, "title");
  measure.path = Strings(object, "path");
  measure.departments = Strings(object, "departments");
  measure.related_departments = Strings(object, "related_departments");
  measure.status = OptionalText(object, "status");
  measure.repost = object->optValue<bool>("repost", false);
  measure.description = OptionalText(object, "description");
  measure.texts = TextsOf(object);
  const Array::Ptr indicators = object->getArray("indicators");
  for (size_t i = 0; indicators && i < indicators->size(); ++i) {
    measure.indicators.push_back(IndicatorOf(indicators->getObject(i)));
  }
  const Array::Ptr budgets = object->getArray("budgets");
  for (size_t i = 0; budgets && i < budgets->size(); ++i) {
    const Object::Ptr budget = budgets->getObject(i);
    measure.budgets.push_back({budget->getValue<int>("fy"),
                               Text(budget, "category"),
                               budget->getValue<double>("amount_yen"),
                               budget->optValue<bool>("derived", false),
                               {}});
  }
  return measure;
}

GoldDocument GoldDocumentOf(const Object::Ptr& root) {
  GoldDocument gold;
  const Object::Ptr source = root->getObject("source");
  gold.source.path = Text(source, "file");
  gold.source.sha256 = Text(source, "sha256");
  gold.source.encoding = Text(source, "encoding");
  gold.source.format = "text";
  ParsedDocument& parsed = gold.parsed;
  parsed.layout = "gold";
  const Object::Ptr municipality = root->getObject("municipality");
  parsed.municipality = {Text(municipality, "name"), Text(municipality, "prefecture"),
                         OptionalText(municipality, "code")};
  const Object::Ptr plan = root->getObject("plan");
  parsed.plan = {Text(plan, "title"),          Text(plan, "kind"),          OptionalInt(plan, "start_fy"),
                 OptionalInt(plan, "end_fy"),  OptionalText(plan, "as_of"), OptionalText(plan, "published"),
                 OptionalText(plan, "revised")};
  const Array::Ptr measures = root->getArray("measures");
  for (size_t i = 0; i < measures->size(); ++i) parsed.measures.push_back(MeasureOf(measures->getObject(i)));
  const Array::Ptr glossary = root->getArray("glossary");
  for (size_t i = 0; glossary && i < glossary->size(); ++i) {
    parsed.glossary.push_back(
        {Text(glossary->getObject(i), "term"), Text(glossary->getObject(i), "definition")});
  }
  return gold;
}

}  // namespace

std::vector<GoldDocument> LoadGoldDocuments() {
  std::vector<std::string> paths;
  for (const auto& entry : std::filesystem::directory_iterator(KEIKAKU_GOLD_DIR)) {
    if (entry.path().extension() == ".json") paths.push_back(entry.path().string());
  }
  std::sort(paths.begin(), paths.end());
  std::vector<GoldDocument> documents;
  for (const std::string& path : paths) {
    std::ifstream in(path);
    std::stringstream json;
    json << in.rdbuf();
    Poco::JSON::Parser parser(new Poco::JSON::ParseHandler(/*preserveObjectOrder=*/true));
    documents.push_back(GoldDocumentOf(parser.parse(json.str()).extract<Object::Ptr>()));
  }
  return documents;
}

}  // namespace keikaku::store::testing
