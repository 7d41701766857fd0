-- Migration 0033 changed SQLite's initiative_pillars, initiative_countries and
-- initiative_topics into WITHOUT ROWID tables. PostgreSQL tables have no row number of
-- their own to drop, so there is nothing to change here; the file keeps the two dialects'
-- migration numbers in step.
SELECT 1;
