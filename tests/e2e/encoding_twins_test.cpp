// Issue 5's "Done when": the corpus in every encoding Japanese offices publish in, and the
// progress sheet as TSV, UTF-8 CSV, CP932 CSV and XLSX, made here at test time; the keikaku
// binary ingests each twin to the same keikaku/1 records as its original (everything but the
// `source` object), and `keikaku stats` shows the encoding and format it detected.
//
// Each twin kind is ingested into its own database so that `stats` rows map to documents by
// municipality. ctest runs every TEST in its own process, so the exports of each kind are
// cached in the build tree, keyed by the keikaku binary, this test binary and the corpus.
#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unicode/ucnv.h>
#include <unicode/utf8.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <sstream>

#include "keikaku/parsers/grid.h"
#include "support/gold_scoring.h"
#include "support/shell.h"
#include "support/twins.h"

namespace keikaku {
namespace {

using testing::KeikakuCommand;
using testing::Quote;
using testing::RunShell;
using testing::ScratchDir;

const std::vector<std::string> kDocuments = {
    "kazo-gyosei-keiei-plan-2016.txt", "annaka-gyosei-kaikaku-jisshi-keikaku-2020.txt",
    "honjo-sogo-keikaku-zenki-ch6.txt", "komoro-seika-setsumeisho-2019.txt",
    "sakado-action-plan-shinko-kanri-2020.txt"};
const std::string kSheetDocument = "sakado-action-plan-shinko-kanri-2020.txt";

// A way of re-publishing a document. `converter` is the ICU converter of an encoding twin
// (nullptr: stays UTF-8); `sheet_format` is set for the sheet twins of the progress sheet.
struct TwinKind {
  std::string name;
  const char* converter;
  std::string bom;
  bool crlf;
  std::string sheet_format;       // "", "tsv", "csv", "xlsx"
  std::string extension;          // of the twin file
  std::string expected_encoding;  // as `keikaku stats` prints it
  bool windows_glyphs = false;    // print kWindowsGlyphs as a Windows Shift_JIS file does
  bool ragged = false;            // a sheet saved without padding: "" blank rows, ragged widths
};

// Characters CP932 lacks, and what a Shift_JIS file made on Windows prints instead: the em
// dash the corpus uses for "no value" in year tables is 0x815C there, which is U+2015.
const std::vector<std::pair<std::string, std::string>> kWindowsGlyphs = {{"\u2014", "\u2015"}};

std::string ReplaceAll(std::string text, const std::string& from, const std::string& to) {
  for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
  return text;
}

const std::vector<TwinKind> kKinds = {
    {"utf8_bom", nullptr, "\xEF\xBB\xBF", false, "", ".txt", "UTF-8 (BOM)"},
    {"cp932", "windows-31j", "", false, "", ".txt", "Shift_JIS (CP932)"},
    {"cp932_windows_glyphs", "windows-31j", "", false, "", ".txt", "Shift_JIS (CP932)", true},
    {"euc_jp", "EUC-JP", "", false, "", ".txt", "EUC-JP"},
    {"utf16le_bom", "UTF-16LE", "\xFF\xFE", false, "", ".txt", "UTF-16LE"},
    {"utf16be_bom", "UTF-16BE", "\xFE\xFF", false, "", ".txt", "UTF-16BE"},
    {"crlf_bom", nullptr, "\xEF\xBB\xBF", true, "", ".txt", "UTF-8 (BOM)"},
    {"tsv", nullptr, "", true, "tsv", ".tsv", "UTF-8"},
    {"utf8_csv", nullptr, "", true, "csv", ".csv", "UTF-8"},
    {"cp932_csv", "windows-31j", "", true, "csv", ".csv", "Shift_JIS (CP932)"},
    {"ragged_csv", nullptr, "", true, "csv", ".csv", "UTF-8", false, true},
    {"ragged_bom_csv", nullptr, "\xEF\xBB\xBF", false, "csv", ".csv", "UTF-8 (BOM)", false, true},
    {"ragged_cp932_csv", "windows-31j", "", true, "csv", ".csv", "Shift_JIS (CP932)", false, true},
    {"xlsx", nullptr, "", false, "xlsx", ".xlsx", "ZIP (binary)"},
};

const TwinKind& KindNamed(const std::string& name) {
  return *std::find_if(kKinds.begin(), kKinds.end(), [&](const TwinKind& k) { return k.name == name; });
}

std::string Stem(const std::string& file) { return std::filesystem::path(file).stem().string(); }

// ---- Encodings (ICU) ----

// `utf8` converted from UTF-8 to `to` through ICU, or nullopt when ICU reports an error.
std::optional<std::string> Convert(std::string_view utf8, const char* to, const char* from) {
  UErrorCode status = U_ZERO_ERROR;
  std::string out(utf8.size() * 4 + 16, '\0');
  const int32_t size = ucnv_convert(to, from, out.data(), static_cast<int32_t>(out.size()), utf8.data(),
                                    static_cast<int32_t>(utf8.size()), &status);
  if (U_FAILURE(status)) return std::nullopt;
  out.resize(static_cast<size_t>(size));
  return out;
}

// True when `utf8` survives UTF-8 → `converter` → UTF-8 unchanged. A one-way (fallback)
// mapping, such as U+2014 → CP932 0x815C → U+2015, would make the twin differ, so it counts
// as unrepresentable.
bool RoundTrips(std::string_view utf8, const char* converter) {
  const auto encoded = Convert(utf8, converter, "UTF-8");
  if (!encoded) return false;
  const auto decoded = Convert(*encoded, "UTF-8", converter);
  return decoded && *decoded == utf8;
}

// The characters of `utf8` that `converter` cannot carry, each once, with their code points.
std::string Unrepresentable(std::string_view utf8, const char* converter) {
  std::set<UChar32> seen;
  std::string list;
  for (int32_t i = 0, length = static_cast<int32_t>(utf8.size()); i < length;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(utf8.data(), i, length, c);
    if (!seen.insert(c).second) continue;
    const std::string_view character = utf8.substr(static_cast<size_t>(start), static_cast<size_t>(i - start));
    if (RoundTrips(character, converter)) continue;
    char code[16];
    std::snprintf(code, sizeof code, " (U+%04X) ", static_cast<unsigned>(c));
    list += std::string(character) + code;
  }
  return list;
}

std::string WithCrlf(const std::string& text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n' && (i == 0 || text[i - 1] != '\r')) out += '\r';
    out += text[i];
  }
  return out;
}

// ---- Sheets: the progress sheet's cells, padded to one width as a spreadsheet export is ----

std::vector<std::vector<std::string>> SheetRows(const std::string& utf8) {
  return testing::PaddedRows(ReadTextGrid(utf8));
}

std::string XmlEscape(const std::string& text) {
  std::string out;
  for (const char c : text) {
    if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else if (c == '&') out += "&amp;";
    else if (c == '"') out += "&quot;";
    else out += c;
  }
  return out;
}

// Column letters of 0-based column `c`: A … Z, AA …
std::string ColumnName(size_t c) {
  std::string name;
  for (size_t n = c + 1; n > 0; n = (n - 1) / 26) name.insert(name.begin(), static_cast<char>('A' + (n - 1) % 26));
  return name;
}

// A minimal workbook as Excel writes one: sheet row = source line, text in shared strings,
// whole numbers (no leading zero) as numeric cells shown through the General format.
std::string Xlsx(const std::vector<std::vector<std::string>>& rows) {
  const std::string main_ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const std::string rel_ns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  std::string sheet, strings;
  int string_count = 0;
  for (size_t r = 0; r < rows.size(); ++r) {
    std::string cells;
    for (size_t c = 0; c < rows[r].size(); ++c) {
      const std::string& text = rows[r][c];
      if (text.empty()) continue;
      const std::string ref = ColumnName(c) + std::to_string(r + 1);
      if (text.size() < 10 && text[0] != '0' && text.find_first_not_of("0123456789") == std::string::npos) {
        cells += "<c r=\"" + ref + "\"><v>" + text + "</v></c>";
        continue;
      }
      cells += "<c r=\"" + ref + "\" t=\"s\"><v>" + std::to_string(string_count++) + "</v></c>";
      strings += "<si><t xml:space=\"preserve\">" + XmlEscape(text) + "</t></si>";
    }
    if (!cells.empty()) sheet += "<row r=\"" + std::to_string(r + 1) + "\">" + cells + "</row>";
  }
  const std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
  return testing::MakeZip({
      {"[Content_Types].xml",
       xml + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
             "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
             "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>"},
      {"xl/workbook.xml", xml + "<workbook xmlns=\"" + main_ns + "\" xmlns:r=\"" + rel_ns +
                              "\"><sheets><sheet name=\"進行管理\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
      {"xl/_rels/workbook.xml.rels",
       xml + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
             "<Relationship Id=\"rId1\" Type=\"" + rel_ns + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
             "<Relationship Id=\"rId2\" Type=\"" + rel_ns + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
             "</Relationships>"},
      {"xl/sharedStrings.xml", xml + "<sst xmlns=\"" + main_ns + "\" count=\"" + std::to_string(string_count) +
                                   "\" uniqueCount=\"" + std::to_string(string_count) + "\">" + strings + "</sst>"},
      {"xl/worksheets/sheet1.xml", xml + "<worksheet xmlns=\"" + main_ns + "\" xmlns:r=\"" + rel_ns +
                                       "\"><sheetData>" + sheet + "</sheetData></worksheet>"},
  });
}

// The twin of corpus document `document`, or nullopt with `reason` when the kind cannot carry
// it (an encoding without some of its characters; a sheet twin of a non-sheet document).
std::optional<std::string> MakeTwin(const TwinKind& kind, const std::string& document, std::string& reason) {
  const std::string original = testing::ReadFileBytes(testing::CorpusPath(document));
  if (!kind.sheet_format.empty() && document != kSheetDocument) {
    reason = "sheet twins are made of the progress sheet only";
    return std::nullopt;
  }
  std::string text = original;
  if (kind.windows_glyphs) {
    for (const auto& [lacking, printed] : kWindowsGlyphs) {
      if (original.find(printed) != std::string::npos) {
        reason = "the original already prints " + printed + ", so the twin's cannot be told apart";
        return std::nullopt;
      }
      text = ReplaceAll(text, lacking, printed);
    }
    if (text == original) {
      reason = "the original prints none of the characters CP932 lacks; the cp932 twin covers it";
      return std::nullopt;
    }
  }
  if (kind.sheet_format == "xlsx") return Xlsx(SheetRows(original));
  if (kind.sheet_format == "tsv") text = testing::TsvOf(SheetRows(original));
  if (kind.sheet_format == "csv") {
    text = testing::CsvOf(kind.ragged ? testing::RaggedRows(ReadTextGrid(original)) : SheetRows(original), "\n");
  }
  if (kind.crlf) text = WithCrlf(text);
  if (!kind.converter) return kind.bom + text;
  if (!RoundTrips(text, kind.converter)) {
    reason = std::string(kind.converter) + " cannot carry: " + Unrepresentable(text, kind.converter);
    return std::nullopt;
  }
  return kind.bom + *Convert(text, kind.converter, "UTF-8");
}

// ---- Ingest and export, once per kind and build ----

struct KindRun {
  std::map<std::string, std::string> lines_by_stem;  // keikaku/1 JSON line per twin file stem
  std::string stats;                                 // `keikaku stats` output
};

std::string FileStamp(const std::string& path) {
  struct stat info{};
  if (stat(path.c_str(), &info) != 0) return path;
  return std::to_string(info.st_mtim.tv_sec) + "." + std::to_string(info.st_mtim.tv_nsec) + ":" +
         std::to_string(info.st_size);
}

// build/tests/encoding-twins/<key>: the key changes with keikaku, this test and the corpus.
std::filesystem::path CacheDir() {
  std::string key = FileStamp(KEIKAKU_BINARY) + FileStamp("/proc/self/exe");
  for (const std::string& document : kDocuments) key += testing::ReadFileBytes(testing::CorpusPath(document));
  return std::filesystem::path(KEIKAKU_BINARY).parent_path().parent_path() / "tests" / "encoding-twins" /
         testing::Sha256Hex(key).substr(0, 16);
}

// Writes `content` to `path` through a rename, so a concurrent reader sees all or nothing.
void WriteAtomically(const std::filesystem::path& path, const std::string& content) {
  if (!std::filesystem::exists(path.parent_path())) {
    // A new build: the caches of earlier builds are stale.
    std::error_code ignored;
    for (const auto& entry : std::filesystem::directory_iterator(path.parent_path().parent_path(), ignored)) {
      if (entry.path() != path.parent_path()) std::filesystem::remove_all(entry.path(), ignored);
    }
  }
  std::filesystem::create_directories(path.parent_path());
  const std::string temporary = path.string() + ".tmp" + std::to_string(getpid());
  std::FILE* file = std::fopen(temporary.c_str(), "wb");
  ASSERT_NE(file, nullptr) << temporary;
  std::fwrite(content.data(), 1, content.size(), file);
  std::fclose(file);
  std::filesystem::rename(temporary, path);
}

// Makes every twin of `kind_name` ("original" for the corpus itself), ingests them into a
// fresh database and stores its jsonl export and stats in the cache.
void IngestKind(const std::string& kind_name, const std::filesystem::path& jsonl, const std::filesystem::path& stats) {
  ScratchDir dir;
  for (const std::string& document : kDocuments) {
    if (kind_name == "original") {
      dir.Write("docs/" + document, testing::ReadFileBytes(testing::CorpusPath(document)));
      continue;
    }
    const TwinKind& kind = KindNamed(kind_name);
    std::string reason;
    if (const auto twin = MakeTwin(kind, document, reason)) dir.Write("docs/" + Stem(document) + kind.extension, *twin);
  }
  const std::string db = Quote(dir.path() + "/k.db");
  const auto ingest = RunShell(KeikakuCommand("ingest --quiet --db " + db + " " + Quote(dir.path() + "/docs")));
  ASSERT_EQ(ingest.exit_code, 0) << kind_name << ": " << ingest.output << ingest.errors;
  const auto exported = RunShell(KeikakuCommand("export --format jsonl --db " + db));
  ASSERT_EQ(exported.exit_code, 0) << exported.errors;
  const auto listed = RunShell(KeikakuCommand("stats --db " + db));
  ASSERT_EQ(listed.exit_code, 0) << listed.errors;
  WriteAtomically(stats, listed.output);
  WriteAtomically(jsonl, exported.output);  // last: its presence marks the kind as done
}

KindRun RunKind(const std::string& kind_name) {
  const std::filesystem::path dir = CacheDir();
  const std::filesystem::path jsonl = dir / (kind_name + ".jsonl"), stats = dir / (kind_name + ".stats");
  if (!std::filesystem::exists(jsonl)) IngestKind(kind_name, jsonl, stats);
  KindRun run;
  if (!std::filesystem::exists(jsonl)) return run;
  run.stats = testing::ReadFileBytes(stats.string());
  std::istringstream lines(testing::ReadFileBytes(jsonl.string()));
  for (std::string line; std::getline(lines, line);) {
    const size_t at = line.find("\"file\":\"") + 8;
    run.lines_by_stem[Stem(line.substr(at, line.find('"', at) - at))] = line;
  }
  return run;
}

// ---- Comparing documents ----

// `line` without its "source":{…} object (file, sha256, encoding, format differ by design).
std::string WithoutSource(const std::string& line) {
  const size_t start = line.find("\"source\":{");
  if (start == std::string::npos) return line;
  const size_t end = line.find('}', start);
  return line.substr(0, start) + line.substr(end + 2);  // also the comma after the object
}

// The string value of `"key":"…"` (first occurrence) in a keikaku/1 line.
std::string StringField(const std::string& line, const std::string& key) {
  const std::string opener = "\"" + key + "\":\"";
  const size_t at = line.find(opener);
  if (at == std::string::npos) return "";
  const size_t start = at + opener.size();
  return line.substr(start, line.find('"', start) - start);
}

// Where two exports first differ, with some context of each, for a readable failure.
std::string FirstDifference(const std::string& twin, const std::string& original) {
  const auto [a, b] = std::mismatch(twin.begin(), twin.end(), original.begin(), original.end());
  const size_t at = static_cast<size_t>(a - twin.begin());
  const size_t from = at > 300 ? at - 300 : 0;
  return "first difference at character " + std::to_string(at) + "\n  twin:     …" + twin.substr(from, 600) +
         "\n  original: …" + original.substr(from, 600);
}

struct Twin {
  std::string kind;
  std::string document;
};

// How gtest names a parameter in its output.
void PrintTo(const Twin& twin, std::ostream* out) { *out << twin.kind << " twin of " << twin.document; }

std::vector<Twin> AllTwins() {
  std::vector<Twin> twins;
  for (const TwinKind& kind : kKinds) {
    for (const std::string& document : kDocuments) {
      if (kind.sheet_format.empty() || document == kSheetDocument) twins.push_back({kind.name, document});
    }
  }
  return twins;
}

std::string TwinName(const ::testing::TestParamInfo<Twin>& info) {
  return info.param.kind + "_" + info.param.document.substr(0, info.param.document.find('-'));
}

class EncodingTwin : public ::testing::TestWithParam<Twin> {
 protected:
  void SetUp() override {
    std::string reason;
    if (!MakeTwin(KindNamed(GetParam().kind), GetParam().document, reason)) GTEST_SKIP() << reason;
    original_ = RunKind("original").lines_by_stem[Stem(GetParam().document)];
    twin_ = RunKind(GetParam().kind).lines_by_stem[Stem(GetParam().document)];
    ASSERT_FALSE(original_.empty()) << "the original was not exported";
    ASSERT_FALSE(twin_.empty()) << "the twin was not exported";
  }
  std::string original_, twin_;
};

TEST_P(EncodingTwin, ExportsTheOriginalsRecords) {
  // The sheet twins write one CSV record per source line (no cell holds a line break), so
  // `at.line` is compared too: nothing is removed but the source object. Texts are kept as
  // printed, so a Windows-glyph twin's texts are mapped back to the original's characters.
  std::string twin = WithoutSource(twin_);
  const std::string original = WithoutSource(original_);
  if (KindNamed(GetParam().kind).windows_glyphs) {
    for (const auto& [lacking, printed] : kWindowsGlyphs) twin = ReplaceAll(twin, printed, lacking);
  }
  EXPECT_TRUE(twin == original) << FirstDifference(twin, original);
  EXPECT_EQ(StringField(twin_, "layout"), StringField(original_, "layout"));
}

TEST_P(EncodingTwin, StatsShowsTheDetectedEncodingAndFormat) {
  const TwinKind& kind = KindNamed(GetParam().kind);
  const std::string format = kind.sheet_format.empty() ? StringField(original_, "format") : kind.sheet_format;
  const std::string municipality = StringField(original_.substr(original_.find("\"municipality\"")), "name");
  EXPECT_EQ(StringField(twin_, "encoding"), kind.expected_encoding) << twin_.substr(0, 300);
  const std::string stats = RunKind(kind.name).stats;
  std::istringstream lines(stats);
  int rows = 0;
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind(municipality + " ", 0) != 0) continue;
    ++rows;
    EXPECT_NE(line.find("  " + kind.expected_encoding + "  "), std::string::npos) << line;
    EXPECT_NE(line.find("  " + format + "  "), std::string::npos) << line;
  }
  EXPECT_EQ(rows, 1) << municipality << "\n" << stats;
}

INSTANTIATE_TEST_SUITE_P(Corpus, EncodingTwin, ::testing::ValuesIn(AllTwins()), TwinName);

}  // namespace
}  // namespace keikaku
