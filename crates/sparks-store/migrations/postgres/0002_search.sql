-- The search index (PostgreSQL twin of the SQLite schema; keep them in step). Every content
-- type feeds it one document per item, keyed by (type, slug), written in the same transaction
-- as the item itself. tsv is built with the 'simple' configuration from the analyzer's terms
-- (folded, stemmed in Rust), so SQLite and PostgreSQL index exactly the same terms.
--
-- pg_trgm finds vocabulary terms similar to a misspelt query word. It goes into the public
-- schema and is referred to by qualified names, so that the index works whatever schema the
-- application's tables live in (the tests use one schema per test).
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

CREATE TABLE search_documents (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    doc_type TEXT NOT NULL,
    slug TEXT NOT NULL,
    language TEXT NOT NULL,
    acronym TEXT,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    -- The acronym folded but unstemmed, to find the item a query names exactly.
    acronym_key TEXT NOT NULL,
    -- The document's distinct terms, space-separated: what it contributes to search_terms.
    terms TEXT NOT NULL,
    -- Acronym and title weighted A, topics B, body C.
    tsv TSVECTOR NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (doc_type, slug)
);
CREATE INDEX search_documents_acronym ON search_documents (acronym_key);
CREATE INDEX search_documents_tsv ON search_documents USING gin (tsv);

-- Facet values per document: pillar, country, programme, year, topic, coordinator.
CREATE TABLE search_facets (
    document_id BIGINT NOT NULL REFERENCES search_documents (id) ON DELETE CASCADE,
    facet TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (document_id, facet, value)
);
CREATE INDEX search_facets_value ON search_facets (facet, value, document_id);

-- Every indexed term and how many documents hold it (see the SQLite migration). "C" collation
-- so that prefix ranges compare bytes, as on SQLite.
CREATE TABLE search_terms (
    term TEXT COLLATE "C" PRIMARY KEY,
    len BIGINT NOT NULL,
    docs BIGINT NOT NULL
);
CREATE INDEX search_terms_trgm ON search_terms USING gin (term public.gin_trgm_ops);
