package cn.leavedesk.io;

import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.MeetingType;
import cn.leavedesk.domain.Role;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.domain.Status;

/**
 * The words import files may use for each enum: the codes, the one vocabulary's names, and the other words offices
 * write, from the data file {@code import-words.properties}.
 */
final class Vocabularies {
    static final Vocabulary<Role> ROLE = Vocabulary.of(Role.class);
    static final Vocabulary<Kind> KIND = Vocabulary.of(Kind.class);
    static final Vocabulary<Scope> SCOPE = Vocabulary.of(Scope.class);
    static final Vocabulary<Status> STATUS = Vocabulary.of(Status.class);
    static final Vocabulary<MeetingType> MEETING_TYPE = Vocabulary.of(MeetingType.class);

    private Vocabularies() {
    }
}
