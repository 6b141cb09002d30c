package cn.leavedesk.domain;

import java.util.Objects;
import java.util.Optional;

/** The government meeting an absence is from; {@code convener} is a person id. */
public record Meeting(MeetingType type, Optional<String> convener) {
    public Meeting {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(convener, "convener");
    }
}
