-- LeaveDesk schema, version 7: a register that finds any text and sorts on any column at a million rows (issue 7).
--
-- Free text: the register's search looks for the text inside an absence's id, destination and reason (and the
-- person's name, which the small person table answers by itself). A LIKE '%…%' reads every absence; a trigram
-- index finds the absences holding any text of three or more characters (Chinese included: a trigram is three
-- characters, not three bytes) from a few index pages. It indexes the absence rows themselves (external content:
-- the text is not stored twice) and is kept in step by the triggers below; absence rows are written once and
-- never changed, so in practice only the insert trigger fires. The register still applies the LIKE to what the
-- index found, so the answer is exactly the LIKE's; the index only says where to look.
CREATE VIRTUAL TABLE absence_text USING fts5 (id, destination, reason, content = 'absence', content_rowid = 'rowid',
    tokenize = 'trigram case_sensitive 0');
INSERT INTO absence_text (absence_text) VALUES ('rebuild');

-- Two characters hold no trigram of their own, but every place they occur is the start of a trigram in the index
-- unless they end the value: the index's list of trigrams (below) gives those starting with the two characters, and
-- the last two characters of each column have an index of their own (lower() folds ASCII case, as LIKE does).
CREATE VIRTUAL TABLE absence_text_terms USING fts5vocab ('absence_text', 'row');
CREATE INDEX absence_id_end ON absence (lower(substr(id, -2)));
CREATE INDEX absence_destination_end ON absence (lower(substr(destination, -2)));
CREATE INDEX absence_reason_end ON absence (lower(substr(reason, -2)));

CREATE TRIGGER absence_text_insert AFTER INSERT ON absence BEGIN
    INSERT INTO absence_text (rowid, id, destination, reason) VALUES (new.rowid, new.id, new.destination, new.reason);
END;
CREATE TRIGGER absence_text_update AFTER UPDATE OF id, destination, reason ON absence BEGIN
    INSERT INTO absence_text (absence_text, rowid, id, destination, reason)
    VALUES ('delete', old.rowid, old.id, old.destination, old.reason);
    INSERT INTO absence_text (rowid, id, destination, reason) VALUES (new.rowid, new.id, new.destination, new.reason);
END;
CREATE TRIGGER absence_text_delete AFTER DELETE ON absence BEGIN
    INSERT INTO absence_text (absence_text, rowid, id, destination, reason)
    VALUES ('delete', old.rowid, old.id, old.destination, old.reason);
END;

-- Sorting on any column. A column with few values (kind, scope, state, verdict, role, person) is read value by
-- value, each value newest departure first through the indexes the filters already use. Destination, reason and
-- days are read value by value too, from an index that gives the next value and that value's rows newest first;
-- the return day from an index in its own order.
CREATE INDEX absence_state_return ON absence_state (effective_return);
CREATE INDEX absence_destination ON absence (destination, depart);
CREATE INDEX absence_reason ON absence (reason, depart);
-- 天数 as the register shows it, less one: planned return minus departure, in days
CREATE INDEX absence_days ON absence (julianday(return_date) - julianday(depart), depart);
-- The absences with no verdict yet (imported before this version, or not checkable): the client works through
-- them in the background, newest first, and the register's "no verdict" group reads them from here.
CREATE INDEX absence_state_unchecked ON absence_state (depart DESC, absence) WHERE verdict IS NULL;
