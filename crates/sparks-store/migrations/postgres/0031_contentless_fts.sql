-- Migration 0031 made SQLite's full-text table contentless. PostgreSQL keeps a tsvector
-- in search_documents instead, with no copy of the text to drop; the file keeps the two
-- dialects' migration numbers in step.
SELECT 1;
