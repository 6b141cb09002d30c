-- LeaveDesk schema, version 5: following an absence to its end (issue 7).
--
-- A chain step's tick now records the day it happened (done_on), how (IN_PERSON joins WRITTEN and ORAL) and the
-- clerk's note; a tick made by mistake is undone, which clears the step and adds a STEP_UNDONE event with its
-- reason, so the history keeps both. Events gain a short machine-readable detail (how a step was done, the file
-- an attachment event concerns). Attachments are removed by marking them, never by deleting the row: the history
-- and the audit log can still say what was there. SQLite cannot change a CHECK constraint in place, hence the two
-- tables rebuilt below, rows and ids kept.

CREATE TABLE chain_step_new (
    absence   TEXT    NOT NULL REFERENCES absence (id),
    seq       INTEGER NOT NULL,
    action    TEXT    NOT NULL CHECK (action IN ('APPROVE', 'REPORT', 'FILE', 'NOTIFY')),
    party     TEXT    NOT NULL,
    by_date   TEXT,
    article   TEXT    NOT NULL,
    state     TEXT    NOT NULL DEFAULT 'PENDING' CHECK (state IN ('PENDING', 'DONE')),
    done_by   TEXT,
    done_at   TEXT,
    done_how  TEXT CHECK (done_how IN ('WRITTEN', 'ORAL', 'IN_PERSON')),
    done_on   TEXT,       -- the day the approval was given or the report made, as the clerk recorded it
    done_note TEXT,
    PRIMARY KEY (absence, seq),
    CHECK ((state = 'DONE') = (done_by IS NOT NULL AND done_at IS NOT NULL AND done_how IS NOT NULL))
) WITHOUT ROWID;

INSERT INTO chain_step_new (absence, seq, action, party, by_date, article, state, done_by, done_at, done_how, done_on)
SELECT absence, seq, action, party, by_date, article, state, done_by, done_at, done_how,
       CASE WHEN done_at IS NULL THEN NULL ELSE substr(done_at, 1, 10) END
FROM chain_step;

DROP TABLE chain_step;
ALTER TABLE chain_step_new RENAME TO chain_step;
-- The to-do list reads the steps still open; done ones are most of a busy file.
CREATE INDEX chain_step_pending ON chain_step (absence, seq) WHERE state = 'PENDING';

CREATE TABLE absence_event_new (
    id      INTEGER PRIMARY KEY,
    absence TEXT NOT NULL REFERENCES absence (id),
    type    TEXT NOT NULL CHECK (type IN ('FILED', 'STEP_DONE', 'STEP_UNDONE', 'DEPARTED', 'AMENDED', 'RETURNED',
                'REPORT_SUBMITTED', 'CANCELLED', 'ATTACHMENT_ADDED', 'ATTACHMENT_REMOVED')),
    at      TEXT NOT NULL,
    actor   TEXT NOT NULL,
    on_date TEXT,       -- the actual departure or return day, the day a step was done or a report handed in
    reason  TEXT,       -- why (cancelled, amended, step undone, attachment removed), or a step's note
    related TEXT,       -- the amending absence's id, the step's seq, or the attachment's id
    detail  TEXT,       -- how a step was done; an attachment's file name
    CHECK (type NOT IN ('RETURNED', 'DEPARTED') OR on_date IS NOT NULL),
    CHECK (type NOT IN ('CANCELLED', 'STEP_UNDONE') OR reason IS NOT NULL),
    CHECK (type <> 'AMENDED' OR related IS NOT NULL)
);

INSERT INTO absence_event_new (id, absence, type, at, actor, on_date, reason, related)
SELECT id, absence, type, at, actor, on_date, reason, related FROM absence_event;

DROP TABLE absence_event;
ALTER TABLE absence_event_new RENAME TO absence_event;
CREATE INDEX absence_event_absence ON absence_event (absence, type);

ALTER TABLE attachment ADD COLUMN removed_at TEXT;
ALTER TABLE attachment ADD COLUMN removed_by TEXT;

-- The register filters and sorts on the verdict and on whether steps are still open, at a million rows: both are
-- kept on absence_state beside the other copied columns. verdict is what the rulebook said when the version was
-- filed or amended through LeaveDesk (NULL: never checked, e.g. imported); open_steps is kept in step by every
-- chain write (saving, ticking, undoing).
ALTER TABLE absence_state ADD COLUMN verdict TEXT CHECK (verdict IN ('OK', 'WARN', 'VIOLATION'));
ALTER TABLE absence_state ADD COLUMN open_steps INTEGER NOT NULL DEFAULT 0;

UPDATE absence_state
SET open_steps = (SELECT count(*) FROM chain_step cs WHERE cs.absence = absence_state.absence AND cs.state = 'PENDING')
WHERE absence IN (SELECT absence FROM chain_step WHERE state = 'PENDING');

-- The register's pages, newest departure first. The common filters walk absence_depart_return (V1) and stop after
-- the page; the rare ones (a cancelled or superseded state, a verdict, open steps) would walk far, so each has a
-- departure-ordered index of its own, partial so that it holds only the rows it serves: at a million absences they
-- cost the bulk load almost nothing to rebuild.
CREATE INDEX absence_state_register_state ON absence_state (state, depart DESC, absence) WHERE state <> 'ACTIVE';
CREATE INDEX absence_state_register_verdict ON absence_state (verdict, depart DESC, absence) WHERE verdict IS NOT NULL;
CREATE INDEX absence_state_register_open ON absence_state (depart DESC, absence) WHERE open_steps > 0;
