-- Issue #19, section 2: whether anyone acted on a key recommendation.
-- One current row per (recommendation, addressee); `country` is '' unless the addressee is
-- one member state. A recommendation's own `addressee` field counts as an addressee with
-- status `unknown` until somebody records something (nothing is seeded here).
CREATE TABLE recommendation_uptake (
    id INTEGER PRIMARY KEY,
    recommendation TEXT NOT NULL,
    addressee TEXT NOT NULL,
    country TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    status_date TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    source_url TEXT,
    recorded_by_name TEXT NOT NULL,
    recorded_at INTEGER NOT NULL,
    UNIQUE (recommendation, addressee, country)
);
-- Every update ever recorded, never changed or deleted: the timeline on a recommendation's
-- page and the `history` of the API. Who is kept by name as it was then (an erased account
-- leaves its updates standing, as posts do).
CREATE TABLE recommendation_uptake_history (
    id INTEGER PRIMARY KEY,
    recommendation TEXT NOT NULL,
    addressee TEXT NOT NULL,
    country TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    status_date TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    source_url TEXT,
    recorded_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    recorded_by_name TEXT NOT NULL,
    recorded_at INTEGER NOT NULL
);
CREATE INDEX recommendation_uptake_history_of ON recommendation_uptake_history (recommendation, id);
-- Initiatives and resources that produced a recommendation, and those that act on it; set
-- by editors (the initiatives a recommendation's issuer names are linked as before, in
-- `content_initiatives`). `kind` is `initiative` or `resource`, `target` its slug.
CREATE TABLE recommendation_links (
    recommendation TEXT NOT NULL,
    relation TEXT NOT NULL,
    kind TEXT NOT NULL,
    target TEXT NOT NULL,
    PRIMARY KEY (recommendation, relation, kind, target)
);
CREATE INDEX recommendation_links_target ON recommendation_links (kind, target);
