package cn.leavedesk.domain.register;

import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Role;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.domain.Status;
import cn.leavedesk.domain.Verdict;
import cn.leavedesk.domain.lifecycle.AbsenceState;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the register shows. Every part is optional and they combine with "and".
 *
 * @param role     the person's current role
 * @param states   which states to list; empty means the usual register, ACTIVE and CANCELLED (superseded versions
 *                 are listed only when asked for)
 * @param from     with {@code to}: absences away on at least one day of that range (both ends included)
 * @param verdict  what the rulebook said when the version was filed or amended in LeaveDesk (never-checked rows,
 *                 e.g. imported ones, match no verdict)
 * @param openStepsOnly only ACTIVE absences with chain steps not done yet
 * @param text     free text found in the id, the person's name, the destination or the reason (case ignored)
 */
public record RegisterFilter(Optional<String> personId, Optional<Role> role, Optional<Kind> kind,
                             Optional<Scope> scope, Set<AbsenceState> states, Optional<LocalDate> from,
                             Optional<LocalDate> to, Optional<Verdict> verdict, boolean openStepsOnly,
                             Optional<String> text) {
    /** The states listed when none are chosen. */
    public static final Set<AbsenceState> USUAL_STATES = Set.of(AbsenceState.ACTIVE, AbsenceState.CANCELLED);

    public RegisterFilter {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(scope, "scope");
        states = states.isEmpty() ? USUAL_STATES : Set.copyOf(states);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(verdict, "verdict");
        text = Objects.requireNonNull(text, "text").map(String::strip).filter(t -> !t.isEmpty());
    }

    /** The filter of the first register: person, kind, status (ACTIVE or CANCELLED) and dates. */
    public RegisterFilter(Optional<String> personId, Optional<Kind> kind, Optional<Status> status,
                          Optional<LocalDate> from, Optional<LocalDate> to) {
        this(personId, Optional.empty(), kind, Optional.empty(), status.map(RegisterFilter::stateOf).map(Set::of)
                .orElse(Set.of()), from, to, Optional.empty(), false, Optional.empty());
    }

    public static RegisterFilter all() {
        return new RegisterFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Set.of(),
                Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.empty());
    }

    public RegisterFilter forPerson(String value) {
        return new RegisterFilter(Optional.of(value), role, kind, scope, states, from, to, verdict, openStepsOnly, text);
    }

    public RegisterFilter withRole(Role value) {
        return new RegisterFilter(personId, Optional.of(value), kind, scope, states, from, to, verdict, openStepsOnly,
                text);
    }

    public RegisterFilter ofKind(Kind value) {
        return new RegisterFilter(personId, role, Optional.of(value), scope, states, from, to, verdict, openStepsOnly,
                text);
    }

    public RegisterFilter inScope(Scope value) {
        return new RegisterFilter(personId, role, kind, Optional.of(value), states, from, to, verdict, openStepsOnly,
                text);
    }

    /** Only ACTIVE or only CANCELLED absences. */
    public RegisterFilter withStatus(Status value) {
        return withStates(Set.of(stateOf(value)));
    }

    /** Exactly these states (SUPERSEDED included on request). */
    public RegisterFilter withStates(Set<AbsenceState> value) {
        return new RegisterFilter(personId, role, kind, scope, value, from, to, verdict, openStepsOnly, text);
    }

    /** Every version, superseded ones included. */
    public RegisterFilter everyState() {
        return withStates(EnumSet.allOf(AbsenceState.class));
    }

    public RegisterFilter between(LocalDate first, LocalDate last) {
        return new RegisterFilter(personId, role, kind, scope, states, Optional.of(first), Optional.of(last), verdict,
                openStepsOnly, text);
    }

    public RegisterFilter withVerdict(Verdict value) {
        return new RegisterFilter(personId, role, kind, scope, states, from, to, Optional.of(value), openStepsOnly,
                text);
    }

    public RegisterFilter withOpenSteps() {
        return new RegisterFilter(personId, role, kind, scope, states, from, to, verdict, true, text);
    }

    public RegisterFilter matching(String value) {
        return new RegisterFilter(personId, role, kind, scope, states, from, to, verdict, openStepsOnly,
                Optional.ofNullable(value));
    }

    /** The one status asked for, when exactly ACTIVE or CANCELLED is; for callers of the first register. */
    public Optional<Status> status() {
        if (states.size() != 1) {
            return Optional.empty();
        }
        AbsenceState only = states.iterator().next();
        return only == AbsenceState.ACTIVE ? Optional.of(Status.ACTIVE)
                : only == AbsenceState.CANCELLED ? Optional.of(Status.CANCELLED) : Optional.empty();
    }

    private static AbsenceState stateOf(Status status) {
        return status == Status.CANCELLED ? AbsenceState.CANCELLED : AbsenceState.ACTIVE;
    }
}
