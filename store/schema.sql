-- keikaku store, schema version 3 (PRAGMA user_version = 3). See store/SCHEMA.md.
-- A database of an older version is brought here by the upgrade_v*.sql steps.
--
-- Conventions: every table that keeps an order has `ordinal` (0-based, printed order);
-- strings the records keep as '' when absent (measure ref, indicator kind, comparator,
-- observation unit, municipality name and prefecture) are NULL here; a source place
-- with no line or cell is NULL. Lists of names are JSON arrays of strings.
-- Deleting a document deletes everything it holds (ON DELETE CASCADE).

CREATE TABLE documents (
  id                  INTEGER PRIMARY KEY,
  path                TEXT    NOT NULL UNIQUE,  -- as given to `keikaku ingest`, '/'-separated
  sha256              TEXT    NOT NULL,         -- hex of the raw bytes
  size_bytes          INTEGER NOT NULL,
  encoding            TEXT    NOT NULL,         -- 'UTF-8', 'Shift_JIS (CP932)', …
  encoding_confidence REAL    NOT NULL,         -- 0..1
  format              TEXT    NOT NULL,         -- text | tsv | csv | markdown | html | xlsx
  layout              TEXT    NOT NULL,         -- the layout parser that read it
  layout_score        REAL    NOT NULL,         -- that parser's detection score, 0..1
  municipality        TEXT,                     -- '加須市'; NULL when not recognised
  prefecture          TEXT,                     -- '埼玉県'
  municipality_code   TEXT,                     -- 6-digit 全国地方公共団体コード
  plan_title          TEXT    NOT NULL,
  plan_kind           TEXT    NOT NULL,         -- plan | implementation_plan | progress_report | …
  start_fy            INTEGER,
  end_fy              INTEGER,
  as_of               TEXT,                     -- YYYY-MM-DD
  published           TEXT,                     -- YYYY-MM or YYYY-MM-DD
  revised             TEXT,
  imported_at         TEXT    NOT NULL,         -- ISO 8601 UTC
  modified_ns         INTEGER                   -- the file's modification time when read (ns
                                                -- since 1970); a re-import skips a file whose size
                                                -- and time are unchanged without reading it
);
CREATE INDEX documents_by_municipality ON documents (municipality);

CREATE TABLE measures (
  id                  INTEGER PRIMARY KEY,
  document_id         INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  ordinal             INTEGER NOT NULL,
  ref                 TEXT,                     -- number as printed ('1-2', '③'); NULL when none
  kind                TEXT    NOT NULL,         -- action | policy | project
  title               TEXT    NOT NULL,
  path                TEXT    NOT NULL,         -- JSON array of enclosing headings, outermost first
  departments         TEXT    NOT NULL,         -- JSON array
  related_departments TEXT    NOT NULL,         -- JSON array
  status              TEXT,
  repost              INTEGER NOT NULL,         -- 1 when the measure is printed again (再掲)
  description         TEXT,
  line                INTEGER NOT NULL,         -- 1-based source line where it starts
  UNIQUE (document_id, ordinal)
);

CREATE TABLE measure_texts (
  measure_id          INTEGER NOT NULL REFERENCES measures (id) ON DELETE CASCADE,
  ordinal             INTEGER NOT NULL,
  label               TEXT    NOT NULL,         -- '現状と課題', '取組内容', …
  text                TEXT    NOT NULL,
  PRIMARY KEY (measure_id, ordinal)
) WITHOUT ROWID;

CREATE TABLE indicators (
  id                  INTEGER PRIMARY KEY,
  measure_id          INTEGER NOT NULL REFERENCES measures (id) ON DELETE CASCADE,
  ordinal             INTEGER NOT NULL,
  name                TEXT    NOT NULL,         -- as printed
  kind                TEXT,                     -- outcome | activity; NULL when not said
  unit                TEXT,                     -- NULL when none is printed
  concept             TEXT,                     -- key from store/concepts.tsv; NULL when unmapped
  UNIQUE (measure_id, ordinal)
);
CREATE INDEX indicators_by_name ON indicators (name);
CREATE INDEX indicators_by_concept ON indicators (concept);

CREATE TABLE indicator_texts (
  indicator_id        INTEGER NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
  ordinal             INTEGER NOT NULL,
  label               TEXT    NOT NULL,
  text                TEXT    NOT NULL,
  PRIMARY KEY (indicator_id, ordinal)
) WITHOUT ROWID;

