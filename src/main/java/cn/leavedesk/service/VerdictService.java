package cn.leavedesk.service;

import cn.leavedesk.calendar.WorkingCalendar;
import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Verdict;
import cn.leavedesk.rules.Evaluator;
import cn.leavedesk.rules.Messages;
import cn.leavedesk.rules.Rulebook;
import cn.leavedesk.store.Database;
import cn.leavedesk.store.StoredAbsence;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The register's verdict for absences that did not come through the request form: imported ones, the demo office's,
 * and those stored before LeaveDesk kept verdicts for them. Each is checked exactly as the form checks a request
 * ({@link CheckService}: the office's rulebook, the relevant history on record, the roster as it is now), against
 * everything else on record; only the verdict is stored, as for a saved request (the absence page works the findings
 * out again when it opens). Decision 0022 says why older files are checked in the background rather than by the
 * migration.
 */
public final class VerdictService {
    private static final Logger LOG = LoggerFactory.getLogger(VerdictService.class);

    /** An import of more absences than this leaves their verdicts to the client's background check. */
    public static final int AT_IMPORT = 20_000;

    private final Database db;
    private final Evaluator evaluator;

    public VerdictService(Database db, WorkingCalendar calendar) {
        this(db, cn.leavedesk.calendar.SharedCalendar.fixed(Objects.requireNonNull(calendar, "calendar")));
    }

    /** Checks with the calendar in force at each absence, so a holiday year added meanwhile applies at once. */
    public VerdictService(Database db, cn.leavedesk.calendar.SharedCalendar calendar) {
        this.db = Objects.requireNonNull(db, "db");
        // the verdict does not depend on the language of the findings' texts, which are not stored
        this.evaluator = new Evaluator(Objects.requireNonNull(calendar, "calendar"), Messages.chinese());
    }

    /**
     * Checks the stored absences and records their verdicts; call it inside the transaction that stored them, so that
     * they are never stored without. An absence whose person is not on the roster has no verdict and is left so.
     *
     * @return how many verdicts were recorded
     */
    public int record(Rulebook rulebook, Collection<Absence> absences) {
        if (absences.isEmpty()) {
            return 0;
        }
        CheckService check = new CheckService(db, evaluator);
        Map<String, Verdict> verdicts = new LinkedHashMap<>();
        for (Absence absence : absences) {
            verdictOf(check, rulebook, absence).ifPresent(v -> verdicts.put(absence.id(), v));
        }
        db.absences().recordVerdicts(verdicts);
        return verdicts.size();
    }

    /** Where a background check has got to; {@link #start()} begins with the newest absence. */
    public record Progress(Optional<StoredAbsence> last, int checked, boolean done) {
        public static Progress start() {
            return new Progress(Optional.empty(), 0, false);
        }
    }

    /**
     * Checks the next {@code batch} absences without a verdict, newest departure first, in one transaction, and says
     * where to go on from. Those that cannot be checked are passed over, so the walk always ends.
     */
    public Progress checkNext(Rulebook rulebook, Progress from, int batch) {
        List<StoredAbsence> next = db.absences().unchecked(batch, from.last());
        if (next.isEmpty()) {
            return new Progress(from.last(), from.checked(), true);
        }
        int[] recorded = new int[1];
        db.inTransaction(() -> recorded[0] = record(rulebook, next.stream().map(StoredAbsence::absence).toList()));
        return new Progress(Optional.of(next.get(next.size() - 1)), from.checked() + recorded[0], false);
    }

    private Optional<Verdict> verdictOf(CheckService check, Rulebook rulebook, Absence absence) {
        try {
            return Optional.of(check.check(rulebook, absence).verdict());
        } catch (IllegalArgumentException e) {
            // a person no longer (or never) on the roster: nothing to check against
            LOG.debug("No verdict for {}: {}", absence.id(), e.getMessage());
            return Optional.empty();
        }
    }
}
