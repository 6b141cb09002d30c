package cn.leavedesk.rules;

import cn.leavedesk.domain.MeetingType;
import cn.leavedesk.domain.Role;
import java.util.Objects;
import java.util.Set;

/** A meeting that may only be held with at least half of its members present (Hegang 第三十七条: 半数以上). */
public record QuorumRule(String article, MeetingType meetingType, Set<Role> memberRoles, LocalizedText summary) {
    public QuorumRule {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(meetingType, "meetingType");
        memberRoles = Set.copyOf(memberRoles);
    }
}
