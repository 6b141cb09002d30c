-- LeaveDesk schema, version 2: annual figures per person and kind, kept in step with every absence write, so
-- annual reports stay instant however many absences are stored; and indexes for browsing the audit log.
--
-- count and trips_abroad go to the year of the departure day; days_away counts the days of the absence that fall
-- inside each year, both ends included. Only ACTIVE absences count; a superseded version counts nowhere.

CREATE TABLE absence_year_summary (
    person       TEXT    NOT NULL REFERENCES person (id),
    year         INTEGER NOT NULL,
    kind         TEXT    NOT NULL,
    count        INTEGER NOT NULL DEFAULT 0,
    days_away    INTEGER NOT NULL DEFAULT 0,
    trips_abroad INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (year, person, kind)
) WITHOUT ROWID;

-- Backfill from the absences a version-1 file already holds.
WITH RECURSIVE
    live (person, kind, scope, depart, last_day) AS (
        SELECT a.person, a.kind, a.scope, a.depart, s.effective_return
        FROM absence a
        JOIN absence_state s ON s.absence = a.id
        WHERE s.state = 'ACTIVE'
    ),
    spread (person, kind, scope, depart, last_day, year) AS (
        SELECT person, kind, scope, depart, last_day, CAST(substr(depart, 1, 4) AS INTEGER) FROM live
        UNION ALL
        SELECT person, kind, scope, depart, last_day, year + 1
        FROM spread
        WHERE year < CAST(substr(last_day, 1, 4) AS INTEGER)
    )
INSERT INTO absence_year_summary (person, year, kind, count, days_away, trips_abroad)
SELECT person,
       year,
       kind,
       SUM(year = CAST(substr(depart, 1, 4) AS INTEGER)),
       SUM(CAST(julianday(min(last_day, printf('%04d-12-31', year)))
                - julianday(max(depart, printf('%04d-01-01', year))) AS INTEGER) + 1),
       SUM(year = CAST(substr(depart, 1, 4) AS INTEGER) AND scope = 'ABROAD')
FROM spread
GROUP BY person, year, kind;

CREATE INDEX audit_entity ON audit (entity, entity_id);
CREATE INDEX audit_at ON audit (at);
