-- Schema version 2 → 3 (see schema.sql for what each part is).
-- Observations and budgets read from a PDF keep their page: `page` (1-based page of the file)
-- and `printed_page` (the page number printed on it); NULL for sources without pages.
ALTER TABLE observations ADD COLUMN page INTEGER;
ALTER TABLE observations ADD COLUMN printed_page INTEGER;
ALTER TABLE budgets ADD COLUMN page INTEGER;
ALTER TABLE budgets ADD COLUMN printed_page INTEGER;
