package cn.leavedesk.store;

import cn.leavedesk.domain.Actor;
import cn.leavedesk.domain.lifecycle.AttachmentInfo;
import cn.leavedesk.domain.lifecycle.EventType;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Scanned invitations, approvals and reports, stored in the database so one file holds the whole register. */
public final class AttachmentRepository {
    private final Database db;

    AttachmentRepository(Database db) {
        this.db = db;
    }

    /**
     * Stores a file's bytes for an absence.
     *
     * @return the stored attachment's description
     * @throws RecordNotFoundException when the absence does not exist
     */
    public AttachmentInfo store(String absenceId, String fileName, Optional<String> mime, byte[] bytes, Actor actor) {
        String sha256 = sha256(bytes);
        long id = db.write(c -> {
            ChainRepository.requireAbsence(c, absenceId);
            long newId;
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO attachment (absence, file_name, mime, bytes, size, sha256, added_at, added_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, absenceId);
                ps.setString(2, fileName);
                Sql.setText(ps, 3, mime);
                ps.setBytes(4, bytes);
                ps.setLong(5, bytes.length);
                ps.setString(6, sha256);
                ps.setString(7, Sql.instant(db.now()));
                ps.setString(8, actor.name());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    newId = keys.getLong(1);
                }
            }
            AbsenceRepository.insertEvent(c, absenceId, EventType.ATTACHMENT_ADDED, db.now(), actor, Optional.empty(),
                    Optional.empty(), Optional.of(Long.toString(newId)), Optional.of(fileName));
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("attachment", newId);
            detail.put("fileName", fileName);
            detail.put("size", bytes.length);
            detail.put("sha256", sha256);
            db.audit().record(actor, "ATTACHMENT_ADDED", EntityNames.ABSENCE, Optional.of(absenceId), detail);
            return newId;
        });
        return list(absenceId).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    /**
     * Takes an attachment off its absence. The row (and its bytes) stay in the file, marked removed, so the
     * history can still say what was there; an ATTACHMENT_REMOVED event records who removed it and why.
     *
     * @throws RecordNotFoundException when there is no such attachment, or it was already removed
     */
    public void remove(long attachmentId, Optional<String> reason, Actor actor) {
        db.write(c -> {
            String absenceId;
            String fileName;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT absence, file_name FROM attachment WHERE id = ? AND removed_at IS NULL")) {
                ps.setLong(1, attachmentId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new RecordNotFoundException(EntityNames.ATTACHMENT, Long.toString(attachmentId));
                    }
                    absenceId = rs.getString(1);
                    fileName = rs.getString(2);
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE attachment SET removed_at = ?, removed_by = ? WHERE id = ?")) {
                ps.setString(1, Sql.instant(db.now()));
                ps.setString(2, actor.name());
                ps.setLong(3, attachmentId);
                ps.executeUpdate();
            }
            AbsenceRepository.insertEvent(c, absenceId, EventType.ATTACHMENT_REMOVED, db.now(), actor,
                    Optional.empty(), reason, Optional.of(Long.toString(attachmentId)), Optional.of(fileName));
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("attachment", attachmentId);
            detail.put("fileName", fileName);
            reason.ifPresent(r -> detail.put("reason", r));
            db.audit().record(actor, "ATTACHMENT_REMOVED", EntityNames.ABSENCE, Optional.of(absenceId), detail);
            return null;
        });
    }

    /** One attachment that is still on its absence. */
    public Optional<AttachmentInfo> find(long attachmentId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT id, absence, file_name, mime, size, sha256, added_at, added_by
                    FROM attachment WHERE id = ? AND removed_at IS NULL""")) {
                ps.setLong(1, attachmentId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(info(rs)) : Optional.empty();
                }
            }
        });
    }

    /** The absence's attachments in the order they were added, removed ones left out. */
    public List<AttachmentInfo> list(String absenceId) {
        return db.read(c -> {
            List<AttachmentInfo> result = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT id, absence, file_name, mime, size, sha256, added_at, added_by
                    FROM attachment WHERE absence = ? AND removed_at IS NULL ORDER BY id""")) {
                ps.setString(1, absenceId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.add(info(rs));
                    }
                }
            }
            return List.copyOf(result);
        });
    }

    private static AttachmentInfo info(ResultSet rs) throws SQLException {
        long size = rs.getLong("size");
        Optional<Long> optionalSize = rs.wasNull() ? Optional.empty() : Optional.of(size);
        return new AttachmentInfo(rs.getLong("id"), rs.getString("absence"), rs.getString("file_name"),
                Sql.optionalText(rs, "mime"), optionalSize, Sql.optionalText(rs, "sha256"),
                Sql.instant(rs, "added_at"), rs.getString("added_by"));
    }

    /** The stored bytes, empty when the attachment does not exist, was removed or has no content yet. */
    public Optional<byte[]> content(long attachmentId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT bytes FROM attachment WHERE id = ? AND removed_at IS NULL")) {
                ps.setLong(1, attachmentId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getBytes(1)) : Optional.empty();
                }
            }
        });
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
