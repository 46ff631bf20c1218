-- The reference data, the services directory (HSDS 3.0 shaped) and the timetable.
-- Dates are ISO 8601 text (YYYY-MM-DD), times HH:MM (Europe/Warsaw wall clock),
-- instants RFC 3339 UTC text. Ids are UUID text.

CREATE TABLE topic (
    code     TEXT PRIMARY KEY,
    label_pl TEXT NOT NULL,
    label_en TEXT NOT NULL,
    position INTEGER NOT NULL
) STRICT;

CREATE TABLE county (
    name     TEXT PRIMARY KEY,
    kind     TEXT NOT NULL CHECK (kind IN ('city', 'land')),
    position INTEGER NOT NULL
) STRICT;

CREATE TABLE organization (
    id             TEXT PRIMARY KEY,
    name           TEXT NOT NULL,
    name_en        TEXT,
    description    TEXT NOT NULL DEFAULT '',
    description_en TEXT,
    email          TEXT,
    website        TEXT
) STRICT;

CREATE TABLE service (
    id                     TEXT PRIMARY KEY,
    organization_id        TEXT REFERENCES organization (id),
    name                   TEXT NOT NULL,
    name_en                TEXT,
    description            TEXT NOT NULL DEFAULT '',
    description_en         TEXT,
    status                 TEXT NOT NULL
        CHECK (status IN ('active', 'inactive', 'defunct', 'temporarily closed')),
    eligibility            TEXT NOT NULL DEFAULT '',
    eligibility_en         TEXT,
    application_process    TEXT NOT NULL DEFAULT '',
    application_process_en TEXT,
    fees                   TEXT NOT NULL DEFAULT '',
    fees_en                TEXT,
    free_of_charge         INTEGER CHECK (free_of_charge IN (0, 1)),
    email                  TEXT,
    phones                 TEXT NOT NULL DEFAULT '',
    url                    TEXT,
    last_verified          TEXT,
    -- Who and when, for every change; `version` grows by one per change.
    created_at             TEXT NOT NULL,
    created_by             TEXT NOT NULL,
    updated_at             TEXT NOT NULL,
    updated_by             TEXT NOT NULL,
    version                INTEGER NOT NULL DEFAULT 1
) STRICT;

CREATE INDEX service_by_name ON service (name);

CREATE TABLE service_topic (
    service_id TEXT NOT NULL REFERENCES service (id) ON DELETE CASCADE,
    topic_code TEXT NOT NULL REFERENCES topic (code),
    PRIMARY KEY (service_id, topic_code)
) STRICT, WITHOUT ROWID;

CREATE TABLE service_language (
    service_id TEXT NOT NULL REFERENCES service (id) ON DELETE CASCADE,
    language   TEXT NOT NULL,
    position   INTEGER NOT NULL,
    PRIMARY KEY (service_id, language)
) STRICT, WITHOUT ROWID;

-- A county name, or 'pomorskie' for the whole voivodeship.
CREATE TABLE service_area (
    service_id TEXT NOT NULL REFERENCES service (id) ON DELETE CASCADE,
    area       TEXT NOT NULL,
    position   INTEGER NOT NULL,
    PRIMARY KEY (service_id, area)
) STRICT, WITHOUT ROWID;

CREATE TABLE service_location (
    id          TEXT PRIMARY KEY,
    service_id  TEXT NOT NULL REFERENCES service (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('physical', 'virtual')),
    name        TEXT,
    street      TEXT,
    city        TEXT,
    postal_code TEXT,
    url         TEXT
) STRICT;

CREATE INDEX service_location_by_service ON service_location (service_id);

-- Weekly rule: `days` is a comma list of ISO weekday numbers (1 = Monday).
CREATE TABLE service_schedule (
    id         TEXT PRIMARY KEY,
    service_id TEXT NOT NULL REFERENCES service (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    days       TEXT NOT NULL,
    opens      TEXT NOT NULL,
    closes     TEXT NOT NULL,
    valid_from TEXT,
    valid_to   TEXT,
    note       TEXT
) STRICT;

CREATE INDEX service_schedule_by_service ON service_schedule (service_id);

-- A support session: weekly (`days` set, `date` null) or once (`date` set).
CREATE TABLE session (
    id          TEXT PRIMARY KEY,
    title       TEXT NOT NULL,
    title_en    TEXT,
    audience    TEXT NOT NULL DEFAULT '',
    audience_en TEXT,
    theme       TEXT NOT NULL DEFAULT '',
    theme_en    TEXT,
    organiser   TEXT NOT NULL DEFAULT '',
    mode        TEXT NOT NULL CHECK (mode IN ('online', 'in-person')),
    place       TEXT,
    link        TEXT,
    contact     TEXT,
    days        TEXT,
    date        TEXT,
    starts      TEXT NOT NULL,
    ends        TEXT,
    valid_from  TEXT,
    valid_until TEXT,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1,
    CHECK ((days IS NULL) <> (date IS NULL))
) STRICT;

CREATE TABLE session_cancellation (
    session_id TEXT NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    date       TEXT NOT NULL,
    reason     TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (session_id, date)
) STRICT, WITHOUT ROWID;
