package cn.leavedesk.ui.meetings;

import static cn.leavedesk.ui.I18n.tr;
import static org.assertj.core.api.Assertions.assertThat;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Actor;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Meeting;
import cn.leavedesk.domain.MeetingType;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Role;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.service.MeetingService;
import cn.leavedesk.service.OfficeSettings;
import cn.leavedesk.service.RulebookService;
import cn.leavedesk.service.SettingsService;
import cn.leavedesk.store.AutoBackup;
import cn.leavedesk.store.Database;
import cn.leavedesk.store.StoreOptions;
import cn.leavedesk.ui.RecordingDialogService;
import cn.leavedesk.ui.SyncTaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The meeting schedule's view model on the meeting service and a real database file. */
class MeetingsViewModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(),
            ZoneId.of("Asia/Shanghai"));
    private static final Actor CLERK = Actor.of("测试");

    @TempDir
    Path dir;
    private Database db;
    private final RecordingDialogService dialogs = new RecordingDialogService();

    @BeforeEach
    void hegangOffice() {
        db = Database.open(dir.resolve("office.db"), StoreOptions.defaults().withAutoBackup(AutoBackup.OFF));
        new SettingsService(db).save(new OfficeSettings("李文", "hegang"));
        db.people().insertAll(List.of(
                Person.of("m", "王建国", Role.MAYOR),
                Person.of("ev", "李明远", Role.EXECUTIVE_VICE_MAYOR),
                Person.of("v1", "陈静怡", Role.VICE_MAYOR),
                Person.of("v2", "赵立新", Role.VICE_MAYOR)), CLERK);
        db.absences().insert(Absence.builder("x1", "v1", Kind.MEETING_ABSENCE, Scope.WITHIN_CITY, TODAY.plusDays(2),
                TODAY.plusDays(2)).meeting(new Meeting(MeetingType.EXECUTIVE, Optional.of("m"))).reason("另有公务")
                .build(), CLERK);
        db.absences().insert(Absence.builder("t1", "v2", Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE, TODAY,
                TODAY.plusDays(3)).destination("北京").build(), CLERK);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private MeetingsViewModel viewModel() {
        return new MeetingsViewModel(MeetingsViewModel.Source.of(new MeetingService(db, new RulebookService()),
                Locale.CHINESE), dialogs, new SyncTaskExecutor(), CLOCK);
    }

    @Test
    void readsTheRuleTheConvenersAndAMonthBackAndAQuarterAhead() {
        MeetingsViewModel vm = viewModel();

        vm.refresh();

        assertThat(vm.fromProperty().get()).isEqualTo(TODAY.minusDays(30));
        assertThat(vm.toProperty().get()).isEqualTo(TODAY.plusDays(90));
        assertThat(vm.ruleTextProperty().get()).contains("第三十七条", "半数以上");
        assertThat(vm.conveners()).extracting(Person::id).containsExactly("m", "ev", "v1", "v2");
        assertThat(vm.meetings()).isEmpty();
    }

    @Test
    void aMissingDayIsSaidBesideTheFieldAndNothingIsRecorded() {
        MeetingsViewModel vm = viewModel();
        vm.dateProperty().set(null);

        vm.record();

        assertThat(vm.dateErrorProperty().get()).isEqualTo(tr("meetings.field.date.missing"));
        assertThat(db.meetings().between(TODAY.minusYears(1), TODAY.plusYears(1))).isEmpty();
        vm.dateProperty().set(TODAY);
        assertThat(vm.dateErrorProperty().get()).isEmpty();
    }

    @Test
    void aRecordedMeetingShowsWhoIsExcusedWhoIsAwayAndThatHalfIsEnough() {
        MeetingsViewModel vm = viewModel();
        vm.dateProperty().set(TODAY.plusDays(2));
        vm.titleProperty().set("第12次常务会议");
        vm.convenerProperty().set(Person.of("m", "王建国", Role.MAYOR));

        vm.record();

        assertThat(dialogs.notifications).containsExactly(tr("meetings.recorded", "常务会议",
                TODAY.plusDays(2).toString()));
        assertThat(vm.meetings()).singleElement().satisfies(m -> {
            assertThat(MeetingsViewModel.excusedText(m)).isEqualTo("陈静怡");
            assertThat(MeetingsViewModel.awayText(m)).isEqualTo("赵立新");
            // 2 of 4 is half: 半数以上 includes half
            assertThat(MeetingsViewModel.quorumText(m)).isEqualTo(tr("meetings.quorum.holds", 2, 4));
            assertThat(m.convener()).map(Person::id).contains("m");
        });
        assertThat(vm.titleProperty().get()).isEmpty();
    }

    @Test
    void theSameMeetingTwiceIsRefusedWithItsReason() {
        MeetingsViewModel vm = viewModel();
        vm.dateProperty().set(TODAY.plusDays(2));
        vm.record();

        vm.record();

        assertThat(dialogs.errors).singleElement().asString()
                .contains(tr("meetings.refused.sameDay", TODAY.plusDays(2).toString(), "常务会议"));
        assertThat(vm.meetings()).hasSize(1);
    }

    @Test
    void aMeetingTypeTheRuleDoesNotGovernHasNoQuorumFigure() {
        MeetingsViewModel vm = viewModel();
        vm.dateProperty().set(TODAY.plusDays(2));
        vm.typeProperty().set(MeetingType.PLENARY);

        vm.record();

        assertThat(MeetingsViewModel.quorumText(vm.meetings().get(0))).isEqualTo(tr("meetings.quorum.notRuled"));
        assertThat(MeetingsViewModel.awayText(vm.meetings().get(0))).isEqualTo(tr("meetings.none"));
    }

    @Test
    void aReversedRangeSaysSoAndReadsNothing() {
        MeetingsViewModel vm = viewModel();

        vm.toProperty().set(TODAY.minusDays(60));

        assertThat(vm.rangeProblemProperty().get()).isEqualTo(tr("meetings.range.reversed"));
    }

    @Test
    void theMembersAreEditedTickedStoredAndAnEmptyListIsRefused() {
        MeetingsViewModel vm = viewModel();
        vm.dateProperty().set(TODAY.plusDays(2));
        vm.record();
        vm.selectedProperty().set(vm.meetings().get(0));
        assertThat(vm.canEditMembers()).isTrue();
        assertThat(vm.membersHeadingProperty().get()).isEqualTo(tr("meetings.members.summary",
                cn.leavedesk.ui.DomainLabels.meetingType(MeetingType.EXECUTIVE), TODAY.plusDays(2).toString(), 4));

        vm.editMembers();
        assertThat(vm.editingMembersProperty().get()).isTrue();
        assertThat(vm.memberRows()).extracting(r -> r.person().id() + "=" + r.chosen().get())
                .containsExactly("m=true", "ev=true", "v1=true", "v2=true");

        vm.memberRows().forEach(r -> r.chosen().set(false));
        vm.saveMembers();
        assertThat(vm.membersErrorProperty().get()).isEqualTo(tr("meetings.members.problem.none"));
        assertThat(db.meetings().members(vm.meetings().get(0).id())).hasSize(4);

        // the mayor and the executive vice-mayor only: both there
        vm.memberRows().stream().filter(r -> List.of("m", "ev").contains(r.person().id()))
                .forEach(r -> r.chosen().set(true));
        assertThat(vm.membersErrorProperty().get()).isEmpty();
        vm.saveMembers();

        assertThat(vm.editingMembersProperty().get()).isFalse();
        assertThat(db.meetings().members(vm.meetings().get(0).id())).containsExactly("ev", "m");
        assertThat(MeetingsViewModel.quorumText(vm.meetings().get(0))).isEqualTo(tr("meetings.quorum.holds", 2, 2));
        assertThat(dialogs.notifications).isNotEmpty();
    }

    @Test
    void aMeetingNoQuorumRuleGovernsHasNoMembersToEdit() {
        MeetingsViewModel vm = viewModel();
        vm.typeProperty().set(MeetingType.PLENARY);
        vm.record();
        vm.selectedProperty().set(vm.meetings().get(0));

        assertThat(vm.canEditMembers()).isFalse();
        vm.editMembers();
        assertThat(vm.editingMembersProperty().get()).isFalse();
    }
}
