package cn.leavedesk.service;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Evaluation;
import cn.leavedesk.domain.Party;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Step;
import cn.leavedesk.domain.lifecycle.AbsenceState;
import cn.leavedesk.domain.lifecycle.AttachmentInfo;
import cn.leavedesk.domain.lifecycle.DoneHow;
import cn.leavedesk.domain.lifecycle.EventType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One absence as it stands on a day (the absence page and {@code show}): its fields as filed, its state and
 * versions, what the rulebook says about it now, the chain with each step's state, the duties owed after return,
 * the attachments and the history.
 *
 * @param absence      the fields as filed (planned departure and return days; status CANCELLED once cancelled)
 * @param state        ACTIVE, CANCELLED or SUPERSEDED
 * @param versions     ids of every version of this absence, oldest first (this one among them)
 * @param departedOn   the actual departure day, once recorded
 * @param returnedOn   the actual return day (销假), once recorded
 * @param evaluation   the office's rulebook on the absence as it stands, against what is on record now
 * @param asOf         the day step and duty states are reckoned on (the clerk's today)
 */
public record AbsenceDetails(Absence absence, Person person, AbsenceState state, Optional<String> supersedes,
                             Optional<String> supersededBy, List<String> versions, Optional<LocalDate> departedOn,
                             Optional<LocalDate> returnedOn, Evaluation evaluation, List<StepLine> chain,
                             List<DutyLine> duties, List<AttachmentInfo> attachments, List<EventLine> events,
                             LocalDate asOf, Map<String, String> names) {
    public AbsenceDetails {
        Objects.requireNonNull(absence, "absence");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(supersedes, "supersedes");
        Objects.requireNonNull(supersededBy, "supersededBy");
        versions = List.copyOf(versions);
        Objects.requireNonNull(departedOn, "departedOn");
        Objects.requireNonNull(returnedOn, "returnedOn");
        Objects.requireNonNull(evaluation, "evaluation");
        chain = List.copyOf(chain);
        duties = List.copyOf(duties);
        attachments = List.copyOf(attachments);
        events = List.copyOf(events);
        Objects.requireNonNull(asOf, "asOf");
        names = Map.copyOf(names);
    }

    /**
     * How the page names someone the absence refers to by id (the acting person, a meeting's convener): their
     * display name when the roster knows the id, else the text as recorded (an acting person may be typed by name).
     */
    public String nameOf(String idOrName) {
        return names.getOrDefault(idOrName, idOrName);
    }

    public String id() {
        return absence.id();
    }

    /** Whether amending, cancelling, departure, return, report and steps may still be recorded. */
    public boolean isActive() {
        return state == AbsenceState.ACTIVE;
    }

    /** Steps not done yet. */
    public long openSteps() {
        return chain.stream().filter(s -> s.status() != StepStatus.DONE).count();
    }

    /**
     * One step of the chain.
     *
     * @param number 1-based position, as {@code step ID N} takes it
     * @param due    the step's own deadline ({@code by}) when it has one, else the departure day
     */
    public record StepLine(int number, Step step, LocalDate due, StepStatus status, Optional<StepDone> done) {
        public StepLine {
            Objects.requireNonNull(step, "step");
            Objects.requireNonNull(due, "due");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(done, "done");
        }
    }

    /** A tick: the day it happened, the clerk who recorded it, how, and the clerk's note. */
    public record StepDone(LocalDate on, String by, DoneHow how, Optional<String> note) {
        public StepDone {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(how, "how");
            Objects.requireNonNull(note, "note");
        }
    }

    /**
     * A duty owed after return.
     *
     * @param to        who receives the written report (empty for 销假)
     * @param condition when the rule asks for it, in the clerk's language (empty when always)
     * @param overdue   due before {@link AbsenceDetails#asOf()} and not done
     */
    public record DutyLine(DutyKind duty, String article, LocalDate due, Optional<LocalDate> done, List<Party> to,
                           String condition, boolean overdue) {
        public DutyLine {
            Objects.requireNonNull(duty, "duty");
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(due, "due");
            Objects.requireNonNull(done, "done");
            to = List.copyOf(to);
            Objects.requireNonNull(condition, "condition");
        }
    }

    /**
     * One thing that happened to the absence.
     *
     * @param on     the day it concerns: the actual day for departures, returns, ticks and reports, else the day
     *               it was recorded
     * @param detail the reason, the note, the step number, the new version's id or the file name, as the type
     *               calls for; empty when there is nothing to add
     */
    public record EventLine(EventType type, LocalDate on, Instant at, String by, String detail,
                            Optional<Integer> step, Optional<String> related) {
        public EventLine {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(detail, "detail");
            Objects.requireNonNull(step, "step");
            Objects.requireNonNull(related, "related");
        }
    }
}
