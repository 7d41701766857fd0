-- Submissions wait here, apart from the public content tables, until an editor decides: so
-- nothing pending can leak into a page, the API, search, feeds or the sitemap. `payload` is
-- the record in its import format (JSON); `target_slug` is set for proposed edits.
CREATE TABLE submissions (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind TEXT NOT NULL,
    target_slug TEXT,
    payload TEXT NOT NULL,
    submitter_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    status TEXT NOT NULL DEFAULT 'pending',
    reason TEXT,
    decided_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    decided_at BIGINT
);
CREATE INDEX submissions_status ON submissions (status, id);
CREATE INDEX submissions_submitter ON submissions (submitter_id);

-- Every change by editors and admins: who, when, what (the record before and after, as
-- JSON in its import format, so an earlier version can be restored).
CREATE TABLE audit_log (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at BIGINT NOT NULL,
    actor_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    actor_name TEXT NOT NULL,
    action TEXT NOT NULL,
    kind TEXT NOT NULL,
    target TEXT NOT NULL,
    before_json TEXT,
    after_json TEXT,
    note TEXT
);
CREATE INDEX audit_log_target ON audit_log (kind, target, id);
