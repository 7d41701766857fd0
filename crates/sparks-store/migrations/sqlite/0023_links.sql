-- Link checking: one row per external URL the site shows, keyed by its normalised form (the
-- fragment dropped), with what the last checks found. `due_at` orders the claims (oldest
-- checked first; a URL never checked is due at once) and `locked_by`/`locked_until` is the
-- lease, as in `jobs`, so that with several servers each URL is checked by one of them.
-- Times are RFC 3339 UTC text.
CREATE TABLE links (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    -- unchecked | ok | redirected | broken
    state TEXT NOT NULL DEFAULT 'unchecked',
    -- The last HTTP status (of the final hop), if an answer came.
    status_code INTEGER,
    -- Where redirects ended, when they did not end at `url`.
    final_url TEXT,
    -- Why the last check failed, in plain words.
    error TEXT,
    -- Failed checks in a row (a transient failure counts only after several).
    failures INTEGER NOT NULL DEFAULT 0,
    last_checked TEXT,
    last_success TEXT,
    -- When the state last turned broken (pages say "reported broken on ...").
    broken_since TEXT,
    due_at TEXT NOT NULL,
    locked_by TEXT,
    locked_until TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE INDEX links_due ON links (due_at, id);
CREATE INDEX links_state ON links (state);
