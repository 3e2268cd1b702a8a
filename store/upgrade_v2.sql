-- Schema version 1 → 2 (see schema.sql for what each part is).
-- 1. documents.modified_ns, for re-imports that skip unchanged files without reading them;
--    NULL for documents stored before, which are hashed once more at their next import.
-- 2. measure_search: one token per character (the ascii tokenizer over U+001F-separated text)
--    instead of the trigram tokenizer, rebuilt from the stored measures. Needs the SQL
--    function keikaku_search_column (store/search_index.h).
ALTER TABLE documents ADD COLUMN modified_ns INTEGER;

DROP TRIGGER measures_leave_search;
DROP TABLE measure_search;
CREATE VIRTUAL TABLE measure_search USING fts5 (
  title, description, texts, indicators,
  tokenize = 'ascii'
);
INSERT INTO measure_search (measure_search, rank) VALUES ('automerge', 8);
CREATE TRIGGER measures_leave_search AFTER DELETE ON measures BEGIN
  DELETE FROM measure_search WHERE rowid = old.id;
END;
-- The columns as StoreWriter::InsertSearchRow builds them.
INSERT INTO measure_search (rowid, title, description, texts, indicators)
SELECT m.id,
       keikaku_search_column(m.title),
       keikaku_search_column(coalesce(m.description, '')),
       keikaku_search_column(coalesce((SELECT group_concat(t.label || ': ' || t.text, char(10))
                                       FROM (SELECT label, text FROM measure_texts
                                             WHERE measure_id = m.id ORDER BY ordinal) t), '')),
       keikaku_search_column(coalesce((SELECT group_concat(i.name, char(10))
                                       FROM (SELECT name FROM indicators
                                             WHERE measure_id = m.id ORDER BY ordinal) i), ''))
FROM measures m;
