-- Outgoing mail queue (PostgreSQL twin of the SQLite schema; keep them in step).
-- Outgoing mail waits here (issue #18, Medium 5): a request only adds a row, so answering
-- never waits for the mail server, and `/reset` or `/join` answer in the same time whether
-- or not an account exists. A worker in each server claims due rows with a lease (who and
-- until when), so with several servers on one database each mail is sent by one of them; a
-- failed send is tried again later (`next_attempt_at`, backing off) and after the last
-- attempt stays here marked `failed_at`, never silently dropped. A sent mail's row is
-- deleted: it holds an address. Erasing an account deletes the mails queued to it.
-- Times are RFC 3339 UTC text (`2026-01-02T03:04:05Z`), which sorts and compares as time.
CREATE TABLE mail_outbox (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    -- Extra headers as a JSON array of [name, value] pairs.
    headers TEXT NOT NULL DEFAULT '[]',
    created_at TEXT NOT NULL,
    -- Sends tried so far (counted when claimed).
    attempts BIGINT NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    last_error TEXT,
    locked_by TEXT,
    locked_until TEXT,
    -- Set when the last attempt failed; such a row is never claimed again.
    failed_at TEXT
);
CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at) WHERE failed_at IS NULL;
CREATE INDEX mail_outbox_recipient ON mail_outbox (lower(recipient));
