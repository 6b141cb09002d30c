package cn.leavedesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Actor;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.MeetingType;
import cn.leavedesk.domain.Scope;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeetingAbsenceTest {
    private static final LocalDate DAY = LocalDate.parse("2026-06-10");

    private static Absence missing(String id, String person, LocalDate day) {
        return Absence.builder(id, person, Kind.MEETING_ABSENCE, Scope.WITHIN_CITY, day, day).reason("另有公务").build();
    }

    @Test
    void anAbsenceRecordedAgainstAMeetingTakesItsTypeAndConvenerAndAppearsOnItsList(@TempDir Path dir) {
        try (Database db = Fixtures.withRoster(dir.resolve("m.db"))) {
            String person = db.people().all().get(0).id();
            String convener = db.people().all().get(1).id();
            db.meetings().insert(new ScheduledMeeting("M1", MeetingType.EXECUTIVE, DAY, Optional.of(convener),
                    Optional.of("第十次常务会议")), Actor.of("clerk"));
            Absence stored = db.meetings().recordAbsence("M1", missing("a1", person, DAY), Actor.of("clerk"));
            assertThat(stored.meeting()).hasValueSatisfying(m -> {
                assertThat(m.type()).isEqualTo(MeetingType.EXECUTIVE);
                assertThat(m.convener()).contains(convener);
            });
            assertThat(db.absences().find("a1")).isPresent();
            assertThat(db.meetings().absentees("M1")).containsExactly(person);
            db.absences().cancel("a1", "改为出席", Actor.of("clerk"));
            assertThat(db.meetings().absentees("M1")).isEmpty();
        }
    }

    @Test
    void anAbsenceOnAnotherDayIsRefusedAndNothingIsStored(@TempDir Path dir) {
        try (Database db = Fixtures.withRoster(dir.resolve("m.db"))) {
            String person = db.people().all().get(0).id();
            db.meetings().insert(new ScheduledMeeting("M1", MeetingType.PLENARY, DAY, Optional.empty(), Optional.empty()),
                    Actor.of("clerk"));
            assertThatThrownBy(() -> db.meetings().recordAbsence("M1", missing("a1", person, DAY.plusDays(1)),
                    Actor.of("clerk"))).isInstanceOf(InvalidChangeException.class).hasMessageContaining("2026-06-10");
            assertThatThrownBy(() -> db.meetings().recordAbsence("M9", missing("a1", person, DAY), Actor.of("clerk")))
                    .isInstanceOf(RecordNotFoundException.class);
            assertThat(db.absences().find("a1")).isEmpty();
        }
    }
}