CREATE TABLE observations (
  id                  INTEGER PRIMARY KEY,
  indicator_id        INTEGER NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
  role                TEXT    NOT NULL CHECK (role = 'baseline' OR role = 'target' OR role = 'actual'),
  ordinal             INTEGER NOT NULL,         -- order within the role
  fy                  INTEGER,                  -- fiscal year; NULL when not given
  value               REAL,                     -- NULL for words and dashes
  comparator          TEXT,                     -- '>=', '<=', '<', '>'; NULL when none
  text                TEXT    NOT NULL,         -- the printed cell, normalised
  unit                TEXT,                     -- only when it differs from the indicator's unit
  line                INTEGER,                  -- 1-based source line (sheet row)
  cell                INTEGER,                  -- 0-based cell index; NULL in running text
  page                INTEGER,                  -- 1-based PDF page; NULL for sources without pages
  printed_page        INTEGER,                  -- page number printed on that page; NULL when none read
  UNIQUE (indicator_id, role, ordinal)
);

CREATE TABLE budgets (
  id                  INTEGER PRIMARY KEY,
  measure_id          INTEGER NOT NULL REFERENCES measures (id) ON DELETE CASCADE,
  ordinal             INTEGER NOT NULL,
  fy                  INTEGER NOT NULL,
  category            TEXT    NOT NULL,         -- total | national_prefectural | bonds | other | general
  amount_yen          REAL    NOT NULL,
  derived             INTEGER NOT NULL,         -- 1 when worked out by arithmetic, not printed
  line                INTEGER,
  cell                INTEGER,
  page                INTEGER,
  printed_page        INTEGER,
  UNIQUE (measure_id, ordinal)
);

CREATE TABLE glossary (
  document_id         INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  ordinal             INTEGER NOT NULL,
  term                TEXT    NOT NULL,
  definition          TEXT    NOT NULL,
  PRIMARY KEY (document_id, ordinal)
) WITHOUT ROWID;

-- What a parser saw but could not place (document_id set), and files that could not be
-- imported at all (document_id NULL, `place` as printed to the user).
CREATE TABLE diagnostics (
  id                  INTEGER PRIMARY KEY,
  document_id         INTEGER REFERENCES documents (id) ON DELETE CASCADE,
  path                TEXT    NOT NULL,
  ordinal             INTEGER NOT NULL,
  line                INTEGER,                  -- NULL for the whole document
  place               TEXT,                     -- import failures only: 'line 12', 'byte 4096'
  kind                TEXT    NOT NULL,         -- 'unaligned_row', 'import_failed', …
  message             TEXT    NOT NULL
);
CREATE INDEX diagnostics_by_document ON diagnostics (document_id, ordinal);
CREATE INDEX diagnostics_by_path ON diagnostics (path);

-- The UNIQUE (parent, ordinal) constraints above double as the indexes that find a
-- document's measures, a measure's indicators and budgets, and an indicator's observations.

-- Full-text search, one row per measure (rowid = measures.id): title, description, its
-- texts ('label: text' lines) and its indicator names. Each column holds its text with
-- U+001F between every two characters, and the ascii tokenizer takes that control character
-- (like every ASCII character but letters and digits) as a separator, so every other
-- character is a token: any substring of any length is then a phrase query ('"窓 口 業 務"'),
-- which suits Japanese without a word segmenter. Against the trigram tokenizer this indexes
-- five times faster (one distinct term per character instead of per three, and no Unicode
-- case folding: text is NFKC already, and ASCII letters still match without regard to case).
-- Japanese punctuation is matched as printed; ASCII punctuation and spaces are skipped.
CREATE VIRTUAL TABLE measure_search USING fts5 (
  title, description, texts, indicators,
  tokenize = 'ascii'
);
-- Each document's transaction writes a small index segment; merging them in larger batches
-- (8 segments per level instead of 4) saves about a fifth of the indexing time.
INSERT INTO measure_search (measure_search, rank) VALUES ('automerge', 8);
CREATE TRIGGER measures_leave_search AFTER DELETE ON measures BEGIN
  DELETE FROM measure_search WHERE rowid = old.id;
END;

-- One row whose value grows with every write (import, replace, removal, failure), so a
-- reader can tell whether anything changed since it last looked (HTTP ETags).
CREATE TABLE store_generation (value INTEGER NOT NULL);
INSERT INTO store_generation VALUES (0);

-- Every observation with its city, document, measure and indicator: the view most
-- questions start from.
CREATE VIEW indicator_values AS
SELECT d.municipality, d.prefecture, d.path AS document, d.id AS document_id,
       m.ref AS measure_ref, m.title AS measure_title, m.id AS measure_id,
       i.name AS indicator, i.concept, i.id AS indicator_id,
       coalesce(o.unit, i.unit) AS unit,
       o.role, o.fy, o.value, o.comparator, o.text, o.line, o.cell
FROM observations o
JOIN indicators i ON i.id = o.indicator_id
JOIN measures m ON m.id = i.measure_id
JOIN documents d ON d.id = m.document_id;
