-- Accounts, sessions and the other credentials of the community (issue #4). Times are unix
-- seconds. Secrets are never stored in the clear: session ids, one-time links and recovery
-- codes as SHA-256, passwords as argon2id PHC strings.
CREATE TABLE users (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    email TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    organisation TEXT NOT NULL DEFAULT '',
    country TEXT,
    expertise TEXT NOT NULL DEFAULT '',
    pillars TEXT NOT NULL DEFAULT '',
    public_fields TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT 'member',
    verified_at INTEGER,
    totp_secret TEXT,
    totp_last_step INTEGER,
    created_at INTEGER NOT NULL
);

CREATE TABLE sessions (
    id_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    stage TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    last_seen INTEGER NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE one_time_tokens (
    token_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose TEXT NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at INTEGER
);
CREATE INDEX one_time_tokens_user ON one_time_tokens (user_id);

CREATE TABLE recovery_codes (
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_hash TEXT NOT NULL,
    used_at INTEGER,
    PRIMARY KEY (user_id, code_hash)
);

-- Members linked to an initiative may propose edits to it.
CREATE TABLE initiative_members (
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    initiative_slug TEXT NOT NULL,
    PRIMARY KEY (user_id, initiative_slug)
);

-- Fixed-window counters for rate limits, in the database so every server shares them.
CREATE TABLE rate_limits (
    bucket TEXT PRIMARY KEY,
    window_start INTEGER NOT NULL,
    hits INTEGER NOT NULL
);

-- Keys every server must share (the CSRF key), made on first use.
CREATE TABLE site_secrets (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
