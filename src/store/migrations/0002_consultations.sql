-- Consultations: the record, its topics and referrals, every earlier version,
-- a full-text index over folded notes, client codes and topic labels, and the
-- drafts of open forms.

CREATE TABLE consultation (
    -- Rowids grow with insertion, so "newest first" follows the rowid.
    id             INTEGER PRIMARY KEY,
    uid            TEXT NOT NULL UNIQUE,
    at             TEXT NOT NULL,          -- YYYY-MM-DD HH:MM, Warsaw wall clock
    staff          TEXT NOT NULL,          -- Unix user who logged it
    client_code    TEXT NOT NULL,
    country        TEXT,                   -- ISO 3166-1 alpha-2
    language       TEXT,                   -- ISO 639-1
    county         TEXT,                   -- a county, 'outside-pomorskie' or NULL (not stated)
    gender         TEXT NOT NULL CHECK (gender IN ('female', 'male', 'other', 'not-stated')),
    age_band       TEXT NOT NULL
        CHECK (age_band IN ('0-17', '18-29', '30-44', '45-64', '65+', 'not-stated')),
    channel        TEXT NOT NULL CHECK (channel IN ('in-person', 'phone', 'online')),
    minutes        INTEGER CHECK (minutes BETWEEN 1 AND 600),
    follow_up      TEXT,                   -- YYYY-MM-DD
    follow_up_done INTEGER NOT NULL DEFAULT 0 CHECK (follow_up_done IN (0, 1)),
    notes          TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    updated_by     TEXT NOT NULL,
    version        INTEGER NOT NULL DEFAULT 1
) STRICT;

CREATE INDEX consultation_by_time ON consultation (at, id);
CREATE INDEX consultation_by_client ON consultation (client_code, at);
CREATE INDEX consultation_follow_ups ON consultation (follow_up)
    WHERE follow_up IS NOT NULL AND follow_up_done = 0;

CREATE TABLE consultation_topic (
    consultation_id INTEGER NOT NULL REFERENCES consultation (id) ON DELETE CASCADE,
    topic_code      TEXT NOT NULL REFERENCES topic (code),
    PRIMARY KEY (consultation_id, topic_code)
) STRICT, WITHOUT ROWID;

CREATE INDEX consultation_topic_by_topic ON consultation_topic (topic_code, consultation_id);

CREATE TABLE consultation_referral (
    consultation_id INTEGER NOT NULL REFERENCES consultation (id) ON DELETE CASCADE,
    service_id      TEXT NOT NULL REFERENCES service (id),
    PRIMARY KEY (consultation_id, service_id)
) STRICT, WITHOUT ROWID;

-- The earlier versions of corrected consultations, as JSON, with who replaced
-- them and when.
CREATE TABLE consultation_version (
    consultation_id INTEGER NOT NULL REFERENCES consultation (id) ON DELETE CASCADE,
    version         INTEGER NOT NULL,
    data            TEXT NOT NULL,
    replaced_at     TEXT NOT NULL,
    replaced_by     TEXT NOT NULL,
    PRIMARY KEY (consultation_id, version)
) STRICT, WITHOUT ROWID;

-- Text folded by Pomost (lower case, no diacritics, ł → l) so queries folded the
-- same way match; rowid = consultation.id.
CREATE VIRTUAL TABLE consultation_fts USING fts5 (body, tokenize = 'unicode61 remove_diacritics 0');

CREATE TABLE draft (
    staff    TEXT NOT NULL,
    kind     TEXT NOT NULL,
    data     TEXT NOT NULL,
    saved_at TEXT NOT NULL,
    PRIMARY KEY (staff, kind)
) STRICT, WITHOUT ROWID;
