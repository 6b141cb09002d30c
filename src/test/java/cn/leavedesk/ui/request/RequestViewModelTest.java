package cn.leavedesk.ui.request;

import static cn.leavedesk.ui.I18n.tr;
import static org.assertj.core.api.Assertions.assertThat;

import cn.leavedesk.calendar.CalendarLoader;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.MeetingType;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.domain.Severity;
import cn.leavedesk.domain.Verdict;
import cn.leavedesk.rules.Messages;
import cn.leavedesk.service.ChainPlanner;
import cn.leavedesk.service.DemoDataService;
import cn.leavedesk.service.RegisterService;
import cn.leavedesk.service.RequestService;
import cn.leavedesk.service.RulebookService;
import cn.leavedesk.store.AutoBackup;
import cn.leavedesk.store.Database;
import cn.leavedesk.store.StoreOptions;
import cn.leavedesk.ui.AppState;
import cn.leavedesk.ui.ClerkSettings;
import cn.leavedesk.ui.RecordingDialogService;
import cn.leavedesk.ui.SyncTaskExecutor;
import cn.leavedesk.ui.data.StoreRegister;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequestViewModelTest {
    private static final Clock JUNE_1 = Clock.fixed(Instant.parse("2026-06-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dir;
    private Database db;
    private StoreRegister register;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private RequestViewModel form;

    @BeforeEach
    void openWithDemoData() {
        db = Database.open(dir.resolve("office.db"), StoreOptions.defaults().withAutoBackup(AutoBackup.OFF));
        new DemoDataService(db, new RulebookService(), new ChainPlanner(CalendarLoader.standard())).load();
        form = formOn(AppState.Access.READ_WRITE);
    }

    private RequestViewModel formOn(AppState.Access access) {
        SyncTaskExecutor tasks = new SyncTaskExecutor();
        register = new StoreRegister(new RegisterService(db), tasks);
        // counted once, as the client does at start-up: what follows is a change
        register.refresh();
        RequestService service = new RequestService(db, new RulebookService(), CalendarLoader.standard(),
                Messages.of(Locale.SIMPLIFIED_CHINESE), JUNE_1);
        return new RequestViewModel(service, register, tasks, dialogs,
                new AppState(dir.resolve("office.db"), access, ClerkSettings.defaults()), JUNE_1,
                Debouncer.immediate());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Person person(String id) {
        return form.people().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    /** 高翔, a Wuhan department head, to Beijing from Wednesday 10 June. */
    private void departmentHeadToBeijing() {
        form.personProperty().set(person("d9"));
        form.kindProperty().set(Kind.BUSINESS_TRIP);
        form.scopeProperty().set(Scope.OUTSIDE_PROVINCE);
        form.departProperty().set(LocalDate.of(2026, 6, 10));
        form.returnDateProperty().set(LocalDate.of(2026, 6, 12));
        form.destinationProperty().set("北京");
        form.reasonProperty().set("招商推介");
        form.contactProperty().set("13800000009");
        form.actingPersonProperty().set("副职代管");
        form.attachmentsProperty().set("通知.pdf");
    }

    @Test
    void anUntouchedFormShowsNoErrorsYetButCannotBeSaved() {
        assertThat(form.shownProblemsProperty().get()).isEmpty();
        assertThat(form.problem(RequestViewModel.Field.PERSON)).isEmpty();
        assertThat(form.problemsProperty().get()).isNotEmpty();
        assertThat(form.canSaveBinding().get()).isFalse();
    }

    @Test
    void aFieldLeftEmptyShowsItsErrorOnceVisited() {
        form.touch(RequestViewModel.Field.DEPART);

        assertThat(form.shownProblemsProperty().get()).extracting(RequestViewModel.Problem::field)
                .containsExactly(RequestViewModel.Field.DEPART);
    }

    @Test
    void anEmptyFormAsksForThePersonAndTheDatesByNameWhenSavingIsTried() {
        form.save();

        assertThat(form.filedProperty().get()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(form.problem(RequestViewModel.Field.PERSON))
                .contains("请选择“请假人员”。");
        assertThat(form.problem(RequestViewModel.Field.DEPART)).contains("请填写“出发日期”。");
        assertThat(form.problem(RequestViewModel.Field.RETURN)).contains("请填写“返回日期”。");
        assertThat(form.canSaveBinding().get()).isFalse();
        assertThat(form.resultProperty().get()).isEmpty();
    }

    @Test
    void aReturnBeforeTheDepartureIsRefusedNamingBothDates() {
        departmentHeadToBeijing();
        form.returnDateProperty().set(LocalDate.of(2026, 6, 8));

        assertThat(form.problem(RequestViewModel.Field.RETURN))
                .contains("“返回日期” 2026-06-08 早于“出发日期” 2026-06-10。");
        assertThat(form.canSaveBinding().get()).isFalse();
    }

    @Test
    void stopsChosenByChineseNameGoIntoTheDraftAsIsoCodesInTheirOrder() {
        departmentHeadToBeijing();
        form.kindProperty().set(Kind.OFFICIAL_VISIT);
        form.scopeProperty().set(Scope.ABROAD);
        ItineraryViewModel itinerary = form.itinerary();
        itinerary.queryProperty().set("阿联酋");
        itinerary.addBestMatch();
        itinerary.queryProperty().set("德国");
        itinerary.addBestMatch();
        itinerary.setAirside(0, true);
        itinerary.moveDown(0);

        assertThat(form.draft().orElseThrow().stops()).extracting(s -> s.country() + "/" + s.leavesAirport())
                .containsExactly("DE/true", "AE/false");
        assertThat(form.resultProperty().get().orElseThrow().abroad()).first().asString().contains("1 个国家和地区");

        itinerary.remove(0);
        assertThat(form.draft().orElseThrow().stops()).extracting(s -> s.country() + "/" + s.leavesAirport())
                .containsExactly("AE/false");
        assertThat(form.resultProperty().get().orElseThrow().abroad()).first().asString().contains("0 个国家和地区");
    }

    @Test
    void aMeetingAbsenceNeedsTheMeetingTypeAndLastsTheMeetingDay() {
        form.personProperty().set(person("d9"));
        form.kindProperty().set(Kind.MEETING_ABSENCE);
        form.departProperty().set(LocalDate.of(2026, 6, 10));
        form.touch(RequestViewModel.Field.MEETING_TYPE);

        assertThat(form.problem(RequestViewModel.Field.MEETING_TYPE)).contains("请选择“会议类型”。");
        assertThat(form.problem(RequestViewModel.Field.RETURN)).isEmpty();

        form.meetingTypeProperty().set(MeetingType.PLENARY);
        assertThat(form.draft().orElseThrow().returnDate()).isEqualTo(LocalDate.of(2026, 6, 10));
        assertThat(form.draft().orElseThrow().scope()).isEqualTo(Scope.WITHIN_CITY);
        assertThat(form.resultProperty().get().orElseThrow().chain()).first().asString()
                .startsWith("1. 请假（须同意） 市政府办公厅（室）");
    }

    @Test
    void aWuhanDepartmentHeadLeavingTheProvinceFilesWithTheGeneralOfficeThreeWorkingDaysAhead() {
        departmentHeadToBeijing();

        RequestResult result = form.resultProperty().get().orElseThrow();
        assertThat(result.chain()).first().isEqualTo("1. 报备 市政府办公厅（室） — 最迟 2026-06-05 — 武政〔2018〕54号 六十七");
        assertThat(result.fileBy()).isEqualTo("最迟报备日：2026-06-05");
        assertThat(result.verdict()).isEqualTo(Verdict.OK);
        assertThat(result.verdictText()).isEqualTo("合规");
    }

    @Test
    void filingAfterTheDeadlineIsShownAsAViolation() {
        departmentHeadToBeijing();
        form.filedProperty().set(LocalDate.of(2026, 6, 9));

        RequestResult result = form.resultProperty().get().orElseThrow();
        assertThat(result.verdictText()).isEqualTo("违规");
        assertThat(result.findings()).anySatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
            assertThat(f.text()).startsWith("违规：报备日期 2026-06-09 晚于最迟报备日 2026-06-05").contains("六十七");
        });
    }

    @Test
    void theMayorAwayShowsWhoPresides() {
        form.personProperty().set(person("m"));
        form.departProperty().set(LocalDate.of(2026, 6, 10));
        form.returnDateProperty().set(LocalDate.of(2026, 6, 12));

        assertThat(form.resultProperty().get().orElseThrow().presiding()).hasValueSatisfying(text ->
                assertThat(text).contains("李明远"));
    }

    @Test
    void savingStoresTheAbsenceWithItsChainRefreshesTheRegisterAndEmptiesTheForm() {
        departmentHeadToBeijing();
        assertThat(form.canSaveBinding().get()).isTrue();
        long changesBefore = register.changes().get();

        form.save();

        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.notifications).containsExactly(tr("request.saved", "R20260601-001", "高翔"));
        assertThat(db.absences().find("R20260601-001").orElseThrow().absence().destination()).contains("北京");
        assertThat(db.chains().steps("R20260601-001")).hasSize(2);
        // the other screens heard of it: the register's count moved and it was read again
        assertThat(register.storedCount().get()).isEqualTo(db.absences().countRegister(
                cn.leavedesk.domain.register.RegisterFilter.all()));
        assertThat(register.changes().get()).isGreaterThan(changesBefore);
        assertThat(form.personProperty().get()).isNull();
        assertThat(form.filedProperty().get()).isEqualTo(LocalDate.of(2026, 6, 1));
    }

    @Test
    void savingARequestThatBreaksARuleAsksOnceNamingTheArticleAndStopsWhenTheClerkSaysNo() {
        departmentHeadToBeijing();
        form.filedProperty().set(LocalDate.of(2026, 6, 9));
        dialogs.answeringConfirmationsWith(false);

        form.save();

        assertThat(dialogs.confirmations).singleElement().asString()
                .startsWith("此次请假不符合规定：").contains("武政〔2018〕54号 六十七").endsWith("仍要保存吗？");
        assertThat(db.absences().find("R20260601-001")).isEmpty();
        assertThat(form.personProperty().get()).isNotNull();

        dialogs.answeringConfirmationsWith(true);
        form.save();
        assertThat(dialogs.confirmations).hasSize(2);
        assertThat(db.absences().find("R20260601-001")).isPresent();
    }

    @Test
    void aRequestWithinTheRulesIsSavedWithoutAQuestion() {
        departmentHeadToBeijing();
        form.save();
        assertThat(dialogs.confirmations).isEmpty();
    }

    @Test
    void anActingPersonChosenFromTheRosterIsStoredById() {
        departmentHeadToBeijing();
        form.actingPersonProperty().set("罗静");

        assertThat(form.draft().orElseThrow().actingPerson()).contains("d10");
    }

    @Test
    void aReadOnlyWindowCannotSave() {
        form = formOn(AppState.Access.READ_ONLY);
        departmentHeadToBeijing();

        assertThat(form.canSaveBinding().get()).isFalse();
        form.save();
        assertThat(db.absences().find("R20260601-001")).isEmpty();
    }

    @Test
    void anUnreadableDateSaysSoInsteadOfAskingToFillItIn() {
        departmentHeadToBeijing();
        form.returnDateProperty().set(null);
        form.dateTyped(RequestViewModel.Field.RETURN, "2026-13-45");

        assertThat(form.problem(RequestViewModel.Field.RETURN)).contains(
                tr("request.problem.noSuchDay", "返回日期", "2026-13-45"));
        assertThat(form.canSaveBinding().get()).isFalse();

        form.dateTyped(RequestViewModel.Field.RETURN, "下周五");
        assertThat(form.problem(RequestViewModel.Field.RETURN)).contains(
                tr("request.problem.dateUnreadable", "返回日期", "下周五"));
    }

    @Test
    void clearingForgetsUnreadableDatesAndWhatWasVisited() {
        form.dateTyped(RequestViewModel.Field.DEPART, "2026-02-30");
        form.touch(RequestViewModel.Field.PERSON);
        assertThat(form.hasUnsavedDraft()).isTrue();

        form.clear();

        assertThat(form.unreadableDates()).isEmpty();
        assertThat(form.shownProblemsProperty().get()).isEmpty();
        assertThat(form.hasUnsavedDraft()).isFalse();
    }

    @Test
    void aFormWithSomethingTypedIsADraftAndAFreshOneIsNot() {
        assertThat(form.hasUnsavedDraft()).isFalse();

        form.destinationProperty().set("北京");

        assertThat(form.hasUnsavedDraft()).isTrue();
    }

    @Test
    void aRetiredPersonIsNotOfferedForANewRequest() {
        assertThat(form.people()).extracting(Person::id).contains("d9");

        new cn.leavedesk.service.RosterService(db).retire("d9", LocalDate.of(2026, 5, 31));
        form.loadRoster();

        assertThat(form.people()).extracting(Person::id).doesNotContain("d9").isNotEmpty();
    }

    /**
     * The amendment form opens before its roster has been read (the read runs in the background): the convener of a
     * meeting absence was dropped from the new version, and the acting person showed as the id "ev".
     */
    @Test
    void anAmendmentOpenedBeforeTheRosterArrivesKeepsTheConvenerAndNamesTheActingPerson() {
        java.util.List<Runnable> held = new java.util.ArrayList<>();
        SyncTaskExecutor now = new SyncTaskExecutor();
        cn.leavedesk.ui.TaskExecutor later = new cn.leavedesk.ui.TaskExecutor() {
            @Override
            public <T> Cancellable execute(cn.leavedesk.ui.BackgroundTask<T> task) {
                held.add(() -> now.execute(task));
                return new Cancellable() {
                    @Override
                    public void cancel() {
                    }

                    @Override
                    public boolean isDone() {
                        return false;
                    }
                };
            }
        };
        RequestService service = new RequestService(db, new RulebookService(), CalendarLoader.standard(),
                Messages.of(Locale.SIMPLIFIED_CHINESE), JUNE_1);
        RequestViewModel amending = new RequestViewModel(service, register, later, dialogs,
                new AppState(dir.resolve("office.db"), AppState.Access.READ_WRITE, ClerkSettings.defaults()), JUNE_1,
                Debouncer.immediate());
        cn.leavedesk.domain.Absence meeting = db.absences().find("a036").orElseThrow().absence();
        cn.leavedesk.domain.Absence trip = db.absences().find("a078").orElseThrow().absence();
        assertThat(meeting.meeting().orElseThrow().convener()).contains("m");
        assertThat(trip.actingPerson()).contains("ev");
        Person whose = db.people().roster().find(meeting.personId()).orElseThrow();

        amending.amend(meeting, whose, noPreview(), (draft, reason) -> null, () -> { });
        runHeld(held);

        assertThat(amending.convenerProperty().get()).extracting(Person::id).isEqualTo("m");
        assertThat(amending.draft()).map(a -> a.meeting().orElseThrow().convener().orElseThrow()).contains("m");

        RequestViewModel second = new RequestViewModel(service, register, later, dialogs,
                new AppState(dir.resolve("office.db"), AppState.Access.READ_WRITE, ClerkSettings.defaults()), JUNE_1,
                Debouncer.immediate());
        second.amend(trip, db.people().roster().find(trip.personId()).orElseThrow(), noPreview(),
                (draft, reason) -> null, () -> { });
        runHeld(held);

        assertThat(second.actingPersonProperty().get()).isEqualTo("李明远");
        assertThat(second.draft()).map(a -> a.actingPerson().orElseThrow()).contains("ev");
    }

    private static void runHeld(java.util.List<Runnable> held) {
        while (!held.isEmpty()) {
            held.remove(0).run();
        }
    }

    private static RequestViewModel.Previewer noPreview() {
        return draft -> {
            throw new IllegalStateException("no live answer in this test");
        };
    }
}
