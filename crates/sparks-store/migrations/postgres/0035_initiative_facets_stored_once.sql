-- An initiative's pillars, countries, programme and start year are read from its own tables
-- (initiatives, initiative_pillars, initiative_countries) by every read of facet values
-- (src/search/facets.rs), so their copies in search_facets go (issue #20, import speed):
-- at 100,000 initiatives, 645,000 of the million facet rows, which every import wrote
-- twice. Its topics and coordinator stay: see that module.
DELETE FROM search_facets
    WHERE facet IN ('pillar', 'country', 'programme', 'year')
    AND document_id IN (SELECT id FROM search_documents WHERE doc_type = 'initiative');
