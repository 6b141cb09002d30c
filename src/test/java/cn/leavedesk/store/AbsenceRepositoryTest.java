package cn.leavedesk.store;

import static cn.leavedesk.store.Fixtures.CLERK;
import static cn.leavedesk.store.Fixtures.absence;
import static cn.leavedesk.store.Fixtures.day;
import static cn.leavedesk.store.Fixtures.trip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Actor;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Meeting;
import cn.leavedesk.domain.MeetingType;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.domain.Status;
import cn.leavedesk.domain.Stop;
import cn.leavedesk.domain.lifecycle.AbsenceState;
import cn.leavedesk.domain.lifecycle.EventType;
import cn.leavedesk.domain.register.RegisterFilter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AbsenceRepositoryTest {
    @TempDir
    Path dir;
    Database db;
    AbsenceRepository absences;

    @BeforeEach
    void open() {
        db = Fixtures.withRoster(dir.resolve("a.db"));
        absences = db.absences();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void storedAbsenceComesBackWithEveryField() {
        Absence visit = Absence.builder("r1", "v1", Kind.OFFICIAL_VISIT, Scope.ABROAD, day("2026-05-10"),
                        day("2026-05-16"))
                .filed(day("2026-04-20")).destination("德国、阿联酋").reason("招商").contact("138")
                .actingPerson("ev").attachments(List.of("邀请函.pdf"))
                .stops(List.of(new Stop("DE", true), new Stop("AE", false))).build();
        Absence meeting = Absence.builder("r2", "d1", Kind.MEETING_ABSENCE, Scope.WITHIN_CITY, day("2026-05-11"),
                day("2026-05-11")).meeting(new Meeting(MeetingType.EXECUTIVE, Optional.of("m"))).build();
        absences.insert(visit, CLERK);
        absences.insert(meeting, CLERK);

        StoredAbsence stored = absences.find("r1").orElseThrow();
        assertThat(stored.absence()).isEqualTo(visit);
        assertThat(stored.state()).isEqualTo(AbsenceState.ACTIVE);
        assertThat(stored.createdBy()).isEqualTo("李文书");
        assertThat(absences.find("r2").orElseThrow().absence()).isEqualTo(meeting);
        assertThat(absences.events("r1")).extracting(AbsenceEvent::type).containsExactly(EventType.FILED);
        assertThat(db.audit().forEntity("absence", "r1")).extracting(AuditEntry::action, AuditEntry::actor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ABSENCE_FILED", "李文书"));
    }

    @Test
    void duplicateIdIsRefusedWithAClearMessage() {
        absences.insert(trip("t1", "m", "2026-03-02", "2026-03-04"), CLERK);
        assertThatThrownBy(() -> absences.insert(trip("t1", "ev", "2026-04-02", "2026-04-04"), CLERK))
                .isInstanceOf(DuplicateIdException.class)
                .hasMessageContaining("t1")
                .hasMessageContaining("已经存在");
        assertThat(absences.history("ev")).isEmpty();
    }

    @Test
    void absenceOfSomeoneOffTheRosterIsRefused() {
        assertThatThrownBy(() -> absences.insert(trip("t1", "nobody", "2026-03-02", "2026-03-04"), CLERK))
                .isInstanceOf(RecordNotFoundException.class).hasMessageContaining("nobody");
    }

    @Test
    void batchIsAllOrNothing() {
        absences.insert(trip("old", "m", "2026-01-05", "2026-01-06"), CLERK);
        List<Absence> batch = new ArrayList<>();
        for (int i = 0; i < 25_000; i++) {
            batch.add(trip("b" + i, i % 2 == 0 ? "m" : "d1", "2026-02-01", "2026-02-03"));
        }
        batch.add(trip("old", "m", "2026-06-01", "2026-06-02"));
        assertThatThrownBy(() -> absences.insertBatch(batch, CLERK)).isInstanceOf(DuplicateIdException.class)
                .hasMessageContaining("old");
        assertThat(absences.countRegister(RegisterFilter.all())).isEqualTo(1);

        batch.remove(batch.size() - 1);
        assertThat(absences.insertBatch(batch, CLERK)).isEqualTo(25_000);
        assertThat(absences.countRegister(RegisterFilter.all())).isEqualTo(25_001);
        assertThat(db.reports().forPerson("m", 2026).orElseThrow().absences()).containsEntry(Kind.BUSINESS_TRIP,
                12_501);
    }

    @Test
    void amendmentIsANewLinkedRowAndTheOriginalIsKeptAsItWas() {
        Absence original = trip("t1", "d1", "2026-03-02", "2026-03-04");
        absences.insert(original, CLERK);
        Absence longer = trip("t1-2", "d1", "2026-03-02", "2026-03-06");
        absences.amend("t1", longer, "行程延长", Actor.of("王科长"));

        StoredAbsence old = absences.find("t1").orElseThrow();
        assertThat(old.absence()).isEqualTo(original);
        assertThat(old.state()).isEqualTo(AbsenceState.SUPERSEDED);
        assertThat(old.supersededBy()).contains("t1-2");
        assertThat(absences.find("t1-2").orElseThrow().supersedes()).contains("t1");
        assertThat(absences.history("d1")).containsExactly(longer);
        assertThat(absences.versions("t1-2")).extracting(StoredAbsence::id).containsExactly("t1", "t1-2");
        assertThat(absences.versions("t1")).extracting(StoredAbsence::id).containsExactly("t1", "t1-2");
        assertThat(absences.events("t1")).extracting(AbsenceEvent::type)
                .containsExactly(EventType.FILED, EventType.AMENDED);
        assertThat(absences.events("t1").get(1).reason()).contains("行程延长");
        assertThat(db.reports().forPerson("d1", 2026).orElseThrow())
                .satisfies(y -> {
                    assertThat(y.absences()).containsExactlyEntriesOf(java.util.Map.of(Kind.BUSINESS_TRIP, 1));
                    assertThat(y.daysAway()).isEqualTo(5);
                });

        assertThatThrownBy(() -> absences.amend("t1", trip("t1-3", "d1", "2026-03-02", "2026-03-03"), "再改", CLERK))
                .isInstanceOf(InvalidChangeException.class).hasMessageContaining("t1-2");
        assertThatThrownBy(() -> absences.amend("t1-2", trip("x", "m", "2026-03-02", "2026-03-03"), "换人", CLERK))
                .isInstanceOf(InvalidChangeException.class);
    }

    @Test
    void cancellationIsAnEventAndTheAbsenceStopsCounting() {
        absences.insert(trip("t1", "d1", "2026-03-02", "2026-03-04"), CLERK);
        absences.cancel("t1", "会议改期", CLERK);

        StoredAbsence stored = absences.find("t1").orElseThrow();
        assertThat(stored.state()).isEqualTo(AbsenceState.CANCELLED);
        assertThat(stored.absence().status()).isEqualTo(Status.CANCELLED);
        assertThat(absences.events("t1")).extracting(AbsenceEvent::type)
                .containsExactly(EventType.FILED, EventType.CANCELLED);
        assertThat(absences.events("t1").get(1).reason()).contains("会议改期");
        assertThat(absences.history("d1")).extracting(Absence::status).containsExactly(Status.CANCELLED);
        assertThat(absences.awayOn(day("2026-03-01"), day("2026-03-31"))).isEmpty();
        assertThat(db.reports().forPerson("d1", 2026).orElseThrow().absences()).isEmpty();

        assertThatThrownBy(() -> absences.cancel("t1", "again", CLERK)).isInstanceOf(InvalidChangeException.class)
                .hasMessageContaining("已撤销");
        assertThatThrownBy(() -> absences.amend("t1", trip("t2", "d1", "2026-03-02", "2026-03-03"), "x", CLERK))
                .isInstanceOf(InvalidChangeException.class);
        assertThatThrownBy(() -> absences.cancel("t1", " ", CLERK)).isInstanceOf(InvalidChangeException.class);
    }

    @Test
    void earlyReturnIsRecordedBesideThePlannedDay() {
        absences.insert(trip("t1", "d1", "2026-03-02", "2026-03-10"), CLERK);
        absences.recordReturn("t1", day("2026-03-05"), CLERK);

        StoredAbsence stored = absences.find("t1").orElseThrow();
        assertThat(stored.plannedReturn()).isEqualTo(day("2026-03-10"));
        assertThat(stored.actualReturn()).contains(day("2026-03-05"));
        assertThat(stored.absence().returnDate()).isEqualTo(day("2026-03-05"));
        assertThat(absences.awayOn(day("2026-03-06"), day("2026-03-08"))).isEmpty();
        assertThat(db.reports().forPerson("d1", 2026).orElseThrow().daysAway()).isEqualTo(4);
        assertThat(absences.events("t1")).extracting(AbsenceEvent::type)
                .containsExactly(EventType.FILED, EventType.RETURNED);
        assertThatThrownBy(() -> absences.recordReturn("t1", day("2026-03-01"), CLERK))
                .isInstanceOf(InvalidChangeException.class).hasMessageContaining("早于出发日期");
    }

    @Test
    void departureAndReportAreEventsToo() {
        absences.insert(trip("t1", "d1", "2026-03-02", "2026-03-10"), CLERK);
        absences.recordDeparture("t1", day("2026-03-02"), CLERK);
        absences.recordReportSubmitted("t1", CLERK);
        assertThat(absences.events("t1")).extracting(AbsenceEvent::type)
                .containsExactly(EventType.FILED, EventType.DEPARTED, EventType.REPORT_SUBMITTED);
    }

    @Test
    void timelineFindsEveryAbsenceOverlappingTheRangeEndsIncluded() {
        absences.insert(trip("before", "m", "2026-03-01", "2026-03-04"), CLERK);
        absences.insert(trip("endsOnFirstDay", "ev", "2026-03-01", "2026-03-05"), CLERK);
        absences.insert(trip("inside", "v1", "2026-03-06", "2026-03-07"), CLERK);
        absences.insert(trip("spans", "d1", "2026-02-20", "2026-03-20"), CLERK);
        absences.insert(trip("startsOnLastDay", "m", "2026-03-10", "2026-03-12"), CLERK);
        absences.insert(trip("after", "ev", "2026-03-11", "2026-03-12"), CLERK);

        assertThat(absences.awayOn(day("2026-03-05"), day("2026-03-10"))).extracting(Absence::id)
                .containsExactly("spans", "endsOnFirstDay", "inside", "startsOnLastDay");
        assertThat(absences.findForPerson("m", day("2026-03-05"), day("2026-03-31"))).extracting(Absence::id)
                .containsExactly("startsOnLastDay");
    }

    @Test
    void registerFiltersByPersonKindStatusAndDatesAndPages() {
        absences.insert(trip("a", "m", "2026-01-05", "2026-01-06"), CLERK);
        absences.insert(absence("b", "m", Kind.LEAVE, Scope.WITHIN_CITY, "2026-02-05", "2026-02-06"), CLERK);
        absences.insert(trip("c", "d1", "2026-03-05", "2026-03-06"), CLERK);
        absences.insert(trip("d", "m", "2026-04-05", "2026-04-06"), CLERK);
        absences.cancel("d", "取消", CLERK);
        absences.insert(trip("e", "m", "2026-05-05", "2026-05-06"), CLERK);
        absences.amend("e", trip("e2", "m", "2026-05-05", "2026-05-07"), "延长", CLERK);

        assertThat(ids(RegisterFilter.all(), 10, 0)).containsExactly("e2", "d", "c", "b", "a");
        assertThat(ids(RegisterFilter.all(), 2, 2)).containsExactly("c", "b");
        assertThat(ids(RegisterFilter.all().forPerson("m"), 10, 0)).containsExactly("e2", "d", "b", "a");
        assertThat(ids(RegisterFilter.all().ofKind(Kind.LEAVE), 10, 0)).containsExactly("b");
        assertThat(ids(RegisterFilter.all().withStatus(Status.CANCELLED), 10, 0)).containsExactly("d");
        assertThat(ids(RegisterFilter.all().withStatus(Status.ACTIVE).forPerson("m"), 10, 0))
                .containsExactly("e2", "b", "a");
        assertThat(ids(RegisterFilter.all().between(day("2026-02-06"), day("2026-03-05")), 10, 0))
                .containsExactly("c", "b");
        assertThat(absences.countRegister(RegisterFilter.all().forPerson("m"))).isEqualTo(4);
    }

    private List<String> ids(RegisterFilter filter, int limit, int offset) {
        return absences.findRegister(filter, limit, offset).stream().map(StoredAbsence::id).toList();
    }

    @Test
    void severalRepositoryCallsInOneTransactionAreAllOrNothing() {
        assertThatThrownBy(() -> db.inTransaction(() -> {
            db.people().upsert(cn.leavedesk.domain.Person.of("new", "新人", cn.leavedesk.domain.Role.VICE_MAYOR),
                    CLERK);
            absences.insert(trip("n1", "new", "2026-03-02", "2026-03-03"), CLERK);
            absences.insert(trip("n1", "new", "2026-03-05", "2026-03-06"), CLERK);
        })).isInstanceOf(DuplicateIdException.class);
        assertThat(db.people().find("new")).isEmpty();
        assertThat(absences.find("n1")).isEmpty();
    }
}
