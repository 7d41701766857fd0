-- Feeds in: each initiative's own RSS/Atom/JSON feeds, their fetch state and health, the
-- items already taken (for de-duplication), and a job queue claimed with a lease so that
-- with several servers each feed is fetched by one of them at a time.
-- Times are RFC 3339 UTC text (`2026-01-02T03:04:05Z`), which sorts and compares as time.
CREATE TABLE feeds (
    id INTEGER PRIMARY KEY,
    initiative TEXT NOT NULL,
    url TEXT NOT NULL UNIQUE,
    -- Trusted feeds publish their items directly (added by an admin on the command line).
    trusted BOOLEAN NOT NULL DEFAULT FALSE,
    etag TEXT,
    last_modified TEXT,
    last_fetch TEXT,
    -- new | ok | not_modified | error
    status TEXT NOT NULL DEFAULT 'new',
    error TEXT,
    item_count INTEGER NOT NULL DEFAULT 0,
    -- Errors in a row; the next fetch waits longer after each (back-off).
    failures INTEGER NOT NULL DEFAULT 0,
    next_fetch TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- One row per item taken from a feed, with the keys it is recognised by next time.
CREATE TABLE feed_items (
    id INTEGER PRIMARY KEY,
    feed_id INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
    news_slug TEXT NOT NULL,
    guid TEXT,
    link TEXT,
    title_date TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX feed_items_guid ON feed_items (feed_id, guid);
CREATE INDEX feed_items_link ON feed_items (link);
CREATE INDEX feed_items_title_date ON feed_items (feed_id, title_date);

-- Background jobs. A worker claims due rows by setting `locked_by`/`locked_until` (a lease);
-- a lease that runs out (a crashed server) frees the job for another worker.
CREATE TABLE jobs (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    job_key TEXT NOT NULL,
    due_at TEXT NOT NULL,
    locked_by TEXT,
    locked_until TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    UNIQUE (kind, job_key)
);
CREATE INDEX jobs_due ON jobs (kind, due_at);
