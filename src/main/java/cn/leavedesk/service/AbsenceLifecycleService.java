package cn.leavedesk.service;

import cn.leavedesk.calendar.SharedCalendar;
import cn.leavedesk.calendar.WorkingCalendar;
import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Actor;
import cn.leavedesk.domain.Evaluation;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Status;
import cn.leavedesk.domain.lifecycle.AbsenceState;
import cn.leavedesk.domain.lifecycle.AttachmentInfo;
import cn.leavedesk.domain.lifecycle.DoneHow;
import cn.leavedesk.domain.lifecycle.EventType;
import cn.leavedesk.rules.Evaluator;
import cn.leavedesk.rules.Messages;
import cn.leavedesk.rules.Rulebook;
import cn.leavedesk.store.AbsenceEvent;
import cn.leavedesk.store.ChainStep;
import cn.leavedesk.store.Database;
import cn.leavedesk.store.StoredAbsence;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Following an absence to its end (lifecycle-contract.md): the absence as it stands, amending (变更), cancelling
 * (撤销), the actual departure and return (销假), the written report, ticking and un-ticking chain steps, and the
 * attachments. The client's absence page and the command line both call this, so they give the same answers.
 *
 * <p>Every change is checked here first and refused with a {@link LifecycleRefusal} naming what is wrong; the check
 * and the write run in one transaction, so a refused change leaves the file exactly as it was. Days after today
 * are refused for what records a fact (departure, return, report, a tick): those say what has happened.
 */
public final class AbsenceLifecycleService {
    /** The largest attachment stored in the database: a scanned document of many pages fits, a video does not. */
    public static final long MAX_ATTACHMENT_BYTES = 20L * 1024 * 1024;
    /** A step due within this many working days after today is "due soon". */
    public static final int DUE_SOON_WORKING_DAYS = 3;

    private final Database db;
    private final RulebookService rulebooks;
    private final SharedCalendar calendar;
    private final Evaluator evaluator;
    private final Clock clock;
    private final Duties duties;

    public AbsenceLifecycleService(Database db, RulebookService rulebooks, WorkingCalendar calendar, Messages messages,
                                   Clock clock) {
        this(db, rulebooks, SharedCalendar.fixed(calendar), messages, clock);
    }

    /** Counts due days with the calendar in force at each call, so a holiday year added meanwhile applies at once. */
    public AbsenceLifecycleService(Database db, RulebookService rulebooks, SharedCalendar calendar, Messages messages,
                                   Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.rulebooks = Objects.requireNonNull(rulebooks, "rulebooks");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.evaluator = new Evaluator(calendar, Objects.requireNonNull(messages, "messages"));
        this.clock = Objects.requireNonNull(clock, "clock");
        this.duties = new Duties(calendar);
    }

    /** The clerk's today, by the clock the service was given. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The rulebook the office has chosen in its settings. */
    public Rulebook rulebook() {
        return rulebooks.get(new SettingsService(db).load().rulebookId());
    }

    // ---------------------------------------------------------------- reading

    /**
     * The absence as it stands today: any version, in any state.
     *
     * @throws LifecycleRefusal UNKNOWN_ABSENCE
     */
    public AbsenceDetails show(String id) {
        return show(id, today());
    }

