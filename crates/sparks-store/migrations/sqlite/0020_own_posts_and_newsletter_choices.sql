-- Members edit and delete their own posts (issue #17, point 4). `edited_at` is when the text
-- last changed (the page says "edited"); a deleted post keeps its row, so replies keep their
-- place, but its text is emptied and `deleted_at` set: the thread shows a placeholder.
ALTER TABLE posts ADD COLUMN edited_at INTEGER;
ALTER TABLE posts ADD COLUMN deleted_at INTEGER;

-- Every earlier version of an edited post, for staff: the text as it was, who wrote that
-- version and when, and who replaced it and when. Deleting a post deletes its history too
-- (the author asked for the text to be gone).
CREATE TABLE post_revisions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    post_id INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    body TEXT NOT NULL,
    written_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    written_at INTEGER NOT NULL,
    replaced_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    replaced_at INTEGER NOT NULL
);
CREATE INDEX post_revisions_post ON post_revisions (post_id, id);

-- What a newsletter subscriber wants (issue #17, point 6): pillars and topics; the digest
-- lists only matching items, or everything when nothing is chosen.
CREATE TABLE newsletter_choices (
    subscriber_id INTEGER NOT NULL REFERENCES newsletter_subscribers (id) ON DELETE CASCADE,
    -- 'pillar' or 'topic'
    kind TEXT NOT NULL,
    -- A pillar slug, or a topic in lower case.
    value TEXT NOT NULL,
    PRIMARY KEY (subscriber_id, kind, value)
);
