package cn.leavedesk.store;

import cn.leavedesk.domain.Actor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Who changed what and when. Repositories write an entry inside the same transaction as the change itself, so a
 * change and its audit line are stored together or not at all.
 */
public final class AuditLog {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Database db;

    AuditLog(Database db) {
        this.db = db;
    }

    /**
     * Records an entry; joins the caller's transaction when there is one. Repositories call this for every write;
     * callers use it for actions that happen outside the store (an export, a printed report).
     */
    public void record(Actor actor, String action, String entity, Optional<String> entityId, Map<String, ?> detail) {
        String json = toJson(detail);
        db.write(c -> {
            insert(c, Sql.instant(db.now()), actor, action, entity, entityId, json);
            return null;
        });
    }

    /**
     * Writes an entry on a connection of the caller's, for a restore whose entry goes into the restored content
     * before that content replaces the database's (so the two are one step).
     */
    static void insert(java.sql.Connection c, java.time.Instant at, Actor actor, String action, String entity,
                       Optional<String> entityId, Map<String, ?> detail) throws SQLException {
        insert(c, Sql.instant(at), actor, action, entity, entityId, toJson(detail));
    }

    private static void insert(java.sql.Connection c, String at, Actor actor, String action, String entity,
                               Optional<String> entityId, String json) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO audit (at, actor, action, entity, entity_id, detail) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, at);
            ps.setString(2, actor.name());
            ps.setString(3, action);
            ps.setString(4, entity);
            Sql.setText(ps, 5, entityId);
            ps.setString(6, json);
            ps.executeUpdate();
        }
    }

    private static String toJson(Map<String, ?> detail) {
        try {
            // sorted keys keep the stored text stable, which makes entries easy to compare
            return JSON.writeValueAsString(new TreeMap<>(detail));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("audit detail is not serialisable", e);
        }
    }

    /** The newest entries first. */
    public List<AuditEntry> recent(int limit) {
        return query("SELECT * FROM audit ORDER BY id DESC LIMIT ?", ps -> ps.setInt(1, limit));
    }

    /** Everything that happened to one record, oldest first. */
    public List<AuditEntry> forEntity(String entity, String entityId) {
        return query("SELECT * FROM audit WHERE entity = ? AND entity_id = ? ORDER BY id", ps -> {
            ps.setString(1, entity);
            ps.setString(2, entityId);
        });
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private List<AuditEntry> query(String sql, Binder binder) {
        return db.read(c -> {
            List<AuditEntry> result = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                binder.bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.add(new AuditEntry(rs.getLong("id"), Sql.instant(rs, "at"), rs.getString("actor"),
                                rs.getString("action"), rs.getString("entity"), Sql.optionalText(rs, "entity_id"),
                                rs.getString("detail")));
                    }
                }
            }
            return List.copyOf(result);
        });
    }
}