    /** The absence with its step and duty states reckoned on {@code asOf}. */
    public AbsenceDetails show(String id, LocalDate asOf) {
        StoredAbsence stored = find(id);
        Absence asFiled = withReturn(stored.absence(), stored.plannedReturn());
        cn.leavedesk.domain.Roster roster = db.people().roster();
        Person person = roster.find(asFiled.personId()).orElseThrow(
                () -> new IllegalStateException("absence " + id + " names a person not on the roster"));
        // The page names the acting person and a meeting's convener; the absence records them by id.
        java.util.Map<String, String> names = new java.util.HashMap<>();
        java.util.stream.Stream.concat(asFiled.actingPerson().stream(),
                        asFiled.meeting().flatMap(cn.leavedesk.domain.Meeting::convener).stream())
                .forEach(named -> roster.find(named).ifPresent(p -> names.put(named, p.displayName())));
        Evaluation evaluation = evaluate(stored.absence(), List.of());
        List<AbsenceEvent> events = db.absences().events(id);
        Optional<LocalDate> departedOn = lastDay(events, EventType.DEPARTED);
        Optional<LocalDate> returnedOn = stored.actualReturn();
        Optional<LocalDate> reportOn = lastDay(events, EventType.REPORT_SUBMITTED);
        List<AbsenceDetails.StepLine> chain = db.chains().steps(id).stream()
                .map(s -> stepLine(s, asFiled.depart(), asOf)).toList();
        List<AbsenceDetails.DutyLine> owed = stored.state() == AbsenceState.ACTIVE
                ? duties.lines(evaluation.afterReturn(), stored.plannedReturn(), returnedOn, reportOn, asOf)
                : List.of();
        List<String> versions = db.absences().versions(id).stream().map(StoredAbsence::id).toList();
        return new AbsenceDetails(asFiled, person, stored.state(), stored.supersedes(), stored.supersededBy(),
                versions, departedOn, returnedOn, evaluation, chain, owed, db.attachments().list(id),
                events.stream().map(this::eventLine).toList(), asOf, names);
    }

    /**
     * What the rulebook says about an amendment while it is being edited, against what is on record without the
     * version it replaces.
     *
     * @throws LifecycleRefusal UNKNOWN_ABSENCE
     */
    public Evaluation previewAmendment(String id, Absence newVersion) {
        find(id);
        return evaluate(newVersion, List.of(id));
    }

    // ---------------------------------------------------------------- changing

    /** A stored amendment: the new version and what the rulebook says about it. */
    public record Amended(Absence absence, Evaluation evaluation) {
        public String id() {
            return absence.id();
        }
    }

    /**
     * Stores {@code newVersion} as the amendment (变更) of the absence: the old one stays readable, SUPERSEDED and
     * pointing at the new one; the new one gets the chain its evaluation lists, every step open (an approval of the
     * old plan is not assumed to cover the new one; 鹤政发〔2017〕2号 第五十二条（四）: 如行程有变应及时报告). A
     * new version with a blank id gets the next free {@code <id>-v2}, {@code -v3} ….
     *
     * @throws LifecycleRefusal UNKNOWN_ABSENCE, ALREADY_CANCELLED, SUPERSEDED, REASON_REQUIRED, AMEND_OTHER_PERSON,
     *                          AMEND_ID_TAKEN
     */
    public Amended amend(String id, Absence newVersion, String reason, Actor clerk) {
        requireReason(reason, "amend");
        AtomicReference<Amended> result = new AtomicReference<>();
        db.inTransaction(() -> {
            StoredAbsence original = requireActive(id);
            if (!original.absence().personId().equals(newVersion.personId())) {
                throw new LifecycleRefusal(LifecycleRefusal.Reason.AMEND_OTHER_PERSON, id, newVersion.personId());
            }
            Absence version = newVersion.id().isBlank() ? withId(newVersion, nextVersionId(id)) : newVersion;
            if (db.absences().find(version.id()).isPresent()) {
                throw new LifecycleRefusal(LifecycleRefusal.Reason.AMEND_ID_TAKEN, version.id());
            }
            Absence active = version.isActive() ? version : withStatus(version, Status.ACTIVE);
            Evaluation evaluation = evaluate(active, List.of(id));
            db.absences().amend(id, active, reason.strip(), clerk);
            db.absences().recordVerdict(active.id(), evaluation.verdict());
            if (!evaluation.chain().isEmpty()) {
                db.chains().saveSteps(active.id(), evaluation.chain(), clerk);
            }
            result.set(new Amended(active, evaluation));
        });
        return result.get();
    }

