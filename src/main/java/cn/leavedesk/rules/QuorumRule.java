package cn.leavedesk.rules;

import cn.leavedesk.domain.MeetingType;
import cn.leavedesk.domain.Role;
import java.util.Objects;
import java.util.Set;

/** A meeting that may only be held with more than half of its members present (Hegang 第三十七条). */
public record QuorumRule(String article, MeetingType meetingType, Set<Role> memberRoles, LocalizedText summary) {
    public QuorumRule {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(meetingType, "meetingType");
        memberRoles = Set.copyOf(memberRoles);
    }
}
