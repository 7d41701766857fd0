-- search_facets_value serves one lookup: which other documents share a topic or a
-- coordinator with a page's own (related content, src/search/related.rs). Every other read
-- of search_facets goes by document, through its primary key. Kept for those two facets
-- only, at 100,000 initiatives the index holds 381,000 of a million rows (11 MB instead of
-- 26), and a bulk import, which builds it anew at the end, does so in 0.33 s instead of
-- 0.81 (issue #20, import speed). The queries name the two facets, so SQLite uses it.
DROP INDEX search_facets_value;
CREATE INDEX search_facets_value ON search_facets (facet, value, document_id)
    WHERE facet IN ('topic', 'coordinator');
