-- The newsletter: double opt-in subscribers (nothing is sent before the confirmation link is
-- used), the digests sent, and when the next one is due (claimed by one server).
CREATE TABLE newsletter_subscribers (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    email TEXT NOT NULL UNIQUE,
    confirm_hash TEXT,
    confirm_expires INTEGER,
    confirmed_at INTEGER,
    created_at INTEGER NOT NULL
);

CREATE TABLE newsletter_digests (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    sent_at TEXT NOT NULL,
    items INTEGER NOT NULL,
    recipients INTEGER NOT NULL
);

CREATE TABLE newsletter_schedule (
    name TEXT PRIMARY KEY,
    next_at INTEGER NOT NULL
);
