package cn.leavedesk.service;

import cn.leavedesk.calendar.SharedCalendar;
import cn.leavedesk.calendar.WorkingCalendar;
import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Actor;
import cn.leavedesk.domain.Evaluation;
import cn.leavedesk.domain.Roster;
import cn.leavedesk.rules.Evaluator;
import cn.leavedesk.rules.Messages;
import cn.leavedesk.rules.Rulebook;
import cn.leavedesk.store.Database;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A new absence, as the clerk fills it in: what the office's rulebook says about it while it is a draft, and
 * storing it with the chain it needs. The engine and the store are the same ones the command line uses, so the
 * screen and {@code check} give the same answer.
 */
public final class RequestService {
    /** The id a draft carries until {@link #save} gives it its own. */
    public static final String DRAFT_ID = "";
    private static final DateTimeFormatter ID_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private final Database db;
    private final RulebookService rulebooks;
    private final Evaluator evaluator;
    private final Clock clock;

    public RequestService(Database db, RulebookService rulebooks, WorkingCalendar calendar, Messages messages,
                          Clock clock) {
        this(db, rulebooks, SharedCalendar.fixed(calendar), messages, clock);
    }

    /** Checks each draft with the calendar in force then, so a holiday year added meanwhile applies at once. */
    public RequestService(Database db, RulebookService rulebooks, SharedCalendar calendar, Messages messages,
                          Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.rulebooks = Objects.requireNonNull(rulebooks, "rulebooks");
        this.evaluator = new Evaluator(calendar, messages);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Everyone on the office's roster, retired people included, so that older records still name them. */
    public Roster roster() {
        return db.people().roster();
    }

    /** The ids of people who have retired: a new request is not filed for them (their records stay). */
    public java.util.Set<String> retired() {
        return db.people().rosterRows().stream().filter(row -> row.retiredOn().isPresent())
                .map(row -> row.person().id()).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** The rulebook the office has chosen in its settings. */
    public Rulebook rulebook() {
        return rulebooks.get(new SettingsService(db).load().rulebookId());
    }

    /**
     * What the rulebook says about the draft, given what is on record now.
     *
     * @throws IllegalArgumentException when the draft's person is not on the roster
     */
    public Evaluation preview(Absence draft) {
        // The same read of the store as every other check (CheckService), with the roster as it is now.
        return new CheckService(db, evaluator).check(rulebook(), draft);
    }

    /** A stored absence: its id and what the rulebook said when it was stored. */
    public record Saved(Absence absence, Evaluation evaluation) {
        public String id() {
            return absence.id();
        }
    }

    /** Stores the draft as the clerk named in the settings (or the OS account). */
    public Saved save(Absence draft) {
        return save(draft, db.settings().currentActor());
    }

    /**
     * Stores the absence and the chain its evaluation lists, in one transaction. A draft with {@link #DRAFT_ID}
     * gets a new id ({@code R} + today + a sequence number); any other id is kept, and refused if it is taken.
     *
     * @throws cn.leavedesk.store.DuplicateIdException      when the id is already stored; nothing is written
     * @throws cn.leavedesk.store.ReadOnlyDatabaseException when this window opened the database read-only
     */
    public Saved save(Absence draft, Actor actor) {
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(actor, "actor");
        AtomicReference<Saved> saved = new AtomicReference<>();
        db.inTransaction(() -> {
            // Inside the transaction: no other write can take the id between choosing and storing it.
            Absence absence = DRAFT_ID.equals(draft.id()) ? withId(draft, nextId()) : draft;
            Evaluation evaluation = preview(absence);
            db.absences().insert(absence, actor);
            db.absences().recordVerdict(absence.id(), evaluation.verdict());
            if (!evaluation.chain().isEmpty()) {
                db.chains().saveSteps(absence.id(), evaluation.chain(), actor);
            }
            saved.set(new Saved(absence, evaluation));
        });
        return saved.get();
    }

    /** The first free {@code R20260601-001}-style id for today. */
    String nextId() {
        String prefix = "R" + LocalDate.now(clock).format(ID_DATE) + "-";
        for (int n = 1; ; n++) {
            String candidate = prefix + String.format("%03d", n);
            if (db.absences().find(candidate).isEmpty()) {
                return candidate;
            }
        }
    }


    private static Absence withId(Absence a, String id) {
        return new Absence(id, a.personId(), a.kind(), a.scope(), a.status(), a.filed(), a.depart(), a.returnDate(),
                a.destination(), a.reason(), a.contact(), a.actingPerson(), a.attachments(), a.stops(), a.meeting());
    }

    /** Today, as the clock the service was given says. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
