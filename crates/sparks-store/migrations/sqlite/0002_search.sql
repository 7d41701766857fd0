-- The search index. Every content type feeds it one document per item, keyed by (type, slug),
-- written in the same transaction as the item itself. The text columns of search_fts hold
-- the analyzer's terms (folded, stemmed in Rust), not the original text, so SQLite and
-- PostgreSQL index exactly the same terms.
CREATE TABLE search_documents (
    id INTEGER PRIMARY KEY,
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
    updated_at TEXT NOT NULL,
    UNIQUE (doc_type, slug)
);
CREATE INDEX search_documents_acronym ON search_documents (acronym_key);

-- Facet values per document: pillar, country, programme, year, topic, coordinator.
CREATE TABLE search_facets (
    document_id INTEGER NOT NULL REFERENCES search_documents (id) ON DELETE CASCADE,
    facet TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (document_id, facet, value)
);
CREATE INDEX search_facets_value ON search_facets (facet, value, document_id);

-- rowid = search_documents.id. The terms are plain lower-case ASCII words, so the ascii
-- tokenizer splits them exactly as the analyzer wrote them.
CREATE VIRTUAL TABLE search_fts USING fts5 (acronym, title, topics, body, tokenize = 'ascii');

-- Every indexed term and how many documents hold it: for typo tolerance (a query word with
-- no exact term is compared with the terms of similar shape), prefix expansion and picking
-- an item's distinctive terms for related work.
CREATE TABLE search_terms (
    term TEXT PRIMARY KEY,
    len INTEGER NOT NULL,
    docs INTEGER NOT NULL
);
