package cn.leavedesk.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One absence as recorded or requested. For ABROAD, {@code depart} and {@code returnDate} are the days of
 * leaving and re-entering China's border; for a meeting absence both are the meeting day.
 *
 * @param actingPerson who is in charge of the person's duties meanwhile: a person id or a free name
 */
public record Absence(String id, String personId, Kind kind, Scope scope, Status status,
                      Optional<LocalDate> filed, LocalDate depart, LocalDate returnDate,
                      Optional<String> destination, Optional<String> reason, Optional<String> contact,
                      Optional<String> actingPerson, List<String> attachments, List<Stop> stops,
                      Optional<Meeting> meeting) {
    public Absence {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(personId, "person");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(filed, "filed");
        Objects.requireNonNull(depart, "depart");
        Objects.requireNonNull(returnDate, "return");
        if (returnDate.isBefore(depart)) {
            throw new IllegalArgumentException("return before departure");
        }
        // Blank text is a missing fact wherever it comes from (scenario, table, form): rules see it as absent.
        destination = present(destination, "destination");
        reason = present(reason, "reason");
        contact = present(contact, "contact");
        actingPerson = present(actingPerson, "actingPerson");
        attachments = attachments.stream().filter(a -> a != null && !a.isBlank()).toList();
        stops = List.copyOf(stops);
        Objects.requireNonNull(meeting, "meeting");
    }

    private static Optional<String> present(Optional<String> text, String field) {
        Objects.requireNonNull(text, field);
        return text.filter(t -> !t.isBlank());
    }

    public boolean isActive() {
        return status == Status.ACTIVE;
    }

    /**
     * Whether the person is away from their post for these days: missing one meeting is not, everything else is.
     * Who presides, who stands in and who is away on a day all go by this one definition.
     */
    public boolean awayFromPost() {
        return kind != Kind.MEETING_ABSENCE;
    }

    /** Calendar days away, both ends counted. */
    public long days() {
        return ChronoUnit.DAYS.between(depart, returnDate) + 1;
    }

    public boolean overlaps(LocalDate from, LocalDate to) {
        return !depart.isAfter(to) && !returnDate.isBefore(from);
    }

    public boolean overlaps(Absence other) {
        return overlaps(other.depart, other.returnDate);
    }

    public Absence withStatus(Status newStatus) {
        return new Absence(id, personId, kind, scope, newStatus, filed, depart, returnDate, destination, reason,
                contact, actingPerson, attachments, stops, meeting);
    }

    /** A builder keeps tests and importers readable; the record stays the single source of truth. */
    public static Builder builder(String id, String personId, Kind kind, Scope scope, LocalDate depart,
                                  LocalDate returnDate) {
        return new Builder(id, personId, kind, scope, depart, returnDate);
    }

    public static final class Builder {
        private final String id;
        private final String personId;
        private final Kind kind;
        private final Scope scope;
        private final LocalDate depart;
        private final LocalDate returnDate;
        private Status status = Status.ACTIVE;
        private LocalDate filed;
        private String destination;
        private String reason;
        private String contact;
        private String actingPerson;
        private List<String> attachments = List.of();
        private List<Stop> stops = List.of();
        private Meeting meeting;

        private Builder(String id, String personId, Kind kind, Scope scope, LocalDate depart, LocalDate returnDate) {
            this.id = id;
            this.personId = personId;
            this.kind = kind;
            this.scope = scope;
            this.depart = depart;
            this.returnDate = returnDate;
        }

        public Builder status(Status value) { this.status = value; return this; }
        public Builder filed(LocalDate value) { this.filed = value; return this; }
        public Builder destination(String value) { this.destination = value; return this; }
        public Builder reason(String value) { this.reason = value; return this; }
        public Builder contact(String value) { this.contact = value; return this; }
        public Builder actingPerson(String value) { this.actingPerson = value; return this; }
        public Builder attachments(List<String> value) { this.attachments = value; return this; }
        public Builder stops(List<Stop> value) { this.stops = value; return this; }
        public Builder meeting(Meeting value) { this.meeting = value; return this; }

        public Absence build() {
            return new Absence(id, personId, kind, scope, status, Optional.ofNullable(filed), depart, returnDate,
                    Optional.ofNullable(destination), Optional.ofNullable(reason), Optional.ofNullable(contact),
                    Optional.ofNullable(actingPerson), attachments, stops, Optional.ofNullable(meeting));
        }
    }
}
