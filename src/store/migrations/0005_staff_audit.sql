-- Staff and their roles, the audit trail, and the key that keeps statistics
-- about clients whose codes were removed by a purge.

CREATE TABLE staff (
    user     TEXT PRIMARY KEY,            -- Unix user name
    name     TEXT NOT NULL,               -- display name
    role     TEXT NOT NULL CHECK (role IN ('desk', 'counselor', 'coordinator')),
    added_at TEXT NOT NULL,
    added_by TEXT NOT NULL
) STRICT, WITHOUT ROWID;

-- Who did what to which record, with the record before and after as JSON.
-- Rows are only ever added, except that a purge or an erasure removes the
-- personal data they hold.
CREATE TABLE audit (
    id     INTEGER PRIMARY KEY,
    at     TEXT NOT NULL,                 -- RFC 3339, UTC
    actor  TEXT NOT NULL,                 -- Unix user
    action TEXT NOT NULL
        CHECK (action IN ('create', 'change', 'erase', 'anonymise', 'view', 'remove')),
    kind   TEXT NOT NULL
        CHECK (kind IN ('consultation', 'service', 'organisation', 'session', 'staff', 'client')),
    target TEXT NOT NULL,                 -- the record's id (a consultation's uid, a client code …)
    before TEXT,
    after  TEXT
) STRICT;

CREATE INDEX audit_by_time ON audit (at);
CREATE INDEX audit_by_actor ON audit (actor, at);
CREATE INDEX audit_by_target ON audit (kind, target);

-- After a purge a consultation has no client code; its client_key (shared with
-- the same client's newer consultations, which keep their code) lets reports
-- count distinct clients exactly as before. NULL until a purge needs it.
ALTER TABLE consultation ADD COLUMN client_key TEXT;
CREATE INDEX consultation_by_client_key ON consultation (client_key) WHERE client_key IS NOT NULL;
