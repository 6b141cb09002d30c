-- LeaveDesk schema, version 1.
-- Dates are ISO yyyy-MM-dd text, timestamps ISO-8601 UTC text, enums their Java names.
-- History is append-only: an absence row is never changed after it is written; amendments, cancellations and
-- returns are new rows (absence, absence_event). absence_state caches the latest state derived from them.

-- Marks the file as LeaveDesk's ('LDSK'), so a restore can refuse other SQLite files.
PRAGMA application_id = 1279546187;

CREATE TABLE schema_version (
    version    INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL,
    applied_at TEXT    NOT NULL
);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE person (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL DEFAULT '',
    role       TEXT NOT NULL CHECK (role IN ('MAYOR', 'EXECUTIVE_VICE_MAYOR', 'VICE_MAYOR', 'SECRETARY_GENERAL',
                   'DEPUTY_SECRETARY_GENERAL', 'PARTY_GROUP_MEMBER', 'OFFICE_DIRECTOR', 'DEPARTMENT_HEAD',
                   'DISTRICT_HEAD')),
    portfolios TEXT NOT NULL DEFAULT '',   -- upper-case words separated by single spaces
    supervisor TEXT,                       -- a person id; not a foreign key so a roster may name people in any order
    contact    TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- One row each time a person's role or term of office changes; the newest row is the current one.
CREATE TABLE term (
    person      TEXT    NOT NULL REFERENCES person (id),
    seq         INTEGER NOT NULL,
    role        TEXT    NOT NULL,
    start_date  TEXT,
    end_date    TEXT,
    recorded_at TEXT    NOT NULL,
    recorded_by TEXT    NOT NULL,
    PRIMARY KEY (person, seq),
    CHECK ((start_date IS NULL) = (end_date IS NULL)),
    CHECK (end_date IS NULL OR end_date >= start_date)
) WITHOUT ROWID;

CREATE TABLE meeting (
    id         TEXT PRIMARY KEY,
    type       TEXT NOT NULL CHECK (type IN ('PLENARY', 'EXECUTIVE', 'SPECIAL', 'MAYOR_OFFICE')),
    held_on    TEXT NOT NULL,
    convener   TEXT,
    title      TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);
CREATE INDEX meeting_held_on ON meeting (held_on);

CREATE TABLE absence (
    id               TEXT PRIMARY KEY,
    person           TEXT NOT NULL REFERENCES person (id),
    kind             TEXT NOT NULL CHECK (kind IN ('BUSINESS_TRIP', 'OFFICIAL_VISIT', 'LEAVE', 'OTHER_ABSENCE',
                         'MEETING_ABSENCE')),
    scope            TEXT NOT NULL CHECK (scope IN ('WITHIN_CITY', 'WITHIN_PROVINCE', 'OUTSIDE_PROVINCE', 'ABROAD')),
    status           TEXT NOT NULL CHECK (status IN ('ACTIVE', 'CANCELLED')),  -- as first recorded
    filed            TEXT,
    depart           TEXT NOT NULL,
    return_date      TEXT NOT NULL,                                            -- as planned
    destination      TEXT,
    reason           TEXT,
    contact          TEXT,
    acting_person    TEXT,            -- a person id or the name of someone outside the roster
    meeting_type     TEXT CHECK (meeting_type IN ('PLENARY', 'EXECUTIVE', 'SPECIAL', 'MAYOR_OFFICE')),
    meeting_convener TEXT,
    meeting_id       TEXT REFERENCES meeting (id),
    supersedes       TEXT UNIQUE REFERENCES absence (id),                      -- the version this one amends
    created_at       TEXT NOT NULL,
    created_by       TEXT NOT NULL,
    CHECK (return_date >= depart),
    CHECK (supersedes IS NULL OR supersedes <> id)
);
CREATE INDEX absence_person_depart ON absence (person, depart);
CREATE INDEX absence_depart_return ON absence (depart, return_date);

-- Latest state of every absence row, derived from absence + absence_event and written in the same transaction.
CREATE TABLE absence_state (
    absence          TEXT PRIMARY KEY REFERENCES absence (id),
    state            TEXT NOT NULL CHECK (state IN ('ACTIVE', 'CANCELLED', 'SUPERSEDED')),
    effective_return TEXT NOT NULL   -- the actual return day once recorded, else the planned one
) WITHOUT ROWID;
-- The who-is-away timeline asks for ACTIVE rows whose effective return is on or after a day.
CREATE INDEX absence_state_timeline ON absence_state (state, effective_return);

CREATE TABLE stop (
    absence        TEXT    NOT NULL REFERENCES absence (id),
    seq            INTEGER NOT NULL,
    country        TEXT    NOT NULL,
    leaves_airport INTEGER NOT NULL CHECK (leaves_airport IN (0, 1)),
    PRIMARY KEY (absence, seq)
) WITHOUT ROWID;

CREATE TABLE chain_step (
    absence  TEXT    NOT NULL REFERENCES absence (id),
    seq      INTEGER NOT NULL,
    action   TEXT    NOT NULL CHECK (action IN ('APPROVE', 'REPORT', 'FILE', 'NOTIFY')),
    party    TEXT    NOT NULL,
    by_date  TEXT,
    article  TEXT    NOT NULL,
    state    TEXT    NOT NULL DEFAULT 'PENDING' CHECK (state IN ('PENDING', 'DONE')),
    done_by  TEXT,
    done_at  TEXT,
    done_how TEXT CHECK (done_how IN ('WRITTEN', 'ORAL')),
    PRIMARY KEY (absence, seq),
    CHECK ((state = 'DONE') = (done_by IS NOT NULL AND done_at IS NOT NULL AND done_how IS NOT NULL))
) WITHOUT ROWID;

-- The life of an absence, one row per thing that happened to it; rows are only ever added.
CREATE TABLE absence_event (
    id      INTEGER PRIMARY KEY,
    absence TEXT NOT NULL REFERENCES absence (id),
    type    TEXT NOT NULL CHECK (type IN ('FILED', 'STEP_DONE', 'DEPARTED', 'AMENDED', 'RETURNED',
                'REPORT_SUBMITTED', 'CANCELLED')),
    at      TEXT NOT NULL,
    actor   TEXT NOT NULL,
    on_date TEXT,       -- the actual departure or return day
    reason  TEXT,
    related TEXT,       -- the amending absence's id, or the step's seq
    CHECK (type NOT IN ('RETURNED', 'DEPARTED') OR on_date IS NOT NULL),
    CHECK (type <> 'CANCELLED' OR reason IS NOT NULL),
    CHECK (type <> 'AMENDED' OR related IS NOT NULL)
);
CREATE INDEX absence_event_absence ON absence_event (absence, type);

-- A name without bytes is an attachment the request mentions but nobody has scanned in yet.
CREATE TABLE attachment (
    id        INTEGER PRIMARY KEY,
    absence   TEXT NOT NULL REFERENCES absence (id),
    file_name TEXT NOT NULL,
    mime      TEXT,
    bytes     BLOB,
    size      INTEGER,
    sha256    TEXT,
    added_at  TEXT NOT NULL,
    added_by  TEXT NOT NULL,
    CHECK ((bytes IS NULL) = (sha256 IS NULL))
);
CREATE INDEX attachment_absence ON attachment (absence);

CREATE TABLE audit (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id TEXT,
    detail    TEXT NOT NULL DEFAULT '{}'   -- JSON object
);