    /**
     * Cancels the absence (撤销): it stays in the register, visibly cancelled, and counts nowhere.
     *
     * @throws LifecycleRefusal UNKNOWN_ABSENCE, ALREADY_CANCELLED, SUPERSEDED, REASON_REQUIRED
     */
    public void cancel(String id, String reason, Actor clerk) {
        requireReason(reason, "cancel");
        db.inTransaction(() -> {
            requireActive(id);
            db.absences().cancel(id, reason.strip(), clerk);
        });
    }

    /**
     * Records the day the person actually left.
     *
     * @throws LifecycleRefusal UNKNOWN_ABSENCE, ALREADY_CANCELLED, SUPERSEDED, FUTURE_DAY, DEPARTURE_AFTER_RETURN
     */
    public void recordDeparture(String id, LocalDate day, Actor clerk) {
        requireNotFuture(day);
        db.inTransaction(() -> {
            StoredAbsence stored = requireActive(id);
            stored.actualReturn().filter(day::isAfter).ifPresent(back -> {
                throw new LifecycleRefusal(LifecycleRefusal.Reason.DEPARTURE_AFTER_RETURN, day, back);
            });
            db.absences().recordDeparture(id, day, clerk);
        });
    }

    /**
     * Records the day the person actually came back (销假); the figures follow it. Recording it again corrects it.
     *
     * @throws LifecycleRefusal UNKNOWN_ABSENCE, ALREADY_CANCELLED, SUPERSEDED, FUTURE_DAY, RETURN_BEFORE_DEPARTURE
     *                          (before the planned departure day, or before the actual one when recorded),
     *                          RETURN_BEFORE_PLANNED_DEPARTURE (before the planned day but after an earlier actual
     *                          departure: the trip moved, amend it)
     */
    public void recordReturn(String id, LocalDate day, Actor clerk) {
        requireNotFuture(day);
        db.inTransaction(() -> {
            StoredAbsence stored = requireActive(id);
            LocalDate planned = stored.absence().depart();
            Optional<LocalDate> departed = lastDay(db.absences().events(id), EventType.DEPARTED);
            LocalDate left = departed.filter(planned::isBefore).orElse(planned);
            if (day.isBefore(left)) {
                // back before the planned departure, having left even earlier: the trip moved, and the figures count
                // its planned days, so the clerk is sent to amend it rather than told the return is impossible
                Optional<LocalDate> earlier = departed.filter(d -> d.isBefore(planned) && !day.isBefore(d));
                if (earlier.isPresent()) {
                    throw new LifecycleRefusal(LifecycleRefusal.Reason.RETURN_BEFORE_PLANNED_DEPARTURE, day, planned,
                            earlier.get());
                }
                // named by the earliest departure known: the actual one when the person left before the plan
                throw new LifecycleRefusal(LifecycleRefusal.Reason.RETURN_BEFORE_DEPARTURE, day,
                        departed.filter(planned::isAfter).orElse(left));
            }
            db.absences().recordReturn(id, day, clerk);
        });
    }

    /**
     * Records that the written report owed after return was handed in on {@code day}.
     *
     * @throws LifecycleRefusal UNKNOWN_ABSENCE, ALREADY_CANCELLED, SUPERSEDED, FUTURE_DAY, NO_REPORT_OWED,
     *                          REPORT_ALREADY_SUBMITTED, REPORT_BEFORE_DEPARTURE
     */
    public void reportSubmitted(String id, LocalDate day, Actor clerk) {
        requireNotFuture(day);
        db.inTransaction(() -> {
            StoredAbsence stored = requireActive(id);
            boolean owed = evaluate(stored.absence(), List.of()).afterReturn().stream()
                    .anyMatch(d -> d.writtenReport());
            if (!owed) {
                throw new LifecycleRefusal(LifecycleRefusal.Reason.NO_REPORT_OWED, id);
            }
            List<AbsenceEvent> events = db.absences().events(id);
            Optional<AbsenceEvent> earlier = events.stream()
                    .filter(e -> e.type() == EventType.REPORT_SUBMITTED).reduce((a, b) -> b);
            if (earlier.isPresent()) {
                throw new LifecycleRefusal(LifecycleRefusal.Reason.REPORT_ALREADY_SUBMITTED, id,
                        eventDay(earlier.get()));
            }
            if (day.isBefore(stored.absence().depart())) {
                throw new LifecycleRefusal(LifecycleRefusal.Reason.REPORT_BEFORE_DEPARTURE, day,
                        stored.absence().depart());
            }
            db.absences().recordReportSubmitted(id, day, clerk);
        });
    }

