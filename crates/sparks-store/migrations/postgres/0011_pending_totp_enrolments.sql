-- Authenticator enrolments shown to staff but not yet confirmed by a first code (issue #18):
-- the same secret and recovery codes are shown again on every visit until then, and the
-- first accepted code moves the secret to users.totp_secret and the codes, hashed, to
-- recovery_codes, deleting this row. Until that moment the recovery codes are not valid,
-- so keeping them readable here (like the secret itself) gives nothing away that the secret
-- does not.
CREATE TABLE pending_totp_enrolments (
    user_id BIGINT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    secret TEXT NOT NULL,
    recovery_codes TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
