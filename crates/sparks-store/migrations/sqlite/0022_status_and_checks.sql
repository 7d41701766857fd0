-- Issue #16, points 2 and 3.
--
-- A status a source states (`ongoing` or `completed`) and the page that states it, for when
-- an initiative's dates cannot tell; both or neither (the domain rules refuse one alone).
ALTER TABLE initiatives ADD COLUMN declared_status TEXT;
ALTER TABLE initiatives ADD COLUMN declared_status_source TEXT;

-- When someone last checked a record's facts against its sources, and who. Kept beside the
-- content tables, keyed like the audit log (kind and slug), so every type carries it the
-- same way and an edit of the record never loses it. `checked_at` is an ISO day;
-- `checked_by_name` keeps the name if the account goes.
CREATE TABLE record_checks (
    kind TEXT NOT NULL,
    slug TEXT NOT NULL,
    checked_at TEXT NOT NULL,
    checked_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    checked_by_name TEXT,
    PRIMARY KEY (kind, slug)
);
CREATE INDEX record_checks_checked ON record_checks (checked_at);
