-- The initiative directory. Dates are kept as given (YYYY, YYYY-MM or YYYY-MM-DD) plus the
-- widest full-day bounds they may mean, stored as ISO text so that comparisons and sorting
-- work the same on SQLite and PostgreSQL. Timestamps are RFC 3339 UTC text for the same reason.
CREATE TABLE initiatives (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    acronym TEXT NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    kind TEXT NOT NULL,
    programme TEXT NOT NULL,
    programme_original TEXT,
    grant_id TEXT,
    start_date TEXT,
    end_date TEXT,
    start_bound TEXT,
    end_bound TEXT,
    start_year INTEGER,
    coordinator TEXT,
    coordinator_country TEXT,
    website TEXT,
    cordis_url TEXT,
    eu_contribution_eur INTEGER,
    notes TEXT,
    featured BOOLEAN NOT NULL DEFAULT FALSE,
    details TEXT NOT NULL DEFAULT '{}',
    sort_key TEXT NOT NULL,
    search_text TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX initiatives_sort ON initiatives (sort_key, id);
CREATE INDEX initiatives_programme ON initiatives (programme, sort_key);
CREATE INDEX initiatives_kind ON initiatives (kind, sort_key);
CREATE INDEX initiatives_start_year ON initiatives (start_year, sort_key);
CREATE INDEX initiatives_start ON initiatives (start_bound);
CREATE INDEX initiatives_end ON initiatives (end_bound);
CREATE INDEX initiatives_created ON initiatives (created_at, id);

CREATE TABLE initiative_pillars (
    initiative_id INTEGER NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
    pillar TEXT NOT NULL,
    PRIMARY KEY (initiative_id, pillar)
);
CREATE INDEX initiative_pillars_pillar ON initiative_pillars (pillar, initiative_id);

-- role: 'coordinator' or 'partner'; position keeps the order sources gave.
CREATE TABLE initiative_countries (
    initiative_id INTEGER NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
    country TEXT NOT NULL,
    role TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (initiative_id, role, country)
);
CREATE INDEX initiative_countries_country ON initiative_countries (country, initiative_id);

CREATE TABLE initiative_topics (
    initiative_id INTEGER NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    topic TEXT NOT NULL,
    PRIMARY KEY (initiative_id, position)
);
CREATE INDEX initiative_topics_topic ON initiative_topics (topic, initiative_id);

-- Small facts about the installation itself (which bundled datasets were seeded, ...).
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
