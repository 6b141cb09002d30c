package cn.leavedesk.rules;

import cn.leavedesk.domain.Action;
import cn.leavedesk.domain.Party;
import java.util.Objects;

/** A chain step as the rulebook states it; {@code deadline} marks the step the advance-notice period binds. */
public record StepTemplate(Action action, Party party, boolean deadline) {
    public StepTemplate {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(party, "party");
    }
}
