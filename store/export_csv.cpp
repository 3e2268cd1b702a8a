// CSV exports, one table at a time, for spreadsheets and BI tools (RFC 4180, CRLF rows).
#include <sstream>

#include "json_writer.h"
#include "keikaku/store/export.h"

namespace keikaku::store {
namespace {

std::string Join(const std::vector<std::string>& parts, const std::string& separator) {
  std::string joined;
  for (size_t i = 0; i < parts.size(); ++i) joined += (i ? separator : "") + parts[i];
  return joined;
}

std::string Number(const std::optional<double>& value) { return value ? FormatJsonNumber(*value) : ""; }

std::string Year(const std::optional<int>& fy) { return fy ? std::to_string(*fy) : ""; }

// Writes one CSV record; every field is quoted when it needs it.
void Row(std::ostream& out, std::initializer_list<std::string> fields) {
  bool first = true;
  for (const std::string& field : fields) {
    if (!first) out << ',';
    out << CsvField(field);
    first = false;
  }
  out << "\r\n";
}

// "2016:920; 2017:940" — a series in one cell.
std::string Series(const std::vector<Observation>& observations) {
  std::vector<std::string> parts;
  for (const Observation& o : observations) {
    parts.push_back((o.fy ? std::to_string(*o.fy) : "?") + ":" + (o.value ? FormatJsonNumber(*o.value) : o.text));
  }
  return Join(parts, "; ");
}

}  // namespace

std::string CsvField(const std::string& field) {
  if (field.find_first_of(",\"\r\n") == std::string::npos) return field;
  std::string quoted = "\"";
  for (const char c : field) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + '"';
}

void WriteObservationsCsv(const std::vector<StoredDocument>& documents, std::ostream& out) {
  Row(out, {"municipality", "document", "measure_ref", "measure_title", "indicator", "kind", "fy", "value", "unit",
            "comparator", "text", "line", "cell"});
  for (const StoredDocument& document : documents) {
    for (const Measure& measure : document.parsed.measures) {
      for (const Indicator& indicator : measure.indicators) {
        const auto write = [&](const char* kind, const Observation& o) {
          Row(out, {document.parsed.municipality.name, document.source.path, measure.ref, measure.title,
                    indicator.name, kind, Year(o.fy), Number(o.value),
                    !o.unit.empty() ? o.unit : indicator.unit.value_or(""), o.comparator, o.text,
                    o.at.line > 0 ? std::to_string(o.at.line) : "", o.at.cell >= 0 ? std::to_string(o.at.cell) : ""});
        };
        if (indicator.baseline) write("baseline", *indicator.baseline);
        for (const Observation& o : indicator.targets) write("target", o);
        for (const Observation& o : indicator.actuals) write("actual", o);
      }
    }
  }
}

void WriteMeasuresCsv(const std::vector<StoredDocument>& documents, std::ostream& out) {
  Row(out, {"municipality", "document", "ref", "kind", "title", "path", "departments", "related_departments",
            "status", "repost", "description", "line"});
  for (const StoredDocument& document : documents) {
    for (const Measure& m : document.parsed.measures) {
      Row(out, {document.parsed.municipality.name, document.source.path, m.ref, m.kind, m.title, Join(m.path, " > "),
                Join(m.departments, "、"), Join(m.related_departments, "、"), m.status.value_or(""),
                m.repost ? "true" : "false", m.description.value_or(""), std::to_string(m.line)});
    }
  }
}

void WriteIndicatorsCsv(const std::vector<StoredDocument>& documents, std::ostream& out) {
  Row(out, {"municipality", "document", "measure_ref", "measure_title", "indicator", "kind", "unit", "baseline_fy",
            "baseline_value", "baseline_text", "targets", "actuals"});
  for (const StoredDocument& document : documents) {
    for (const Measure& m : document.parsed.measures) {
      for (const Indicator& i : m.indicators) {
        Row(out, {document.parsed.municipality.name, document.source.path, m.ref, m.title, i.name, i.kind,
                  i.unit.value_or(""), i.baseline ? Year(i.baseline->fy) : "",
                  i.baseline ? Number(i.baseline->value) : "", i.baseline ? i.baseline->text : "", Series(i.targets),
                  Series(i.actuals)});
      }
    }
  }
}

void WriteBudgetsCsv(const std::vector<StoredDocument>& documents, std::ostream& out) {
  Row(out, {"municipality", "document", "measure_ref", "measure_title", "fy", "category", "amount_yen", "derived"});
  for (const StoredDocument& document : documents) {
    for (const Measure& m : document.parsed.measures) {
      for (const Budget& b : m.budgets) {
        Row(out, {document.parsed.municipality.name, document.source.path, m.ref, m.title, std::to_string(b.fy),
                  b.category, FormatJsonNumber(b.amount_yen), b.derived ? "true" : "false"});
      }
    }
  }
}

CsvWriter CsvTableWriter(const std::string& table) {
  if (table == "observations") return WriteObservationsCsv;
  if (table == "measures") return WriteMeasuresCsv;
  if (table == "indicators") return WriteIndicatorsCsv;
  if (table == "budgets") return WriteBudgetsCsv;
  return nullptr;
}

}  // namespace keikaku::store
