package cn.leavedesk.service;

import static cn.leavedesk.service.LifecycleFixture.CLERK;
import static cn.leavedesk.service.LifecycleFixture.trip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Action;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Party;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.domain.lifecycle.AbsenceState;
import cn.leavedesk.domain.lifecycle.AttachmentInfo;
import cn.leavedesk.domain.lifecycle.DoneHow;
import cn.leavedesk.domain.lifecycle.EventType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AbsenceLifecycleServiceTest {
    private static final LocalDate MARCH_2 = LocalDate.parse("2026-03-02");

    @TempDir
    Path dir;
    private LifecycleFixture office;

    @AfterEach
    void close() {
        if (office != null) {
            office.close();
        }
    }

    private AbsenceLifecycleService wuhan(LocalDate today) {
        office = new LifecycleFixture(dir.resolve("office.db"), "wuhan", today);
        return office.lifecycle();
    }

    /** Wuhan 六十七: a department head leaving Wuhan files with the general office three working days ahead. */
    private Absence departmentHeadTrip() {
        return office.file(trip("a1", "d1", Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE, "2026-03-09", "2026-03-11")
                .filed(MARCH_2));
    }

    private static void refused(LifecycleRefusal.Reason reason, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(LifecycleRefusal.class,
                r -> assertThat(r.reason()).isEqualTo(reason));
    }

    @Test
    void showGivesTheFieldsTheVerdictTheChainWithDueDaysAndTheFilingEvent() {
        var service = wuhan(MARCH_2);
        departmentHeadTrip();

        AbsenceDetails shown = service.show("a1");

        assertThat(shown.state()).isEqualTo(AbsenceState.ACTIVE);
        assertThat(shown.person().name()).isEqualTo("局长丁");
        assertThat(shown.absence().returnDate()).isEqualTo(LocalDate.parse("2026-03-11"));
        assertThat(shown.versions()).containsExactly("a1");
        assertThat(shown.chain()).hasSize(2).first().satisfies(step -> {
            assertThat(step.number()).isEqualTo(1);
            assertThat(step.step().action()).isEqualTo(Action.FILE);
            assertThat(step.step().party()).isEqualTo(Party.GENERAL_OFFICE);
            // three working days before Monday 9 March: Wednesday 4 March
            assertThat(step.due()).isEqualTo(LocalDate.parse("2026-03-04"));
            assertThat(step.status()).isEqualTo(StepStatus.DUE_SOON);
            assertThat(step.step().article()).contains("六十七");
        });
        // a step without its own deadline is owed before the departure day
        assertThat(shown.chain().get(1).step().by()).isEmpty();
        assertThat(shown.chain().get(1).due()).isEqualTo(LocalDate.parse("2026-03-09"));
        assertThat(shown.chain().get(1).status()).isEqualTo(StepStatus.OPEN);
        assertThat(shown.duties()).as("Wuhan's rules owe nothing after return").isEmpty();
        assertThat(shown.events()).extracting(AbsenceDetails.EventLine::type).containsExactly(EventType.FILED);
        assertThat(shown.events().get(0).on()).isEqualTo(MARCH_2);
        assertThat(shown.events().get(0).by()).isEqualTo("张晓燕");
    }

    @Test
    void aStepIsOpenThenDueSoonThenOverdueUntilTicked() {
        var service = wuhan(MARCH_2);
        departmentHeadTrip();
        assertThat(service.show("a1", LocalDate.parse("2026-02-20")).chain().get(0).status()).isEqualTo(StepStatus.OPEN);
        assertThat(service.show("a1", LocalDate.parse("2026-03-04")).chain().get(0).status())
                .isEqualTo(StepStatus.DUE_SOON);
        assertThat(service.show("a1", LocalDate.parse("2026-03-05")).chain().get(0).status())
                .isEqualTo(StepStatus.OVERDUE);
    }

    @Test
    void tickingRecordsTheDayHowTheNoteAndTheClerkAndUndoingKeepsBothInTheHistory() {
        var service = wuhan(MARCH_2);
        departmentHeadTrip();

        service.stepDone("a1", 1, MARCH_2, DoneHow.IN_PERSON, Optional.of("送办公厅"), CLERK);
        AbsenceDetails.StepLine ticked = service.show("a1").chain().get(0);
        assertThat(ticked.status()).isEqualTo(StepStatus.DONE);
        assertThat(ticked.done()).hasValueSatisfying(d -> {
            assertThat(d.on()).isEqualTo(MARCH_2);
            assertThat(d.by()).isEqualTo("张晓燕");
            assertThat(d.how()).isEqualTo(DoneHow.IN_PERSON);
            assertThat(d.note()).contains("送办公厅");
        });

        service.stepUndo("a1", 1, "误点", CLERK);
        AbsenceDetails after = service.show("a1");
        assertThat(after.chain().get(0).done()).isEmpty();
        assertThat(after.chain().get(0).status()).isEqualTo(StepStatus.DUE_SOON);
        assertThat(after.events()).extracting(AbsenceDetails.EventLine::type)
                .containsExactly(EventType.FILED, EventType.STEP_DONE, EventType.STEP_UNDONE);
        assertThat(after.events().get(1).step()).contains(1);
        assertThat(after.events().get(1).detail()).contains("IN_PERSON").contains("送办公厅");
        assertThat(after.events().get(2).detail()).isEqualTo("误点");
    }

    @Test
    void stepsRefuseWhatTheStateDoesNotAllowAndChangeNothing() {
        var service = wuhan(MARCH_2);
        departmentHeadTrip();
        refused(LifecycleRefusal.Reason.STEP_OUT_OF_RANGE,
                () -> service.stepDone("a1", 3, MARCH_2, DoneHow.WRITTEN, Optional.empty(), CLERK));
        refused(LifecycleRefusal.Reason.STEP_OUT_OF_RANGE,
                () -> service.stepDone("a1", 0, MARCH_2, DoneHow.WRITTEN, Optional.empty(), CLERK));
        refused(LifecycleRefusal.Reason.FUTURE_DAY,
                () -> service.stepDone("a1", 1, MARCH_2.plusDays(1), DoneHow.WRITTEN, Optional.empty(), CLERK));
        refused(LifecycleRefusal.Reason.STEP_NOT_DONE, () -> service.stepUndo("a1", 1, "误点", CLERK));
        refused(LifecycleRefusal.Reason.REASON_REQUIRED, () -> service.stepUndo("a1", 1, " ", CLERK));
        refused(LifecycleRefusal.Reason.UNKNOWN_ABSENCE,
                () -> service.stepDone("zz", 1, MARCH_2, DoneHow.WRITTEN, Optional.empty(), CLERK));
        service.stepDone("a1", 1, MARCH_2, DoneHow.WRITTEN, Optional.empty(), CLERK);
        refused(LifecycleRefusal.Reason.STEP_ALREADY_DONE,
                () -> service.stepDone("a1", 1, MARCH_2, DoneHow.ORAL, Optional.empty(), CLERK));
        assertThat(service.show("a1").events()).hasSize(2);
        assertThat(service.show("a1").chain().get(0).done().orElseThrow().how()).isEqualTo(DoneHow.WRITTEN);
    }

    @Test
    void departureAndReturnAreRecordedAndAReturnMovesTheFigures() {
        var service = wuhan(LocalDate.parse("2026-03-13"));
        departmentHeadTrip();
        service.recordDeparture("a1", LocalDate.parse("2026-03-09"), CLERK);
        service.recordReturn("a1", LocalDate.parse("2026-03-12"), CLERK);

        AbsenceDetails shown = service.show("a1");
        assertThat(shown.departedOn()).contains(LocalDate.parse("2026-03-09"));
        assertThat(shown.returnedOn()).contains(LocalDate.parse("2026-03-12"));
        assertThat(shown.absence().returnDate()).as("the planned day stays").isEqualTo(LocalDate.parse("2026-03-11"));
        assertThat(office.db.reports().forPerson("d1", 2026).orElseThrow().daysAway()).isEqualTo(4);
        assertThat(shown.events()).extracting(AbsenceDetails.EventLine::type)
                .containsExactly(EventType.FILED, EventType.DEPARTED, EventType.RETURNED);
    }

    /**
     * The whole trip moved earlier (left on the 6th, back on the 7th, planned from the 9th): the return is refused
     * with a sentence that sends the clerk to amend the days, since the figures count the planned ones; before the
     * actual departure it is simply impossible.
     */
    @Test
    void aReturnBeforeThePlannedDepartureAfterAnEarlierOneAsksForAnAmendment() {
        var service = wuhan(LocalDate.parse("2026-03-13"));
        departmentHeadTrip();
        service.recordDeparture("a1", LocalDate.parse("2026-03-06"), CLERK);

        assertThatThrownBy(() -> service.recordReturn("a1", LocalDate.parse("2026-03-07"), CLERK))
                .isInstanceOfSatisfying(LifecycleRefusal.class, r -> {
                    assertThat(r.reason()).isEqualTo(LifecycleRefusal.Reason.RETURN_BEFORE_PLANNED_DEPARTURE);
                    assertThat(r.message(java.util.Locale.SIMPLIFIED_CHINESE)).contains("2026-03-07")
                            .contains("2026-03-09").contains("2026-03-06").contains("变更");
                    assertThat(r.message(java.util.Locale.ENGLISH)).contains("amend");
                });
        assertThatThrownBy(() -> service.recordReturn("a1", LocalDate.parse("2026-03-05"), CLERK))
                .isInstanceOfSatisfying(LifecycleRefusal.class, r -> {
                    assertThat(r.reason()).isEqualTo(LifecycleRefusal.Reason.RETURN_BEFORE_DEPARTURE);
                    assertThat(r.message(java.util.Locale.SIMPLIFIED_CHINESE)).as("the day the person left")
                            .contains("2026-03-06");
                });
        assertThat(service.show("a1").returnedOn()).isEmpty();
        service.recordReturn("a1", LocalDate.parse("2026-03-10"), CLERK);
        assertThat(service.show("a1").returnedOn()).contains(LocalDate.parse("2026-03-10"));
    }

    @Test
    void returnAndDepartureRefuseImpossibleDays() {
        var service = wuhan(LocalDate.parse("2026-03-13"));
        departmentHeadTrip();
        refused(LifecycleRefusal.Reason.FUTURE_DAY,
                () -> service.recordReturn("a1", LocalDate.parse("2026-03-14"), CLERK));
        refused(LifecycleRefusal.Reason.FUTURE_DAY,
                () -> service.recordDeparture("a1", LocalDate.parse("2026-03-20"), CLERK));
        refused(LifecycleRefusal.Reason.RETURN_BEFORE_DEPARTURE,
                () -> service.recordReturn("a1", LocalDate.parse("2026-03-08"), CLERK));
        service.recordDeparture("a1", LocalDate.parse("2026-03-10"), CLERK);
        refused(LifecycleRefusal.Reason.RETURN_BEFORE_DEPARTURE,
                () -> service.recordReturn("a1", LocalDate.parse("2026-03-09"), CLERK));
        service.recordReturn("a1", LocalDate.parse("2026-03-11"), CLERK);
        refused(LifecycleRefusal.Reason.DEPARTURE_AFTER_RETURN,
                () -> service.recordDeparture("a1", LocalDate.parse("2026-03-12"), CLERK));
        assertThat(service.show("a1").events()).hasSize(3);
    }

    @Test
    void cancellingKeepsTheAbsenceVisiblyCancelledCountingNowhereAndRefusesWhatFollows() {
        var service = wuhan(LocalDate.parse("2026-03-13"));
        departmentHeadTrip();
        assertThat(office.db.reports().forPerson("d1", 2026)).isPresent();
        refused(LifecycleRefusal.Reason.REASON_REQUIRED, () -> service.cancel("a1", "", CLERK));

        service.cancel("a1", "行程取消", CLERK);

        AbsenceDetails shown = service.show("a1");
        assertThat(shown.state()).isEqualTo(AbsenceState.CANCELLED);
        assertThat(shown.events()).extracting(AbsenceDetails.EventLine::type)
                .containsExactly(EventType.FILED, EventType.CANCELLED);
        assertThat(shown.events().get(1).detail()).isEqualTo("行程取消");
        assertThat(office.db.reports().forPerson("d1", 2026).map(y -> y.daysAway()).orElse(0)).isZero();
        refused(LifecycleRefusal.Reason.ALREADY_CANCELLED, () -> service.cancel("a1", "again", CLERK));
        refused(LifecycleRefusal.Reason.ALREADY_CANCELLED,
                () -> service.recordReturn("a1", LocalDate.parse("2026-03-11"), CLERK));
        refused(LifecycleRefusal.Reason.ALREADY_CANCELLED,
                () -> service.recordDeparture("a1", LocalDate.parse("2026-03-09"), CLERK));
        refused(LifecycleRefusal.Reason.ALREADY_CANCELLED,
                () -> service.stepDone("a1", 1, MARCH_2, DoneHow.WRITTEN, Optional.empty(), CLERK));
    }

    @Test
    void anAmendmentIsANewVersionWithItsOwnOpenChainAndTheOldOneStaysReadable() {
        var service = wuhan(MARCH_2);
        departmentHeadTrip();
        service.stepDone("a1", 1, MARCH_2, DoneHow.WRITTEN, Optional.empty(), CLERK);

        var amended = service.amend("a1", trip("a1b", "d1", Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE,
                "2026-03-16", "2026-03-18").filed(MARCH_2).build(), "会议改期", CLERK);

        assertThat(amended.id()).isEqualTo("a1b");
        assertThat(amended.evaluation().chain()).hasSize(2);
        AbsenceDetails old = service.show("a1");
        assertThat(old.state()).isEqualTo(AbsenceState.SUPERSEDED);
        assertThat(old.supersededBy()).contains("a1b");
        assertThat(old.events()).extracting(AbsenceDetails.EventLine::type).contains(EventType.AMENDED);
        AbsenceDetails now = service.show("a1b");
        assertThat(now.supersedes()).contains("a1");
        assertThat(now.versions()).containsExactly("a1", "a1b");
        assertThat(now.chain()).hasSize(2).first().satisfies(s -> {
            assertThat(s.status()).isEqualTo(StepStatus.OPEN);
            assertThat(s.due()).isEqualTo(LocalDate.parse("2026-03-11"));
        });
        assertThat(now.evaluation().findings()).as("the old version is not an overlap of the new one")
                .noneMatch(f -> f.code().name().equals("OVERLAPPING_ABSENCE"));
        refused(LifecycleRefusal.Reason.SUPERSEDED, () -> service.cancel("a1", "x", CLERK));
    }

    @Test
    void anAmendmentRefusesAnotherPersonATakenIdAndNoReason() {
        var service = wuhan(MARCH_2);
        departmentHeadTrip();
        office.file(trip("b1", "d2", Kind.LEAVE, Scope.WITHIN_CITY, "2026-04-01", "2026-04-02"));
        Absence.Builder next = trip("a2", "d1", Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE, "2026-03-16", "2026-03-18");
        refused(LifecycleRefusal.Reason.REASON_REQUIRED, () -> service.amend("a1", next.build(), " ", CLERK));
        refused(LifecycleRefusal.Reason.AMEND_OTHER_PERSON, () -> service.amend("a1",
                trip("a2", "d2", Kind.LEAVE, Scope.WITHIN_CITY, "2026-03-16", "2026-03-18").build(), "x", CLERK));
        refused(LifecycleRefusal.Reason.AMEND_ID_TAKEN, () -> service.amend("a1",
                trip("b1", "d1", Kind.LEAVE, Scope.WITHIN_CITY, "2026-03-16", "2026-03-18").build(), "x", CLERK));
        refused(LifecycleRefusal.Reason.UNKNOWN_ABSENCE, () -> service.amend("zz", next.build(), "x", CLERK));
        assertThat(service.show("a1").state()).isEqualTo(AbsenceState.ACTIVE);
        assertThat(office.db.absences().find("a2")).isEmpty();
    }

    @Test
    void anAmendmentWithoutAnIdGetsTheNextVersionNumber() {
        var service = wuhan(MARCH_2);
        departmentHeadTrip();
        var v2 = service.amend("a1", trip("", "d1", Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE, "2026-03-16",
                "2026-03-18").build(), "改期", CLERK);
        var v3 = service.amend(v2.id(), trip("", "d1", Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE, "2026-03-23",
                "2026-03-25").build(), "再改期", CLERK);
        assertThat(v2.id()).isEqualTo("a1-v2");
        assertThat(v3.id()).isEqualTo("a1-v3");
        assertThat(service.show("a1").versions()).containsExactly("a1", "a1-v2", "a1-v3");
    }

    @Test
    void hegangDepartmentHeadsOweTheReturnAndAWrittenReportWithDueDaysFromTheRulebook() {
        office = new LifecycleFixture(dir.resolve("hegang.db"), "hegang", LocalDate.parse("2026-03-20"));
        var service = office.lifecycle();
        office.file(trip("h1", "d1", Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE, "2026-03-09", "2026-03-11"));

        AbsenceDetails before = service.show("h1");
        assertThat(before.duties()).extracting(AbsenceDetails.DutyLine::duty)
                .containsExactly(DutyKind.CANCEL_LEAVE, DutyKind.WRITTEN_REPORT);
        // 销假: the first working day after the planned return (Wed 11 March → Thu 12)
        assertThat(before.duties().get(0).due()).isEqualTo(LocalDate.parse("2026-03-12"));
        assertThat(before.duties().get(0).overdue()).isTrue();
        // the report: five working days after the planned return while none is recorded (→ Wed 18 March)
        assertThat(before.duties().get(1).due()).isEqualTo(LocalDate.parse("2026-03-18"));
        assertThat(before.duties().get(1).article()).contains("第五十二条（四）");

        service.recordReturn("h1", LocalDate.parse("2026-03-13"), CLERK);
        service.reportSubmitted("h1", LocalDate.parse("2026-03-19"), CLERK);

        AbsenceDetails after = service.show("h1");
        assertThat(after.duties().get(0).done()).contains(LocalDate.parse("2026-03-13"));
        // from the actual return, Fri 13 March: five working days → Fri 20 March
        assertThat(after.duties().get(1).due()).isEqualTo(LocalDate.parse("2026-03-20"));
        assertThat(after.duties().get(1).done()).contains(LocalDate.parse("2026-03-19"));
        assertThat(after.duties()).noneMatch(AbsenceDetails.DutyLine::overdue);
        refused(LifecycleRefusal.Reason.REPORT_ALREADY_SUBMITTED,
                () -> service.reportSubmitted("h1", LocalDate.parse("2026-03-19"), CLERK));
    }

    @Test
    void aReportIsRefusedWhereNoneIsOwedInTheFutureOrBeforeTheTrip() {
        office = new LifecycleFixture(dir.resolve("hegang.db"), "hegang", LocalDate.parse("2026-03-20"));
        var service = office.lifecycle();
        office.file(trip("h1", "d1", Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE, "2026-03-09", "2026-03-11"));
        office.file(trip("v", "v1", Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE, "2026-03-09", "2026-03-11"));
        refused(LifecycleRefusal.Reason.NO_REPORT_OWED,
                () -> service.reportSubmitted("v", LocalDate.parse("2026-03-12"), CLERK));
        refused(LifecycleRefusal.Reason.FUTURE_DAY,
                () -> service.reportSubmitted("h1", LocalDate.parse("2026-03-21"), CLERK));
        refused(LifecycleRefusal.Reason.REPORT_BEFORE_DEPARTURE,
                () -> service.reportSubmitted("h1", LocalDate.parse("2026-03-08"), CLERK));
        assertThat(service.show("h1").duties().get(1).done()).isEmpty();
    }

    @Test
    void attachmentsAreStoredReadListedAndRemovedWithTheHistoryKeepingBoth() throws Exception {
        var service = wuhan(MARCH_2);
        departmentHeadTrip();
        Path scan = dir.resolve("邀请函.pdf");
        Files.write(scan, "%PDF-1.4 invitation".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        AttachmentInfo stored = service.addAttachment("a1", scan, CLERK);

        assertThat(service.readAttachment(stored.id())).isEqualTo(Files.readAllBytes(scan));
        assertThat(service.show("a1").attachments()).extracting(AttachmentInfo::fileName)
                .contains("通知.pdf", "邀请函.pdf");
        service.removeAttachment(stored.id(), Optional.of("传错了"), CLERK);
        AbsenceDetails shown = service.show("a1");
        assertThat(shown.attachments()).extracting(AttachmentInfo::fileName).doesNotContain("邀请函.pdf");
        assertThat(shown.events()).extracting(AbsenceDetails.EventLine::type)
                .containsExactly(EventType.FILED, EventType.ATTACHMENT_ADDED, EventType.ATTACHMENT_REMOVED);
        assertThat(shown.events().get(2).detail()).contains("邀请函.pdf").contains("传错了");
        refused(LifecycleRefusal.Reason.UNKNOWN_ATTACHMENT, () -> service.readAttachment(stored.id()));
        refused(LifecycleRefusal.Reason.UNKNOWN_ATTACHMENT,
                () -> service.removeAttachment(stored.id(), Optional.empty(), CLERK));
    }

    @Test
    void anAttachmentPastTheLimitOrEmptyIsRefusedBeforeAnythingIsStored() throws Exception {
        var service = wuhan(MARCH_2);
        departmentHeadTrip();
        Path big = dir.resolve("video.mp4");
        try (var out = Files.newOutputStream(big)) {
            out.write(new byte[(int) AbsenceLifecycleService.MAX_ATTACHMENT_BYTES + 1]);
        }
        refused(LifecycleRefusal.Reason.ATTACHMENT_TOO_LARGE, () -> service.addAttachment("a1", big, CLERK));
        Path empty = Files.createFile(dir.resolve("empty.pdf"));
        refused(LifecycleRefusal.Reason.ATTACHMENT_EMPTY, () -> service.addAttachment("a1", empty, CLERK));
        refused(LifecycleRefusal.Reason.UNKNOWN_ABSENCE,
                () -> service.addAttachment("zz", "a.pdf", Optional.empty(), new byte[] {1}, CLERK));
        assertThat(service.show("a1").attachments()).extracting(AttachmentInfo::fileName)
                .containsExactly("通知.pdf");
    }

    @Test
    void refusalsSpeakTheClerksLanguageAndNameWhatIsWrong() {
        var refusal = new LifecycleRefusal(LifecycleRefusal.Reason.RETURN_BEFORE_DEPARTURE,
                LocalDate.parse("2026-03-08"), LocalDate.parse("2026-03-09"));
        assertThat(refusal.message(Locale.SIMPLIFIED_CHINESE)).contains("返回日期 2026-03-08 早于出发日期 2026-03-09");
        assertThat(refusal.message(Locale.ENGLISH)).isEqualTo(
                "The return day 2026-03-08 is before the departure day 2026-03-09; nothing was changed.");
        for (LifecycleRefusal.Reason reason : LifecycleRefusal.Reason.values()) {
            assertThat(new LifecycleRefusal(reason, "x", "y", "z").message(Locale.ENGLISH)).doesNotContain("{");
        }
    }
}
