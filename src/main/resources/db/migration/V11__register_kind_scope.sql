-- LeaveDesk schema, version 11: how many absences there are of each kind in each scope, so that the register rules
-- out at once a kind and a scope that never occur together (issue 7).
--
-- Kind and scope have no index of their own, so a register filter on a combination that holds no absence (meeting
-- absences within the province; official visits within the city, when sorting by scope) read every absence to find
-- none: 0.4–0.7 s at a million. Every absence_state row is counted here under its kind and scope, whatever its
-- state (rows are never deleted and their kind and scope never change); a count of zero means no row of any state.
-- A bulk load drops the trigger with the indexes and counts every row again before it commits.
CREATE TABLE register_kind_scope (
    kind  TEXT    NOT NULL,
    scope TEXT    NOT NULL,
    absences INTEGER NOT NULL,
    PRIMARY KEY (kind, scope)
) WITHOUT ROWID;
INSERT INTO register_kind_scope (kind, scope, absences)
SELECT kind, scope, count(*) FROM absence_state GROUP BY kind, scope;

CREATE TRIGGER register_kind_scope_insert AFTER INSERT ON absence_state BEGIN
    INSERT INTO register_kind_scope (kind, scope, absences) VALUES (new.kind, new.scope, 1)
    ON CONFLICT (kind, scope) DO UPDATE SET absences = absences + 1;
END;
