package cn.leavedesk.store;

import cn.leavedesk.domain.MeetingType;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A government meeting on the calendar; {@code convener} is a person id. */
public record ScheduledMeeting(String id, MeetingType type, LocalDate date, Optional<String> convener,
                               Optional<String> title) {
    public ScheduledMeeting {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(convener, "convener");
        Objects.requireNonNull(title, "title");
    }
}