    /**
     * Ticks step {@code number} (1-based, as shown): done on {@code day}, {@code how}, with an optional note; the
     * clerk is recorded as who did it.
     *
     * @throws LifecycleRefusal UNKNOWN_ABSENCE, ALREADY_CANCELLED, SUPERSEDED, FUTURE_DAY, STEP_OUT_OF_RANGE,
     *                          STEP_ALREADY_DONE
     */
    public void stepDone(String id, int number, LocalDate day, DoneHow how, Optional<String> note, Actor clerk) {
        Objects.requireNonNull(how, "how");
        requireNotFuture(day);
        db.inTransaction(() -> {
            requireActive(id);
            ChainStep step = requireStep(id, number);
            if (step.isDone()) {
                throw new LifecycleRefusal(LifecycleRefusal.Reason.STEP_ALREADY_DONE, number, id);
            }
            db.chains().tick(id, number, day, how, note.map(String::strip).filter(n -> !n.isEmpty()), clerk);
        });
    }

    /**
     * Takes back a tick made by mistake; the history keeps the tick and the undoing with its reason.
     *
     * @throws LifecycleRefusal UNKNOWN_ABSENCE, ALREADY_CANCELLED, SUPERSEDED, REASON_REQUIRED, STEP_OUT_OF_RANGE,
     *                          STEP_NOT_DONE
     */
    public void stepUndo(String id, int number, String reason, Actor clerk) {
        requireReason(reason, "undo");
        db.inTransaction(() -> {
            requireActive(id);
            ChainStep step = requireStep(id, number);
            if (!step.isDone()) {
                throw new LifecycleRefusal(LifecycleRefusal.Reason.STEP_NOT_DONE, number, id);
            }
            db.chains().undo(id, number, reason.strip(), clerk);
        });
    }

    // ---------------------------------------------------------------- attachments

    /**
     * Stores a file's bytes with the absence (any state: a cancellation's paperwork belongs with it too).
     *
     * @throws LifecycleRefusal UNKNOWN_ABSENCE, ATTACHMENT_TOO_LARGE, ATTACHMENT_EMPTY
     */
    public AttachmentInfo addAttachment(String id, String fileName, Optional<String> mime, byte[] bytes,
                                        Actor clerk) {
        find(id);
        if (bytes.length > MAX_ATTACHMENT_BYTES) {
            throw tooLarge(fileName, bytes.length);
        }
        if (bytes.length == 0) {
            throw new LifecycleRefusal(LifecycleRefusal.Reason.ATTACHMENT_EMPTY, fileName);
        }
        return db.attachments().store(id, fileName, mime, bytes, clerk);
    }

    /**
     * Reads a file from disk (refusing one past the limit before reading it) and stores it with the absence.
     *
     * @throws IOException      when the file cannot be read
     * @throws LifecycleRefusal UNKNOWN_ABSENCE, ATTACHMENT_TOO_LARGE, ATTACHMENT_EMPTY
     */
    public AttachmentInfo addAttachment(String id, Path file, Actor clerk) throws IOException {
        find(id);
        String name = file.getFileName().toString();
        long size = Files.size(file);
        if (size > MAX_ATTACHMENT_BYTES) {
            throw tooLarge(name, size);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            // the file may grow between size() and reading; never read past the limit
            bytes = in.readNBytes((int) MAX_ATTACHMENT_BYTES + 1);
        }
        Optional<String> mime = Optional.ofNullable(Files.probeContentType(file));
        return addAttachment(id, name, mime, bytes, clerk);
    }

