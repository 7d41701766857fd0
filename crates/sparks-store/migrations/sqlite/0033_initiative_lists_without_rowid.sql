-- The lists of an initiative (its pillars, countries and topics) as WITHOUT ROWID tables
-- (issue #20, import speed). Each had its primary key as a separate B-tree beside the
-- rowid table holding the same rows, so every row was written twice, plus once more in its
-- lookup index; now each table is its primary key. At 100,000 initiatives that is about
-- 750,000 rows and 16 MB written once instead of twice by an import. Rows are kept as
-- they are.
CREATE TABLE initiative_pillars_0033 (
    initiative_id INTEGER NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
    pillar TEXT NOT NULL,
    PRIMARY KEY (initiative_id, pillar)
) WITHOUT ROWID;
INSERT INTO initiative_pillars_0033 (initiative_id, pillar)
    SELECT initiative_id, pillar FROM initiative_pillars;
DROP TABLE initiative_pillars;
ALTER TABLE initiative_pillars_0033 RENAME TO initiative_pillars;
CREATE INDEX initiative_pillars_pillar ON initiative_pillars (pillar, initiative_id);

CREATE TABLE initiative_countries_0033 (
    initiative_id INTEGER NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
    country TEXT NOT NULL,
    role TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (initiative_id, role, country)
) WITHOUT ROWID;
INSERT INTO initiative_countries_0033 (initiative_id, country, role, position)
    SELECT initiative_id, country, role, position FROM initiative_countries;
DROP TABLE initiative_countries;
ALTER TABLE initiative_countries_0033 RENAME TO initiative_countries;
CREATE INDEX initiative_countries_country ON initiative_countries (country, initiative_id);

CREATE TABLE initiative_topics_0033 (
    initiative_id INTEGER NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    topic TEXT NOT NULL,
    PRIMARY KEY (initiative_id, position)
) WITHOUT ROWID;
INSERT INTO initiative_topics_0033 (initiative_id, position, topic)
    SELECT initiative_id, position, topic FROM initiative_topics;
DROP TABLE initiative_topics;
ALTER TABLE initiative_topics_0033 RENAME TO initiative_topics;
CREATE INDEX initiative_topics_topic ON initiative_topics (topic, initiative_id);
