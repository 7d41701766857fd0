-- The newsletter: double opt-in subscribers (nothing is sent before the confirmation link is
-- used), the digests sent, and when the next one is due (claimed by one server).
CREATE TABLE newsletter_subscribers (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    confirm_hash TEXT,
    confirm_expires BIGINT,
    confirmed_at BIGINT,
    created_at BIGINT NOT NULL
);

CREATE TABLE newsletter_digests (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sent_at TEXT NOT NULL,
    items BIGINT NOT NULL,
    recipients BIGINT NOT NULL
);

CREATE TABLE newsletter_schedule (
    name TEXT PRIMARY KEY,
    next_at BIGINT NOT NULL
);
