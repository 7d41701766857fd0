-- An initiative's search document keeps no copy of its title and summary: every read of a
-- document's text joins the initiative and takes them from there (search::INITIATIVE_JOIN
-- in src/search/mod.rs). Issue #20: at 100,000 initiatives the copies were 27 MB of the
-- 229 MB SQLite file, written by every import. The index holds the terms, not the text, so
-- what a search finds is unchanged. Other content keeps its text in its document.
UPDATE search_documents SET title = '', summary = ''
    WHERE doc_type = 'initiative' AND (title <> '' OR summary <> '');
