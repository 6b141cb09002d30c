package cn.leavedesk.service;

import java.util.List;

/** A roster change refused because of what was typed; nothing was written. */
public final class RosterChangeException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<RosterProblem> problems;

    public RosterChangeException(List<RosterProblem> problems) {
        super("roster change refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<RosterProblem> problems() {
        return problems;
    }
}
