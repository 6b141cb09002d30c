package cn.leavedesk.store;

import cn.leavedesk.domain.Action;
import cn.leavedesk.domain.Actor;
import cn.leavedesk.domain.Message;
import cn.leavedesk.domain.Party;
import cn.leavedesk.domain.Step;
import cn.leavedesk.domain.lifecycle.DoneHow;
import cn.leavedesk.domain.lifecycle.EventType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The approval / report / filing chain the rules engine computed for an absence, and its progress. */
public final class ChainRepository {
    private final Database db;

    ChainRepository(Database db) {
        this.db = db;
    }

    /**
     * Stores the chain of an absence, all steps PENDING.
     *
     * @throws InvalidChangeException  when the absence already has a chain (an amendment is a new absence with its
     *                                 own chain)
     * @throws RecordNotFoundException when the absence does not exist
     */
    public void saveSteps(String absenceId, List<Step> steps, Actor actor) {
        db.write(c -> {
            requireAbsence(c, absenceId);
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM chain_step WHERE absence = ? LIMIT 1")) {
                ps.setString(1, absenceId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        throw new InvalidChangeException("CHAIN_EXISTS", Message.of("store.chainExists", absenceId));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO chain_step (absence, seq, action, party, by_date, article) VALUES (?, ?, ?, ?, ?, ?)""")) {
                int seq = 0;
                for (Step step : steps) {
                    ps.setString(1, absenceId);
                    ps.setInt(2, ++seq);
                    ps.setString(3, step.action().name());
                    ps.setString(4, step.party().name());
                    Sql.setDate(ps, 5, step.by());
                    ps.setString(6, step.article());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            adjustOpenSteps(c, absenceId, steps.size());
            db.audit().record(actor, "CHAIN_SAVED", EntityNames.ABSENCE, Optional.of(absenceId),
                    Map.of("steps", steps.size()));
            return null;
        });
    }

    /**
     * Marks one step done and adds a STEP_DONE event to the absence's history.
     *
     * @param doneBy who approved or was informed
     * @param doneAt when
     * @throws InvalidChangeException  when the step is already done
     * @throws RecordNotFoundException when there is no such step
     */
    public void markDone(String absenceId, int seq, String doneBy, Instant doneAt, DoneHow how, Actor actor) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT state FROM chain_step WHERE absence = ? AND seq = ?")) {
                ps.setString(1, absenceId);
                ps.setInt(2, seq);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new RecordNotFoundException(EntityNames.STEP, absenceId + "#" + seq);
                    }
                    if (StepState.valueOf(rs.getString(1)) == StepState.DONE) {
                        throw new InvalidChangeException("STEP_ALREADY_DONE",
                                Message.of("store.stepAlreadyDone", absenceId, seq));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE chain_step SET state = 'DONE', done_by = ?, done_at = ?, done_how = ?, done_on = ?
                    WHERE absence = ? AND seq = ?""")) {
                ps.setString(1, doneBy);
                ps.setString(2, Sql.instant(doneAt));
                ps.setString(3, how.name());
                ps.setString(4, Sql.date(doneAt.atZone(java.time.ZoneOffset.UTC).toLocalDate()));
                ps.setString(5, absenceId);
                ps.setInt(6, seq);
                ps.executeUpdate();
            }
            adjustOpenSteps(c, absenceId, -1);
            AbsenceRepository.insertEvent(c, absenceId, EventType.STEP_DONE, db.now(), actor, Optional.empty(),
                    Optional.empty(), Optional.of(Integer.toString(seq)));
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("seq", seq);
            detail.put("doneBy", doneBy);
            detail.put("doneAt", doneAt.toString());
            detail.put("how", how.name());
            db.audit().record(actor, "STEP_DONE", EntityNames.ABSENCE, Optional.of(absenceId), detail);
            return null;
        });
    }

    /**
     * Ticks one step as the clerk records it: done on {@code day}, {@code how}, with an optional note; the clerk
     * ({@code actor}) is who did it. Adds a STEP_DONE event carrying the day, the note and how.
     *
     * @throws InvalidChangeException  when the step is already done
     * @throws RecordNotFoundException when there is no such step
     */
    public void tick(String absenceId, int seq, LocalDate day, DoneHow how, Optional<String> note, Actor actor) {
        db.write(c -> {
            if (requireStep(c, absenceId, seq) == StepState.DONE) {
                throw new InvalidChangeException("STEP_ALREADY_DONE", Message.of("store.stepAlreadyDone", absenceId, seq));
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE chain_step SET state = 'DONE', done_by = ?, done_at = ?, done_how = ?, done_on = ?,
                                          done_note = ?
                    WHERE absence = ? AND seq = ?""")) {
                ps.setString(1, actor.name());
                ps.setString(2, Sql.instant(db.now()));
                ps.setString(3, how.name());
                ps.setString(4, Sql.date(day));
                Sql.setText(ps, 5, note);
                ps.setString(6, absenceId);
                ps.setInt(7, seq);
                ps.executeUpdate();
            }
            adjustOpenSteps(c, absenceId, -1);
            AbsenceRepository.insertEvent(c, absenceId, EventType.STEP_DONE, db.now(), actor, Optional.of(day), note,
                    Optional.of(Integer.toString(seq)), Optional.of(how.name()));
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("seq", seq);
            detail.put("on", day.toString());
            detail.put("how", how.name());
            note.ifPresent(n -> detail.put("note", n));
            db.audit().record(actor, "STEP_DONE", EntityNames.ABSENCE, Optional.of(absenceId), detail);
            return null;
        });
    }

    /**
     * Takes back a tick made by mistake: the step is open again, and a STEP_UNDONE event with the reason joins the
     * STEP_DONE one in the history (who ticked it, when and how stay in that event and the audit log).
     *
     * @throws InvalidChangeException  when the step is not done, or the reason is blank
     * @throws RecordNotFoundException when there is no such step
     */
    public void undo(String absenceId, int seq, String reason, Actor actor) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidChangeException("UNDO_REASON_REQUIRED", Message.of("store.undoReasonRequired"));
        }
        db.write(c -> {
            if (requireStep(c, absenceId, seq) != StepState.DONE) {
                throw new InvalidChangeException("STEP_NOT_DONE", Message.of("store.stepNotDone", absenceId, seq));
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE chain_step SET state = 'PENDING', done_by = NULL, done_at = NULL, done_how = NULL,
                                          done_on = NULL, done_note = NULL
                    WHERE absence = ? AND seq = ?""")) {
                ps.setString(1, absenceId);
                ps.setInt(2, seq);
                ps.executeUpdate();
            }
            adjustOpenSteps(c, absenceId, 1);
            AbsenceRepository.insertEvent(c, absenceId, EventType.STEP_UNDONE, db.now(), actor, Optional.empty(),
                    Optional.of(reason), Optional.of(Integer.toString(seq)), Optional.empty());
            db.audit().record(actor, "STEP_UNDONE", EntityNames.ABSENCE, Optional.of(absenceId),
                    Map.of("seq", seq, "reason", reason));
            return null;
        });
    }

    /** absence_state.open_steps follows every chain write, for the register's column and filter. */
    private static void adjustOpenSteps(Connection c, String absenceId, int change) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE absence_state SET open_steps = open_steps + ? WHERE absence = ?")) {
            ps.setInt(1, change);
            ps.setString(2, absenceId);
            ps.executeUpdate();
        }
    }

    private static StepState requireStep(Connection c, String absenceId, int seq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT state FROM chain_step WHERE absence = ? AND seq = ?")) {
            ps.setString(1, absenceId);
            ps.setInt(2, seq);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new RecordNotFoundException(EntityNames.STEP, absenceId + "#" + seq);
                }
                return StepState.valueOf(rs.getString(1));
            }
        }
    }

    /** The chain in order. */
    public List<ChainStep> steps(String absenceId) {
        return db.read(c -> {
            List<ChainStep> result = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM chain_step WHERE absence = ? ORDER BY seq")) {
                ps.setString(1, absenceId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Step step = new Step(Action.valueOf(rs.getString("action")), Party.valueOf(rs.getString("party")),
                                Sql.optionalDate(rs, "by_date"), rs.getString("article"));
                        result.add(new ChainStep(absenceId, rs.getInt("seq"), step,
                                StepState.valueOf(rs.getString("state")), Sql.optionalText(rs, "done_by"),
                                Sql.optionalInstant(rs, "done_at"),
                                Sql.optionalText(rs, "done_how").map(DoneHow::valueOf),
                                Sql.optionalDate(rs, "done_on"), Sql.optionalText(rs, "done_note")));
                    }
                }
            }
            return List.copyOf(result);
        });
    }

    /**
     * The steps not done yet of every ACTIVE absence that are due on or before {@code lastDue} (a step's own
     * deadline, else its absence's departure day), by due day, absence and position. Reads the pending steps
     * through {@code chain_step_pending} and looks each absence up (CROSS JOIN keeps SQLite from starting at the
     * other end, every active absence), so a file whose chains are mostly done answers quickly.
     */
    public List<OpenStep> openStepsDueBy(LocalDate lastDue) {
        return db.read(c -> {
            List<OpenStep> result = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT cs.absence, s.person, cs.seq, cs.action, cs.party, cs.by_date, cs.article, s.depart
                    FROM chain_step cs INDEXED BY chain_step_pending
                    CROSS JOIN absence_state s ON s.absence = cs.absence
                    WHERE cs.state = 'PENDING' AND s.state = 'ACTIVE' AND coalesce(cs.by_date, s.depart) <= ?
                    ORDER BY coalesce(cs.by_date, s.depart), cs.absence, cs.seq""")) {
                ps.setString(1, Sql.date(lastDue));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Step step = new Step(Action.valueOf(rs.getString("action")), Party.valueOf(rs.getString("party")),
                                Sql.optionalDate(rs, "by_date"), rs.getString("article"));
                        result.add(new OpenStep(rs.getString("absence"), rs.getString("person"), rs.getInt("seq"),
                                step, Sql.date(rs, "depart")));
                    }
                }
            }
            return List.copyOf(result);
        });
    }

    static void requireAbsence(Connection c, String absenceId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM absence WHERE id = ?")) {
            ps.setString(1, absenceId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new RecordNotFoundException(EntityNames.ABSENCE, absenceId);
                }
            }
        }
    }
}
