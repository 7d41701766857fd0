-- Five indexes of `initiatives` that no query reads any more (issue #20, import speed):
-- the directory's filters, sort orders and landscape counts are answered from the
-- in-memory directory since it holds every initiative, so the programme, kind, start year,
-- start and end indexes only cost every write (an import of 100,000 initiatives kept each
-- of them up to date row by row). `initiatives_sort` (the acronym order of an
-- item's linked initiatives) and `initiatives_created` (the feeds' newest first) stay.
DROP INDEX IF EXISTS initiatives_programme;
DROP INDEX IF EXISTS initiatives_kind;
DROP INDEX IF EXISTS initiatives_start_year;
DROP INDEX IF EXISTS initiatives_start;
DROP INDEX IF EXISTS initiatives_end;

-- The directory's free-text filter text is put together from the fields it is made of when
-- the directory loads (directory.rs, `ROW_COLUMNS`), so its stored copy goes: about a
-- tenth of the database (32 MB at 100,000 initiatives) that every import wrote.
ALTER TABLE initiatives DROP COLUMN search_text;
