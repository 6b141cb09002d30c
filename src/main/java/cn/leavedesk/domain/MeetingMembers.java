package cn.leavedesk.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The members recorded for one meeting on the schedule (Hegang 第三十七条: 常务会议由市长、副市长、秘书长组成), taken from the
 * roster when the meeting was put on the schedule and corrected by the clerk since; a later change of the roster
 * does not change them. Empty when none were recorded (a type no quorum rule governs).
 *
 * @param personIds the members' person ids
 */
public record MeetingMembers(String meetingId, MeetingType type, LocalDate day, List<String> personIds) {
    public MeetingMembers {
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(day, "day");
        personIds = List.copyOf(personIds);
    }
}
