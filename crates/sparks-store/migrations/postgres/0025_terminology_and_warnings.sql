-- Issue #16, points 7 and 8.
-- The terminology check's list: discouraged terms with the preferred wording and why, per
-- language. Seeded from the bundled data/terminology.json (once, marker `seed.terminology`
-- in `meta`); admins add and remove entries at /admin/terms.
CREATE TABLE terminology (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    lang TEXT NOT NULL,
    term TEXT NOT NULL,
    preferred TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    UNIQUE (lang, term)
);
-- Texts published (or proposed) with a discouraged term after the author chose to keep
-- it: staff review them. `link` is where the text is (a page, or the moderation queue).
CREATE TABLE wording_flags (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    what TEXT NOT NULL,
    link TEXT NOT NULL,
    terms TEXT NOT NULL,
    account_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    reviewed_at TEXT
);
CREATE INDEX wording_flags_open ON wording_flags (created_at) WHERE reviewed_at IS NULL;
-- A thread's content warning (a reason slug from a fixed list), shown before its posts.
-- Resources, news and events keep theirs in their stored record (`content_warning`).
ALTER TABLE threads ADD COLUMN content_warning TEXT;
