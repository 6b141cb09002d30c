package cn.leavedesk.service;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Verdict;
import cn.leavedesk.domain.lifecycle.AbsenceState;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the register: an absence in its latest state and the person it belongs to, with its state (a
 * superseded version when those are asked for), the verdict it was filed or amended with (empty: never checked
 * in LeaveDesk, e.g. imported) and how many chain steps are still open.
 */
public record RegisterRow(Absence absence, Person person, AbsenceState state, Optional<Verdict> verdict,
                         int openSteps) {
    public RegisterRow {
        Objects.requireNonNull(absence, "absence");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(verdict, "verdict");
    }

    public RegisterRow(Absence absence, Person person) {
        this(absence, person, absence.isActive() ? AbsenceState.ACTIVE : AbsenceState.CANCELLED, Optional.empty(), 0);
    }
}
