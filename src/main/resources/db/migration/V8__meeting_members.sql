-- LeaveDesk schema, version 8: who the members of each meeting are, recorded with the meeting.
--
-- 鹤政发〔2017〕2号 第三十七条（一）: 市政府常务会议由市长、副市长、秘书长组成 … 应有半数以上组成人员出席方能召开. Whether a
-- meeting could be held depends on who its members were that day. Until now they were read from the roster as it is
-- today, so a vice-mayor appointed or retired later changed the quorum of meetings already held. From this version
-- the members are recorded when a meeting is put on the schedule (and may be corrected by the clerk).
--
-- Existing meetings are given the members the schedule showed for them until now, read from the roster at the time
-- of this migration: for executive meetings (the one type a shipped rulebook's quorum rule governs, Hegang
-- 第三十七条), everyone whose role is mayor, executive vice-mayor, vice-mayor or secretary-general and who had not
-- retired by the meeting's day. Other meeting types are governed by no quorum rule and get no members.

CREATE TABLE meeting_member (
    meeting TEXT NOT NULL REFERENCES meeting (id),
    person  TEXT NOT NULL REFERENCES person (id),
    PRIMARY KEY (meeting, person)
) WITHOUT ROWID;
CREATE INDEX meeting_member_person ON meeting_member (person);

INSERT INTO meeting_member (meeting, person)
SELECT m.id, p.id FROM meeting m JOIN person p
    ON p.role IN ('MAYOR', 'EXECUTIVE_VICE_MAYOR', 'VICE_MAYOR', 'SECRETARY_GENERAL')
   AND (p.retired_on IS NULL OR p.retired_on > m.held_on)
WHERE m.type = 'EXECUTIVE';
