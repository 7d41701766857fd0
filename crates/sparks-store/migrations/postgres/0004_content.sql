-- The content hub (PostgreSQL twin of the SQLite schema; keep them in step). Each record is kept whole as JSON in `record` (its import format, which
-- re-validates on read); the columns beside it are only what lists filter and sort on.
-- Dates are ISO text, as in 0001, so that both backends compare and sort them alike.
CREATE TABLE resources (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    language TEXT,
    published_bound TEXT,
    sort_key TEXT COLLATE "C" NOT NULL,
    search_text TEXT NOT NULL,
    record TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX resources_published ON resources (published_bound, sort_key);

CREATE TABLE news (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    published TEXT NOT NULL,
    initiative TEXT,
    search_text TEXT NOT NULL,
    record TEXT NOT NULL,
    -- Rendered and sanitised when written, so pages never render Markdown.
    body_html TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX news_published ON news (published, id);

CREATE TABLE events (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    start_day TEXT NOT NULL,
    end_day TEXT NOT NULL,
    country TEXT,
    online BOOLEAN NOT NULL DEFAULT FALSE,
    search_text TEXT NOT NULL,
    record TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX events_start ON events (start_day);
CREATE INDEX events_end ON events (end_day);

-- position keeps the order records were first loaded in (the sources' order).
CREATE TABLE recommendations (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    pillar TEXT NOT NULL,
    position BIGINT NOT NULL,
    record TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE statistics (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    series TEXT NOT NULL,
    year BIGINT,
    position BIGINT NOT NULL,
    record TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX statistics_series ON statistics (series, year);

CREATE TABLE helplines (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    country TEXT NOT NULL,
    kind TEXT NOT NULL,
    position BIGINT NOT NULL,
    record TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX helplines_country ON helplines (country, kind, position);

-- Multi-valued facets of any content type (kind = 'resource', facet = 'pillar' | 'topic' |
-- 'audience'), so filters and facet counts are plain joins and GROUP BYs.
CREATE TABLE content_tags (
    kind TEXT NOT NULL,
    item_id BIGINT NOT NULL,
    facet TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (kind, item_id, facet, value)
);
CREATE INDEX content_tags_value ON content_tags (kind, facet, value, item_id);

-- Which initiatives a resource or recommendation comes from.
CREATE TABLE content_initiatives (
    kind TEXT NOT NULL,
    item_id BIGINT NOT NULL,
    initiative_id BIGINT NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
    PRIMARY KEY (kind, item_id, initiative_id)
);
CREATE INDEX content_initiatives_initiative ON content_initiatives (initiative_id, kind);
