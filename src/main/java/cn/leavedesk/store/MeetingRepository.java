package cn.leavedesk.store;

import cn.leavedesk.domain.MeetingType;
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
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("type", meeting.type().name());
            detail.put("date", meeting.date().toString());
            detail.put("convener", meeting.convener().orElse(null));
            db.audit().record(actor, "MEETING_ADDED", EntityNames.MEETING, Optional.of(meeting.id()), detail);
            return null;
        });
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

    private static ScheduledMeeting read(ResultSet rs) throws SQLException {
        return new ScheduledMeeting(rs.getString("id"), MeetingType.valueOf(rs.getString("type")),
                Sql.date(rs, "held_on"), Sql.optionalText(rs, "convener"), Sql.optionalText(rs, "title"));
    }
}
