package cn.leavedesk.ui.absence;

import static cn.leavedesk.ui.I18n.tr;
import static org.assertj.core.api.Assertions.assertThat;

import cn.leavedesk.calendar.CalendarLoader;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.domain.Stop;
import cn.leavedesk.domain.lifecycle.AbsenceState;
import cn.leavedesk.domain.lifecycle.AttachmentInfo;
import cn.leavedesk.domain.lifecycle.DoneHow;
import cn.leavedesk.domain.lifecycle.EventType;
import cn.leavedesk.rules.Messages;
import cn.leavedesk.service.AbsenceDetails;
import cn.leavedesk.service.AbsenceLifecycleService;
import cn.leavedesk.service.ChainPlanner;
import cn.leavedesk.service.DemoDataService;
import cn.leavedesk.service.RegisterService;
import cn.leavedesk.service.RequestService;
import cn.leavedesk.service.RulebookService;
import cn.leavedesk.service.StepStatus;
import cn.leavedesk.store.AutoBackup;
import cn.leavedesk.store.Database;
import cn.leavedesk.store.StoreOptions;
import cn.leavedesk.ui.AppState;
import cn.leavedesk.ui.ClerkSettings;
import cn.leavedesk.ui.RecordingDialogService;
import cn.leavedesk.ui.SyncTaskExecutor;
import cn.leavedesk.ui.absence.AbsenceViewModel.Action;
import cn.leavedesk.ui.data.StoreRegister;
import cn.leavedesk.ui.request.Debouncer;
import cn.leavedesk.ui.request.RequestViewModel;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The absence page's operations on a real SQLite file holding the demo office, run synchronously. a001 is the demo's
 * Wuhan department head (高翔) in Beijing on 2026-06-07, filed 06-05; today is 2026-06-20.
 */
