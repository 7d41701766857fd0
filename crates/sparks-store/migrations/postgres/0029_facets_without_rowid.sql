-- Migration 0029 changed SQLite's search_facets into a WITHOUT ROWID table. PostgreSQL
-- tables have no row number of their own to drop, so there is nothing to change here; the
-- file keeps the two dialects' migration numbers in step.
SELECT 1;
