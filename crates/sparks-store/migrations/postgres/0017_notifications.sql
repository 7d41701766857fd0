-- Notifications (PostgreSQL twin of the SQLite schema; keep them in step).
-- Notifications (issue #17, point 1): what happened that concerns a member (a reply in a
-- thread they took part in, a mention, a decision on their proposal, something they follow,
-- for staff a proposal or report waiting). A notification is stored unread; whether and how
-- it is mailed is decided afterwards by the delivery job from the member's preference for its
-- kind, so a request that causes one never waits for mail and never decides twice.
-- Times are Unix seconds, as in the community tables.
CREATE TABLE notifications (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- reply, mention, decision, followed, waiting (stable strings, see notifications.rs).
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    -- A path on this site (`/community/threads/7#post-12`), never an outside URL.
    link TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    read_at BIGINT,
    -- pending (the delivery job has not looked yet), digest (waits for the daily digest),
    -- mailed, digested, skipped (preference off, or no confirmed address).
    delivery TEXT NOT NULL DEFAULT 'pending',
    delivered_at BIGINT
);
CREATE INDEX notifications_account ON notifications (account_id, id);
CREATE INDEX notifications_delivery ON notifications (delivery, id)
    WHERE delivery IN ('pending', 'digest');

-- A member's choice per kind; a missing row means the kind's default.
CREATE TABLE notification_preferences (
    account_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    -- immediate, digest, off
    delivery TEXT NOT NULL,
    PRIMARY KEY (account_id, kind)
);

-- The interface language a member last used, so mail to them speaks it (NULL: site default).
ALTER TABLE users ADD COLUMN language TEXT;
-- SHA-256 of the secret in the URL of the member's private notification feed (NULL: none).
-- Only the hash is kept, like sessions, so a copy of the database opens no feed.
ALTER TABLE users ADD COLUMN notification_feed_hash TEXT;
CREATE UNIQUE INDEX users_notification_feed ON users (notification_feed_hash);
