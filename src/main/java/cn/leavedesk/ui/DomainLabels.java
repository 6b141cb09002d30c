package cn.leavedesk.ui;

import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Labels;
import cn.leavedesk.domain.MeetingType;
import cn.leavedesk.domain.Role;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.domain.Status;

/**
 * Display names of domain values in the client's language, from the one vocabulary ({@link Labels}) that the command
 * line, the printed forms and the exported files use too.
 */
public final class DomainLabels {
    private DomainLabels() {
    }

    private static Labels labels() {
        return Labels.of(I18n.current().locale());
    }

    public static String kind(Kind kind) {
        return labels().of(kind);
    }

    public static String scope(Scope scope) {
        return labels().of(scope);
    }

    public static String role(Role role) {
        return labels().of(role);
    }

    public static String meetingType(MeetingType type) {
        return labels().of(type);
    }

    public static String status(Status status) {
        return labels().of(status);
    }

    /** Any other domain value: parties, actions, meeting types, verdicts… */
    public static String of(Enum<?> value) {
        return labels().of(value);
    }
}
