-- Expert groups (issue #17, point 3): closed rooms that admins create, that members ask to
-- join, and whose threads only their members read. Staff who are not members do not read
-- them either: the rooms are for practitioners who need to speak among themselves.
CREATE TABLE expert_groups (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    -- 'request': any confirmed member may ask to join; 'invitation': only admins add members.
    join_policy TEXT NOT NULL DEFAULT 'request',
    created_at INTEGER NOT NULL
);

-- Who is in a group; 'moderator' members also decide on requests. Erasing an account
-- removes its memberships with it.
CREATE TABLE group_members (
    group_id INTEGER NOT NULL REFERENCES expert_groups (id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role TEXT NOT NULL DEFAULT 'member',
    joined_at INTEGER NOT NULL,
    PRIMARY KEY (group_id, user_id)
);
CREATE INDEX group_members_user ON group_members (user_id);

-- Requests to join, with the member's statement and the decision. `locale` is the language
-- the member asked in, so the decision mail is written in it.
CREATE TABLE group_requests (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    group_id INTEGER NOT NULL REFERENCES expert_groups (id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    statement TEXT NOT NULL,
    locale TEXT NOT NULL DEFAULT 'en',
    status TEXT NOT NULL DEFAULT 'pending',
    reason TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    decided_at INTEGER,
    decided_by INTEGER REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX group_requests_group ON group_requests (group_id, status);
CREATE INDEX group_requests_user ON group_requests (user_id);

-- A thread may belong to a group; then only the group's members see it.
ALTER TABLE threads ADD COLUMN group_id INTEGER REFERENCES expert_groups (id) ON DELETE CASCADE;
CREATE INDEX threads_group ON threads (group_id);
