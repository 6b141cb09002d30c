-- LeaveDesk schema, version 10: the longest absence on record, so that a date filter bounds the register's walk
-- (issue 7).
--
-- The register's date filter keeps the absences that overlap the days asked for: departure on or before the last
-- day, return (the actual one once recorded) on or after the first. Only the first condition bounds a walk in
-- departure order; the second was checked row by row, so a week in 2020 read every absence before it until the page
-- was full or the register ended (0.3–1.4 s at a million absences). An absence that overlaps the days departed no
-- earlier than the first day less the longest absence there is, which bounds the walk on both sides.
--
-- The length is kept here, in days (return less departure), by the triggers below whenever an absence's days are
-- written. It only ever grows: a return corrected to an earlier day leaves it as it was, which is still a true
-- bound, only a looser one. A bulk load drops the triggers with the indexes and works the length out again from
-- every row before it commits.
CREATE TABLE register_span (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    days REAL    NOT NULL
);
INSERT INTO register_span (id, days)
SELECT 1, coalesce(max(julianday(effective_return) - julianday(depart)), 0) FROM absence_state;

CREATE TRIGGER register_span_insert AFTER INSERT ON absence_state BEGIN
    UPDATE register_span SET days = max(days, coalesce(julianday(new.effective_return) - julianday(new.depart), 0))
    WHERE id = 1;
END;
CREATE TRIGGER register_span_update AFTER UPDATE OF depart, effective_return ON absence_state BEGIN
    UPDATE register_span SET days = max(days, coalesce(julianday(new.effective_return) - julianday(new.depart), 0))
    WHERE id = 1;
END;
