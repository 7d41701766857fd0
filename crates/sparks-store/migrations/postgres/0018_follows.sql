-- Following (PostgreSQL twin of the SQLite schema; keep them in step).
-- Following (issue #17, point 2): a member follows an initiative, a pillar, a country, a
-- topic, a thread or a saved search; something new that matches becomes a notification of
-- kind `followed` (see notifications). Times are Unix seconds, as in the community tables.
CREATE TABLE follows (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- initiative, pillar, country, topic, thread, search (stable strings, see follows.rs).
    target_kind TEXT NOT NULL,
    -- The slug, ISO code, lower-cased topic, thread id, or a search's canonical path+query.
    target TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    UNIQUE (account_id, target_kind, target)
);
CREATE INDEX follows_target ON follows (target_kind, target);

-- What each member was already told about (`news:slug`, `post:12`, ...): a member who
-- follows several things an item matches, or an item published again, is told once.
CREATE TABLE follow_notices (
    account_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    item TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (account_id, item)
);