class AbsenceViewModelTest {
    private static final Clock JUNE_20 = Clock.fixed(Instant.parse("2026-06-20T02:00:00Z"),
            ZoneId.of("Asia/Shanghai"));
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 20);

    @TempDir
    Path dir;
    private Database db;
    private AbsenceLifecycleService lifecycle;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final SyncTaskExecutor tasks = new SyncTaskExecutor();
    private final List<Path> viewed = new ArrayList<>();
    private final List<String> opened = new ArrayList<>();
    private int changes;

    @BeforeEach
    void openDemoOffice() {
        db = Database.open(dir.resolve("office.db"), StoreOptions.defaults().withAutoBackup(AutoBackup.OFF));
        new DemoDataService(db, new RulebookService(), new ChainPlanner(CalendarLoader.standard())).load();
        lifecycle = new AbsenceLifecycleService(db, new RulebookService(), CalendarLoader.standard(),
                Messages.of(Locale.SIMPLIFIED_CHINESE), JUNE_20);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private AbsenceViewModel page(String id, AppState.Access access) {
        AppState state = new AppState(dir.resolve("office.db"), access, new ClerkSettings("张三", "wuhan"));
        AbsenceViewModel page = new AbsenceViewModel(lifecycle, id, tasks, dialogs, state, viewed::add,
                opened::add, () -> changes++);
        page.load();
        return page;
    }

    private AbsenceViewModel page(String id) {
        return page(id, AppState.Access.READ_WRITE);
    }

    private static AbsenceDetails details(AbsenceViewModel page) {
        return page.detailsProperty().get().orElseThrow();
    }

    @Test
    void thePageReadsTheAbsenceWithItsChainAndVerdict() {
        AbsenceViewModel page = page("a001");

        AbsenceDetails a = details(page);
        assertThat(a.person().displayName()).isEqualTo("高翔");
        assertThat(a.chain()).isNotEmpty();
        assertThat(page.canChangeBinding().get()).isTrue();
        assertThat(page.busyProperty().get()).isFalse();
    }

    @Test
    void theActingPersonAndAMeetingsConvenerAreNamedNotShownAsIds() {
        AbsenceDetails trip = details(page("a078"));
        AbsenceDetails meeting = details(page("a036"));

        assertThat(trip.absence().actingPerson()).contains("ev");
        assertThat(trip.nameOf("ev")).isEqualTo("李明远");
        assertThat(meeting.nameOf(meeting.absence().meeting().orElseThrow().convener().orElseThrow()))
                .isEqualTo("王建国");
        // a name typed on the form is shown as typed
        assertThat(trip.nameOf("副职代管")).isEqualTo("副职代管");
    }

    @Test
    void anUnknownIdSaysSoOnThePage() {
        AbsenceViewModel page = page("nope");
        assertThat(page.detailsProperty().get()).isEmpty();
        assertThat(page.failureProperty().get()).contains("nope");
    }

    @Test
    void tickingAStepRecordsTheDayHowTheNoteAndTheSignedInClerk() {
        AbsenceViewModel page = page("a001");
        page.startTick(1);
        page.dayProperty().set(LocalDate.of(2026, 6, 5));
        page.howProperty().set(DoneHow.IN_PERSON);
        page.noteProperty().set("当面报告秘书长");
        page.confirm();

        AbsenceDetails.StepLine step = details(page).chain().get(0);
        assertThat(step.status()).isEqualTo(StepStatus.DONE);
        AbsenceDetails.StepDone done = step.done().orElseThrow();
        assertThat(done.on()).isEqualTo(LocalDate.of(2026, 6, 5));
        assertThat(done.by()).isEqualTo("张三");
        assertThat(done.how()).isEqualTo(DoneHow.IN_PERSON);
        assertThat(done.note()).contains("当面报告秘书长");
        assertThat(page.actionProperty().get()).isEmpty();
        assertThat(dialogs.notifications).containsExactly(tr("absence.done.tick", "a001", 1));
        assertThat(changes).isEqualTo(1);
    }

    @Test
    void undoingATickNeedsAReasonAndTheHistoryKeepsBoth() {
        AbsenceViewModel page = page("a001");
        page.startTick(1);
        page.confirm();
        page.startUndo(1);
        page.confirm();
        assertThat(page.actionProblemProperty().get()).isEqualTo(tr("absence.problem.required",
                tr("absence.field.reason")));
        assertThat(details(page).chain().get(0).status()).isEqualTo(StepStatus.DONE);

        page.reasonProperty().set("点错了");
        page.confirm();
        assertThat(details(page).chain().get(0).status()).isNotEqualTo(StepStatus.DONE);
        assertThat(details(page).events()).extracting(AbsenceDetails.EventLine::type)
                .contains(EventType.STEP_DONE, EventType.STEP_UNDONE);
        assertThat(details(page).events()).anyMatch(e -> e.type() == EventType.STEP_UNDONE
                && e.detail().contains("点错了"));
    }

    @Test
    void aDayInTheFutureIsRefusedNamingTheFieldAndNothingIsStored() {
        AbsenceViewModel page = page("a001");
        page.startReturn();
        page.dayProperty().set(TODAY.plusDays(1));
        page.confirm();

        assertThat(page.actionProblemProperty().get()).isEqualTo(tr("absence.problem.future",
                tr("absence.field.returnedOn"), "2026-06-21", "2026-06-20"));
        assertThat(page.actionProperty().get()).contains(Action.RETURN);
        assertThat(details(page).returnedOn()).isEmpty();
        assertThat(changes).isZero();
    }

    @Test
    void departureAndReturnAreRecordedAndALaterReturnMovesTheFigures() {
        AbsenceViewModel page = page("a001");
        page.startDepart();
        assertThat(page.dayProperty().get()).isEqualTo(LocalDate.of(2026, 6, 7));
        page.confirm();
        page.startReturn();
        page.dayProperty().set(LocalDate.of(2026, 6, 9));
        page.confirm();

        AbsenceDetails a = details(page);
        assertThat(a.departedOn()).contains(LocalDate.of(2026, 6, 7));
        assertThat(a.returnedOn()).contains(LocalDate.of(2026, 6, 9));
        assertThat(db.absences().find("a001").orElseThrow().absence().returnDate()).isEqualTo(LocalDate.of(2026, 6,
                9));
        assertThat(changes).isEqualTo(2);
    }

    @Test
    void aReturnBeforeTheDepartureIsRefusedWithTheServicesSentence() {
        AbsenceViewModel page = page("a001");
        page.startReturn();
        page.dayProperty().set(LocalDate.of(2026, 6, 1));
        page.confirm();
        assertThat(page.actionProblemProperty().get()).contains("2026-06-01").contains("2026-06-07");
        assertThat(details(page).returnedOn()).isEmpty();
    }

    @Test
    void aWrittenReportNoRuleAsksForIsRefused() {
        AbsenceViewModel page = page("a001");
        page.startReport();
        page.confirm();
        assertThat(page.actionProblemProperty().get()).contains("a001");
        assertThat(details(page).events()).noneMatch(e -> e.type() == EventType.REPORT_SUBMITTED);
    }

    @Test
    void cancellingNeedsAReasonThenTheAbsenceIsCancelledAndOffersNoMoreChanges() {
        AbsenceViewModel page = page("a001");
        page.startCancel();
        page.confirm();
        assertThat(page.actionProblemProperty().get()).isEqualTo(tr("absence.problem.required",
                tr("absence.field.reason")));

        page.reasonProperty().set("会议取消");
        page.confirm();
        assertThat(details(page).state()).isEqualTo(AbsenceState.CANCELLED);
        assertThat(page.canChangeBinding().get()).isFalse();
        page.startDepart();
        assertThat(page.actionProperty().get()).isEmpty();
    }

    @Test
    void aReadOnlyWindowOffersNoChange() {
        AbsenceViewModel page = page("a001", AppState.Access.READ_ONLY);
        assertThat(page.canChangeBinding().get()).isFalse();
        page.startTick(1);
        assertThat(page.actionProperty().get()).isEmpty();
        int before = details(page).attachments().size();
        page.addAttachments(List.of(dir.resolve("any.pdf")));
        assertThat(details(page).attachments()).hasSize(before);
        assertThat(lifecycle.show("a001").attachments()).hasSize(before);
    }

    @Test
    void anAttachmentIsStoredOpenedSavedAsACopyAndRemovedWithHistory() throws Exception {
        Path invitation = dir.resolve("邀请函.pdf");
        Files.write(invitation, "%PDF-1.4 邀请".getBytes(StandardCharsets.UTF_8));
        AbsenceViewModel page = page("a001");
        page.addAttachments(List.of(invitation));

        AttachmentInfo stored = details(page).attachments().stream()
                .filter(a -> a.fileName().equals("邀请函.pdf")).findFirst().orElseThrow();
        assertThat(stored.size()).contains(Files.size(invitation));
        assertThat(dialogs.notifications).contains(tr("absence.attachment.added", 1, "a001"));

        page.openAttachment(stored);
        assertThat(viewed).singleElement().satisfies(file -> {
            assertThat(file.getFileName().toString()).isEqualTo("邀请函.pdf");
            assertThat(Files.readAllBytes(file)).isEqualTo(Files.readAllBytes(invitation));
        });

        Path copy = dir.resolve("副本.pdf");
        dialogs.savingTo(copy);
        page.saveAttachmentCopy(stored);
        assertThat(Files.readAllBytes(copy)).isEqualTo(Files.readAllBytes(invitation));

        page.removeAttachment(stored);
        assertThat(details(page).attachments()).noneMatch(a -> a.id() == stored.id());
        assertThat(details(page).events()).extracting(AbsenceDetails.EventLine::type)
                .contains(EventType.ATTACHMENT_ADDED, EventType.ATTACHMENT_REMOVED);
    }

    @Test
    void aFileOverTheLimitIsRefusedByNameWithTheLimitAndNothingIsStored() throws Exception {
        Path big = dir.resolve("录像.mp4");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(AbsenceLifecycleService.MAX_ATTACHMENT_BYTES + 1);
        }
        Path folder = Files.createDirectory(dir.resolve("扫描件"));
        AbsenceViewModel page = page("a001");
        int before = details(page).attachments().size();
        page.addAttachments(List.of(big, folder));

        assertThat(dialogs.errors).singleElement().asString().contains("录像.mp4").contains("20 MB")
                .contains(tr("absence.attachment.folder", "扫描件"));
        assertThat(details(page).attachments()).hasSize(before);
        assertThat(changes).isZero();
    }

    @Test
    void savedCopiesKeepOnlyTheLastPartOfAStoredName() {
        assertThat(AbsenceViewModel.safeName("C:\\扫描\\通知.pdf")).isEqualTo("通知.pdf");
        assertThat(AbsenceViewModel.safeName("../..")).isEqualTo("attachment");
    }

    @Test
    void anAmendmentIsCheckedLiveNeedsAReasonAndStoresANewVersionLinkedToTheOld() {
        AbsenceViewModel page = page("a001");
        AbsenceDetails a = details(page);
        AppState state = new AppState(dir.resolve("office.db"), new ClerkSettings("张三", "wuhan"));
        RequestService requests = new RequestService(db, new RulebookService(), CalendarLoader.standard(),
                Messages.of(Locale.SIMPLIFIED_CHINESE), JUNE_20);
        RequestViewModel form = new RequestViewModel(requests, new StoreRegister(new RegisterService(db), tasks),
                tasks, dialogs, state, JUNE_20, Debouncer.immediate());
        List<String> abandoned = new ArrayList<>();
        form.amend(a.absence(), a.person(), draft -> lifecycle.previewAmendment("a001", draft),
                (draft, reason) -> {
                    AbsenceLifecycleService.Amended amended = lifecycle.amend("a001", draft, reason, page.clerk());
                    return new RequestService.Saved(amended.absence(), amended.evaluation());
                }, () -> abandoned.add("a001"));
        form.onSaved(saved -> opened.add(saved.id()));

        assertThat(form.destinationProperty().get()).isEqualTo("北京");
        // the reason is missing (no saving) but not shown in red before the clerk has been to the field
        assertThat(form.problemsProperty().get()).extracting(RequestViewModel.Problem::field)
                .containsExactly(RequestViewModel.Field.AMEND_REASON);
        assertThat(form.problem(RequestViewModel.Field.AMEND_REASON)).isEmpty();
        assertThat(form.canSaveBinding().get()).isFalse();

        form.returnDateProperty().set(LocalDate.of(2026, 6, 30));
        assertThat(form.resultProperty().get()).isPresent();
        form.amendReasonProperty().set("行程延长");
        form.save();

        assertThat(opened).singleElement().asString().startsWith("a001");
        String newId = opened.get(0);
        assertThat(newId).isNotEqualTo("a001");
        AbsenceDetails old = lifecycle.show("a001");
        assertThat(old.state()).isEqualTo(AbsenceState.SUPERSEDED);
        assertThat(old.supersededBy()).contains(newId);
        AbsenceDetails amended = lifecycle.show(newId);
        assertThat(amended.absence().returnDate()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(amended.supersedes()).contains("a001");
        assertThat(amended.chain()).allMatch(s -> s.status() != StepStatus.DONE);
        assertThat(dialogs.notifications).anyMatch(n -> n.contains(newId));

        form.abandonAmendment();
        assertThat(abandoned).containsExactly("a001");
    }

    @Test
    void anAmendedTripAbroadIntoABreachShowsTheBreach() {
        // The mayor's trips abroad: a new version with five countries and long days breaks the itinerary limits.
        AbsenceViewModel page = page("a001");
        AbsenceDetails a = details(page);
        cn.leavedesk.domain.Absence abroad = cn.leavedesk.domain.Absence.builder("", a.absence().personId(),
                        cn.leavedesk.domain.Kind.OFFICIAL_VISIT, Scope.ABROAD, LocalDate.of(2026, 7, 1),
                        LocalDate.of(2026, 7, 20))
                .filed(LocalDate.of(2026, 6, 1))
                .stops(List.of(new Stop("DE", true), new Stop("FR", true), new Stop("IT", true),
                        new Stop("ES", true), new Stop("PT", true)))
                .build();
        AbsenceLifecycleService.Amended amended = lifecycle.amend("a001", abroad, "改为出访", page.clerk());

        AbsenceViewModel next = page(amended.id());
        assertThat(details(next).evaluation().verdict()).isEqualTo(cn.leavedesk.domain.Verdict.VIOLATION);
        assertThat(details(next).evaluation().findings()).anyMatch(f -> f.article().isPresent());
        assertThat(Optional.of(details(next).absence().stops().size())).contains(5);
    }
}
