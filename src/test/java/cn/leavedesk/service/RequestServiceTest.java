package cn.leavedesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.leavedesk.calendar.CalendarLoader;
import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Action;
import cn.leavedesk.domain.Actor;
import cn.leavedesk.domain.Evaluation;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Party;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.domain.Severity;
import cn.leavedesk.domain.Step;
import cn.leavedesk.domain.Verdict;
import cn.leavedesk.rules.Messages;
import cn.leavedesk.store.Database;
import cn.leavedesk.store.DuplicateIdException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequestServiceTest {
    private static final Clock JUNE_1 = Clock.fixed(Instant.parse("2026-06-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final Actor CLERK = Actor.of("张晓燕");

    @TempDir
    Path dir;
    private Database db;
    private RequestService service;

    @BeforeEach
    void openWithDemoData() {
        db = ServiceFixtures.open(dir.resolve("office.db"));
        ServiceFixtures.demo(db).load();
        service = new RequestService(db, new RulebookService(), CalendarLoader.standard(), Messages.chinese(), JUNE_1);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** 高翔 (d9), a department head, to Beijing. */
    private static Absence.Builder departmentHeadToBeijing(String id, LocalDate filed) {
        return Absence.builder(id, "d9", Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE,
                        LocalDate.of(2026, 6, 10), LocalDate.of(2026, 6, 12))
                .filed(filed).destination("北京").reason("招商推介").contact("13800000009").actingPerson("副职代管")
                .attachments(java.util.List.of("通知.pdf"));
    }

    @Test
    void departmentHeadLeavingTheProvinceFilesWithTheGeneralOfficeThreeWorkingDaysAhead() {
        Evaluation result = service.preview(departmentHeadToBeijing(RequestService.DRAFT_ID,
                LocalDate.of(2026, 6, 1)).build());

        Step first = result.chain().get(0);
        assertThat(first.action()).isEqualTo(Action.FILE);
        assertThat(first.party()).isEqualTo(Party.GENERAL_OFFICE);
        // 10 June 2026 is a Wednesday: three working days before it is Friday 5 June.
        assertThat(first.by()).contains(LocalDate.of(2026, 6, 5));
        assertThat(first.article()).contains("武政〔2018〕54号").contains("六十七");
        assertThat(result.fileBy()).contains(LocalDate.of(2026, 6, 5));
    }

    @Test
    void filingAfterTheDeadlineIsAViolation() {
        Evaluation result = service.preview(departmentHeadToBeijing(RequestService.DRAFT_ID,
                LocalDate.of(2026, 6, 9)).build());

        assertThat(result.verdict()).isEqualTo(Verdict.VIOLATION);
        assertThat(result.findings()).anyMatch(f -> f.severity() == Severity.VIOLATION);
    }

    @Test
    void overlappingAnAbsenceOnRecordIsFoundFromTheStoredHistory() {
        service.save(departmentHeadToBeijing(RequestService.DRAFT_ID, LocalDate.of(2026, 6, 1)).build(), CLERK);

        Evaluation second = service.preview(departmentHeadToBeijing(RequestService.DRAFT_ID,
                LocalDate.of(2026, 6, 1)).build());

        assertThat(second.findings()).anyMatch(f -> f.message().contains("R20260601-001"));
    }

    @Test
    void savingStoresTheAbsenceAndItsChainUnderANewId() {
        RequestService.Saved saved = service.save(departmentHeadToBeijing(RequestService.DRAFT_ID,
                LocalDate.of(2026, 6, 1)).build(), CLERK);

        assertThat(saved.id()).isEqualTo("R20260601-001");
        assertThat(db.absences().find(saved.id())).isPresent();
        assertThat(db.chains().steps(saved.id())).extracting(s -> s.step())
                .containsExactlyElementsOf(saved.evaluation().chain());
        assertThat(db.chains().steps(saved.id())).isNotEmpty();
    }

    @Test
    void newIdsCountUpWithinTheDay() {
        Absence draft = departmentHeadToBeijing(RequestService.DRAFT_ID, LocalDate.of(2026, 6, 1)).build();
        service.save(draft, CLERK);

        assertThat(service.save(draft, CLERK).id()).isEqualTo("R20260601-002");
    }

    @Test
    void aTakenIdIsRefusedWithTheStoresMessageAndNothingIsWritten() {
        Absence taken = departmentHeadToBeijing("a001", LocalDate.of(2026, 6, 1)).build();

        assertThatThrownBy(() -> service.save(taken, CLERK))
                .isInstanceOf(DuplicateIdException.class)
                .hasMessageContaining("a001");
        assertThat(db.absences().find("a001").orElseThrow().absence().personId()).isEqualTo("d9");
        assertThat(db.absences().find("R20260601-001")).isEmpty();
    }

    @Test
    void theOfficesRulebookIsUsed() {
        assertThat(service.rulebook().id()).isEqualTo(SettingsService.DEFAULT_RULEBOOK);
        assertThat(service.today()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(Optional.of(service.roster().people().size())).contains(ServiceFixtures.DEMO_PEOPLE);
    }
}
