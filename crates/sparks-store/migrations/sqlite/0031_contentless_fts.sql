-- search_fts without a copy of its text (issue #20, text kept once): a contentless FTS5
-- table keeps its inverted index and the column sizes bm25() needs, but not the column
-- values, which nothing reads back (hits are shown from search_documents, and the terms a
-- document holds are in search_documents.terms). At 100,000 initiatives that was 30 MB
-- written a second time by every import. `contentless_delete` (SQLite 3.43) lets a
-- document's row be deleted and written again, as every edit does. Rows are kept.
CREATE VIRTUAL TABLE search_fts_0031 USING fts5 (
    acronym, title, topics, body, tokenize = 'ascii', content = '', contentless_delete = 1
);
INSERT INTO search_fts_0031 (rowid, acronym, title, topics, body)
    SELECT rowid, acronym, title, topics, body FROM search_fts;
DROP TABLE search_fts;
ALTER TABLE search_fts_0031 RENAME TO search_fts;