    /**
     * Takes the attachment off its absence; the history records it (with the reason, when given).
     *
     * @throws LifecycleRefusal UNKNOWN_ATTACHMENT
     */
    public void removeAttachment(long attachmentId, Optional<String> reason, Actor clerk) {
        db.inTransaction(() -> {
            if (db.attachments().find(attachmentId).isEmpty()) {
                throw new LifecycleRefusal(LifecycleRefusal.Reason.UNKNOWN_ATTACHMENT, attachmentId);
            }
            db.attachments().remove(attachmentId, reason.map(String::strip).filter(r -> !r.isEmpty()), clerk);
        });
    }

    /** The attachment's description. @throws LifecycleRefusal UNKNOWN_ATTACHMENT */
    public AttachmentInfo attachment(long attachmentId) {
        return db.attachments().find(attachmentId).orElseThrow(
                () -> new LifecycleRefusal(LifecycleRefusal.Reason.UNKNOWN_ATTACHMENT, attachmentId));
    }

    /**
     * The stored bytes, to open or save a copy.
     *
     * @throws LifecycleRefusal UNKNOWN_ATTACHMENT, also for a name the request mentions whose file was never stored
     */
    public byte[] readAttachment(long attachmentId) {
        return db.attachments().content(attachmentId).orElseThrow(
                () -> new LifecycleRefusal(LifecycleRefusal.Reason.UNKNOWN_ATTACHMENT, attachmentId));
    }

    // ---------------------------------------------------------------- internals

    private LifecycleRefusal tooLarge(String name, long size) {
        return new LifecycleRefusal(LifecycleRefusal.Reason.ATTACHMENT_TOO_LARGE, name,
                String.format(java.util.Locale.ROOT, "%.1f", size / (1024.0 * 1024.0)),
                MAX_ATTACHMENT_BYTES / (1024 * 1024));
    }

    private Evaluation evaluate(Absence absence, List<String> leaveOut) {
        CheckService check = new CheckService(db, evaluator);
        Rulebook rulebook = rulebook();
        List<Absence> history = check.relevantHistory(rulebook, absence).stream()
                .filter(a -> !leaveOut.contains(a.id())).toList();
        // with the meetings on the schedule and their recorded members, as the check of a new request counts them
        return evaluator.evaluate(rulebook, check.roster(), history, absence, check.scheduled(rulebook, absence));
    }

    private StoredAbsence find(String id) {
        return db.absences().find(id).orElseThrow(
                () -> new LifecycleRefusal(LifecycleRefusal.Reason.UNKNOWN_ABSENCE, id));
    }

    private StoredAbsence requireActive(String id) {
        StoredAbsence stored = find(id);
        if (stored.state() == AbsenceState.CANCELLED) {
            throw new LifecycleRefusal(LifecycleRefusal.Reason.ALREADY_CANCELLED, id);
        }
        if (stored.state() == AbsenceState.SUPERSEDED) {
            throw new LifecycleRefusal(LifecycleRefusal.Reason.SUPERSEDED, id, stored.supersededBy().orElse("?"));
        }
        return stored;
    }

    private ChainStep requireStep(String id, int number) {
        List<ChainStep> steps = db.chains().steps(id);
        if (number < 1 || number > steps.size()) {
            throw new LifecycleRefusal(LifecycleRefusal.Reason.STEP_OUT_OF_RANGE, number, id, steps.size());
        }
        return steps.get(number - 1);
    }

    private void requireNotFuture(LocalDate day) {
        Objects.requireNonNull(day, "day");
        LocalDate today = today();
        if (day.isAfter(today)) {
            throw new LifecycleRefusal(LifecycleRefusal.Reason.FUTURE_DAY, day, today);
        }
    }

