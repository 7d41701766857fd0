-- Member profiles are private by default (issues #17 and #18): a profile is shown only when
-- its member chose so (and the account is confirmed). Every existing account becomes private
-- here, on purpose: nobody chose to be public before this choice existed.
ALTER TABLE users ADD COLUMN profile_public BOOLEAN NOT NULL DEFAULT FALSE;
-- Profile URLs use this random handle, not the sequential id, so they reveal neither how many
-- accounts exist nor where to find the next one. New accounts get one when they are made.
ALTER TABLE users ADD COLUMN handle TEXT;
UPDATE users SET handle = lower(hex(randomblob(10))) WHERE handle IS NULL;
CREATE UNIQUE INDEX users_handle ON users (handle);

-- Staff pin a thread: it is listed first in its space.
ALTER TABLE threads ADD COLUMN pinned BOOLEAN NOT NULL DEFAULT FALSE;
