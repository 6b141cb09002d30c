package cn.leavedesk.store;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Actor;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Meeting;
import cn.leavedesk.domain.MeetingMembers;
import cn.leavedesk.domain.MeetingType;
import cn.leavedesk.domain.Message;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The government meetings absences can be from. */
public final class MeetingRepository {
    private final Database db;

    MeetingRepository(Database db) {
        this.db = db;
    }

    /** @throws DuplicateIdException when the id is taken */
    public void insert(ScheduledMeeting meeting, Actor actor) {
        insert(meeting, List.of(), actor);
    }

    /**
     * Puts a meeting on the schedule with its members, in one write.
     *
     * @param members person ids of the meeting's members as they are that day (Hegang 第三十七条)
     * @throws DuplicateIdException when the id is taken
     */
    public void insert(ScheduledMeeting meeting, List<String> members, Actor actor) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM meeting WHERE id = ?")) {
                ps.setString(1, meeting.id());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        throw new DuplicateIdException(EntityNames.MEETING, meeting.id());
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO meeting (id, type, held_on, convener, title, created_at, created_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
                ps.setString(1, meeting.id());
                ps.setString(2, meeting.type().name());
                ps.setString(3, Sql.date(meeting.date()));
                Sql.setText(ps, 4, meeting.convener());
                Sql.setText(ps, 5, meeting.title());
                ps.setString(6, Sql.instant(db.now()));
                ps.setString(7, actor.name());
                ps.executeUpdate();
            }
            insertMembers(c, meeting.id(), members);
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("type", meeting.type().name());
            detail.put("date", meeting.date().toString());
            detail.put("convener", meeting.convener().orElse(null));
            detail.put("members", sorted(members));
            db.audit().record(actor, "MEETING_ADDED", EntityNames.MEETING, Optional.of(meeting.id()), detail);
            return null;
        });
    }

    /** The members recorded for a meeting, by person id; empty when none were recorded. */
    public List<String> members(String meetingId) {
        return db.read(c -> members(c, meetingId));
    }

    /** The meetings held between the dates, both included, in date order, each with its recorded members. */
    public List<MeetingMembers> membersBetween(LocalDate from, LocalDate to) {
        return db.read(c -> {
            List<MeetingMembers> result = new ArrayList<>();
            for (ScheduledMeeting meeting : between(from, to)) {
                result.add(new MeetingMembers(meeting.id(), meeting.type(), meeting.date(), members(c, meeting.id())));
            }
            return List.copyOf(result);
        });
    }

    /**
     * Replaces the members recorded for a meeting, with an audit line saying who was added and who taken off.
     *
     * @throws RecordNotFoundException when there is no such meeting
     */
    public void changeMembers(String meetingId, List<String> members, Actor actor) {
        db.write(c -> {
            find(meetingId).orElseThrow(() -> new RecordNotFoundException(EntityNames.MEETING, meetingId));
            List<String> before = members(c, meetingId);
            List<String> after = sorted(members);
            if (before.equals(after)) {
                return null;
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM meeting_member WHERE meeting = ?")) {
                ps.setString(1, meetingId);
                ps.executeUpdate();
            }
            insertMembers(c, meetingId, after);
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("added", after.stream().filter(id -> !before.contains(id)).toList());
            detail.put("removed", before.stream().filter(id -> !after.contains(id)).toList());
            db.audit().record(actor, "MEETING_MEMBERS_CHANGED", EntityNames.MEETING, Optional.of(meetingId), detail);
            return null;
        });
    }

    private static List<String> members(Connection c, String meetingId) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT person FROM meeting_member WHERE meeting = ? ORDER BY person")) {
            ps.setString(1, meetingId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return List.copyOf(ids);
    }

    private static void insertMembers(Connection c, String meetingId, List<String> members) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT OR IGNORE INTO meeting_member (meeting, person) VALUES (?, ?)")) {
            for (String person : members) {
                ps.setString(1, meetingId);
                ps.setString(2, person);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static List<String> sorted(List<String> members) {
        return members.stream().distinct().sorted().toList();
    }

    public Optional<ScheduledMeeting> find(String id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM meeting WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(read(rs)) : Optional.empty();
                }
            }
        });
    }

    /** Meetings held between the dates, both included, in date order. */
    public List<ScheduledMeeting> between(LocalDate from, LocalDate to) {
        return db.read(c -> {
            List<ScheduledMeeting> result = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT * FROM meeting WHERE held_on BETWEEN ? AND ? ORDER BY held_on, id")) {
                ps.setString(1, Sql.date(from));
                ps.setString(2, Sql.date(to));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.add(read(rs));
                    }
                }
            }
            return List.copyOf(result);
        });
    }

    /**
     * Records an absence from a meeting on the calendar: the absence must be a meeting absence on the meeting's
     * day; its meeting type and convener are taken from the meeting. The absence and its link are one write.
     *
     * @throws RecordNotFoundException when there is no such meeting
     * @throws InvalidChangeException when the absence is not a meeting absence on the meeting's day
     */
    public Absence recordAbsence(String meetingId, Absence absence, Actor actor) {
        ScheduledMeeting meeting = find(meetingId)
                .orElseThrow(() -> new RecordNotFoundException(EntityNames.MEETING, meetingId));
        if (absence.kind() != Kind.MEETING_ABSENCE || !absence.depart().equals(meeting.date())
                || !absence.returnDate().equals(meeting.date())) {
            throw new InvalidChangeException("NOT_THIS_MEETING", Message.of("store.notThisMeeting", meeting.date()));
        }
        Absence linked = new Absence(absence.id(), absence.personId(), absence.kind(), absence.scope(),
                absence.status(), absence.filed(), absence.depart(), absence.returnDate(), absence.destination(),
                absence.reason(), absence.contact(), absence.actingPerson(), absence.attachments(), absence.stops(),
                Optional.of(new Meeting(meeting.type(), meeting.convener())));
        db.inTransaction(() -> {
            db.absences().insert(linked, actor);
            db.write(c -> {
                try (PreparedStatement ps = c.prepareStatement("UPDATE absence SET meeting_id = ? WHERE id = ?")) {
                    ps.setString(1, meetingId);
                    ps.setString(2, linked.id());
                    ps.executeUpdate();
                }
                return null;
            });
        });
        return linked;
    }

    /** Ids of the active, current absences recorded against a meeting, for its attendance list. */
    public List<String> absentees(String meetingId) {
        return db.read(c -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT a.person FROM absence a JOIN absence_state s ON s.absence = a.id
                    WHERE a.meeting_id = ? AND s.state = 'ACTIVE'
                    ORDER BY a.person""")) {
                ps.setString(1, meetingId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
            }
            return List.copyOf(ids);
        });
    }

    private static ScheduledMeeting read(ResultSet rs) throws SQLException {
        return new ScheduledMeeting(rs.getString("id"), MeetingType.valueOf(rs.getString("type")),
                Sql.date(rs, "held_on"), Sql.optionalText(rs, "convener"), Sql.optionalText(rs, "title"));
    }
}
