-- Versions of the data, bumped in the same transaction as every write, so that caches in
-- any server can tell cheaply whether what they hold is still current.
CREATE TABLE data_versions (
    name TEXT PRIMARY KEY,
    version INTEGER NOT NULL
);
INSERT INTO data_versions (name, version) VALUES ('initiatives', 1), ('content', 1);
