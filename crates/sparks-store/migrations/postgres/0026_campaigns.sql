-- Issue #19, section 1: campaigns with their communication kits. The whole record (texts in
-- each language, hashtags, links) is one JSON document, as resources and news keep theirs;
-- `version` grows with every save, so generated graphics can be cached by it. Drafts are
-- seen by staff only (a preview before publishing).
CREATE TABLE campaigns (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    published BOOLEAN NOT NULL DEFAULT FALSE,
    starts_on TEXT,
    record TEXT NOT NULL,
    version BIGINT NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
