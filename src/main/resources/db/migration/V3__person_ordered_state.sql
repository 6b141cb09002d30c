-- LeaveDesk schema, version 3: the rules' view of one person's history in one place.
--
-- Checking a request reads the person's absences that overlap it and their trips abroad (for the quotas). With
-- absence_state keyed by absence id alone, those rows lay scattered over the whole file, one random page read
-- each. absence_state now also carries the columns of the absence that never change (person, kind, scope,
-- departure day), copied when the absence is written, and absence_state_person orders them by person: one
-- person's current absences are a few adjacent index pages, and the rules' query needs nothing else.

CREATE TABLE absence_state_new (
    absence          TEXT PRIMARY KEY REFERENCES absence (id),
    person           TEXT NOT NULL,   -- copied from absence.person, as are kind, scope and depart
    kind             TEXT NOT NULL,
    scope            TEXT NOT NULL,
    depart           TEXT NOT NULL,
    state            TEXT NOT NULL CHECK (state IN ('ACTIVE', 'CANCELLED', 'SUPERSEDED')),
    effective_return TEXT NOT NULL    -- the actual return day once recorded, else the planned one
) WITHOUT ROWID;

INSERT INTO absence_state_new (absence, person, kind, scope, depart, state, effective_return)
SELECT s.absence, a.person, a.kind, a.scope, a.depart, s.state, s.effective_return
FROM absence_state s
JOIN absence a ON a.id = s.absence
ORDER BY s.absence;

DROP TABLE absence_state;
ALTER TABLE absence_state_new RENAME TO absence_state;

-- The who-is-away timeline asks for ACTIVE rows whose effective return is on or after a day.
CREATE INDEX absence_state_timeline ON absence_state (state, effective_return);
-- A check reads one person's current absences: those overlapping the request, and the trips abroad.
CREATE INDEX absence_state_person ON absence_state (person, state, depart, effective_return, kind, scope);