    private static void requireReason(String reason, String what) {
        if (reason == null || reason.isBlank()) {
            throw new LifecycleRefusal(LifecycleRefusal.Reason.REASON_REQUIRED, what);
        }
    }

    private String nextVersionId(String id) {
        String base = id.replaceFirst("-v\\d+$", "");
        for (int n = 2; ; n++) {
            String candidate = base + "-v" + n;
            if (db.absences().find(candidate).isEmpty()) {
                return candidate;
            }
        }
    }

    private AbsenceDetails.StepLine stepLine(ChainStep s, LocalDate depart, LocalDate asOf) {
        LocalDate due = s.step().by().orElse(depart);
        Optional<AbsenceDetails.StepDone> done = s.isDone()
                ? Optional.of(new AbsenceDetails.StepDone(
                        s.doneOn().orElseGet(() -> s.doneAt().map(at -> LocalDate.ofInstant(at, clock.getZone()))
                                .orElse(asOf)),
                        s.doneBy().orElse(""), s.doneHow().orElse(DoneHow.WRITTEN), s.note()))
                : Optional.empty();
        return new AbsenceDetails.StepLine(s.seq(), s.step(), due, status(s.isDone(), due, asOf), done);
    }

    /** The state of a step due on {@code due}, reckoned on {@code asOf}. */
    StepStatus status(boolean done, LocalDate due, LocalDate asOf) {
        if (done) {
            return StepStatus.DONE;
        }
        if (due.isBefore(asOf)) {
            return StepStatus.OVERDUE;
        }
        return due.isAfter(calendar.get().stepForward(asOf, DUE_SOON_WORKING_DAYS).day())
                ? StepStatus.OPEN : StepStatus.DUE_SOON;
    }

    private AbsenceDetails.EventLine eventLine(AbsenceEvent e) {
        Optional<Integer> step = e.type() == EventType.STEP_DONE || e.type() == EventType.STEP_UNDONE
                ? e.related().flatMap(AbsenceLifecycleService::number) : Optional.empty();
        List<String> parts = new ArrayList<>();
        e.detail().ifPresent(parts::add);
        e.reason().ifPresent(parts::add);
        return new AbsenceDetails.EventLine(e.type(), eventDay(e), e.at(), e.actor(), String.join("; ", parts),
                step, step.isPresent() ? Optional.empty() : e.related());
    }

    private LocalDate eventDay(AbsenceEvent e) {
        return e.onDate().orElseGet(() -> LocalDate.ofInstant(e.at(), clock.getZone()));
    }

    private Optional<LocalDate> lastDay(List<AbsenceEvent> events, EventType type) {
        return events.stream().filter(e -> e.type() == type).max(Comparator.comparingLong(AbsenceEvent::id))
                .map(this::eventDay);
    }

    private static Optional<Integer> number(String text) {
        try {
            return Optional.of(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Absence withReturn(Absence a, LocalDate returnDate) {
        return new Absence(a.id(), a.personId(), a.kind(), a.scope(), a.status(), a.filed(), a.depart(), returnDate,
                a.destination(), a.reason(), a.contact(), a.actingPerson(), a.attachments(), a.stops(), a.meeting());
    }

    private static Absence withId(Absence a, String id) {
        return new Absence(id, a.personId(), a.kind(), a.scope(), a.status(), a.filed(), a.depart(), a.returnDate(),
                a.destination(), a.reason(), a.contact(), a.actingPerson(), a.attachments(), a.stops(), a.meeting());
    }

    private static Absence withStatus(Absence a, Status status) {
        return new Absence(a.id(), a.personId(), a.kind(), a.scope(), status, a.filed(), a.depart(), a.returnDate(),
                a.destination(), a.reason(), a.contact(), a.actingPerson(), a.attachments(), a.stops(), a.meeting());
    }
}
