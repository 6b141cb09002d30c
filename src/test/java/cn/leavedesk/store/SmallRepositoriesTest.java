package cn.leavedesk.store;

import static cn.leavedesk.store.Fixtures.CLERK;
import static cn.leavedesk.store.Fixtures.trip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.leavedesk.domain.Action;
import cn.leavedesk.domain.Actor;
import cn.leavedesk.domain.MeetingType;
import cn.leavedesk.domain.Party;
import cn.leavedesk.domain.Step;
import cn.leavedesk.domain.lifecycle.AttachmentInfo;
import cn.leavedesk.domain.lifecycle.DoneHow;
import cn.leavedesk.domain.lifecycle.EventType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmallRepositoriesTest {
    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() {
        db = Fixtures.withRoster(dir.resolve("a.db"));
        db.absences().insert(trip("t1", "d1", "2026-03-02", "2026-03-04"), CLERK);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void chainStepIsMarkedDoneByWhomWhenAndHowOnce() {
        List<Step> chain = List.of(
                new Step(Action.APPROVE, Party.SUPERVISING_VICE_MAYOR, Optional.of(Fixtures.day("2026-02-26")),
                        "武政〔2018〕54号 六十七"),
                new Step(Action.FILE, Party.GENERAL_OFFICE, Optional.empty(), "武政〔2018〕54号 六十七"));
        db.chains().saveSteps("t1", chain, CLERK);
        Instant when = Instant.parse("2026-02-25T07:00:00Z");
        db.chains().markDone("t1", 1, "赵副市长", when, DoneHow.ORAL, CLERK);

        List<ChainStep> steps = db.chains().steps("t1");
        assertThat(steps).extracting(ChainStep::step).containsExactlyElementsOf(chain);
        assertThat(steps.get(0)).satisfies(s -> {
            assertThat(s.state()).isEqualTo(StepState.DONE);
            assertThat(s.doneBy()).contains("赵副市长");
            assertThat(s.doneAt()).contains(when);
            assertThat(s.doneHow()).contains(DoneHow.ORAL);
        });
        assertThat(steps.get(1).state()).isEqualTo(StepState.PENDING);
        assertThat(db.absences().events("t1")).extracting(AbsenceEvent::type)
                .containsExactly(EventType.FILED, EventType.STEP_DONE);

        assertThatThrownBy(() -> db.chains().markDone("t1", 1, "x", when, DoneHow.WRITTEN, CLERK))
                .isInstanceOf(InvalidChangeException.class);
        assertThatThrownBy(() -> db.chains().markDone("t1", 9, "x", when, DoneHow.WRITTEN, CLERK))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> db.chains().saveSteps("t1", chain, CLERK)).isInstanceOf(InvalidChangeException.class);
    }

    @Test
    void attachmentBytesAreStoredWithTheirHash() {
        byte[] pdf = "%PDF-1.7 邀请函".getBytes(StandardCharsets.UTF_8);
        AttachmentInfo info = db.attachments().store("t1", "邀请函.pdf", Optional.of("application/pdf"), pdf, CLERK);
        assertThat(info.size()).contains((long) pdf.length);
        assertThat(info.sha256()).contains(AttachmentRepository.sha256(pdf));
        assertThat(db.attachments().content(info.id())).hasValueSatisfying(b -> assertThat(b).isEqualTo(pdf));
        assertThat(db.absences().find("t1").orElseThrow().absence().attachments()).containsExactly("邀请函.pdf");
        assertThatThrownBy(() -> db.attachments().store("nope", "x", Optional.empty(), pdf, CLERK))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void meetingsAreFoundByDate() {
        ScheduledMeeting plenary = new ScheduledMeeting("mt1", MeetingType.PLENARY, Fixtures.day("2026-03-05"),
                Optional.of("m"), Optional.of("第十次全体会议"));
        db.meetings().insert(plenary, CLERK);
        assertThat(db.meetings().find("mt1")).contains(plenary);
        assertThat(db.meetings().between(Fixtures.day("2026-03-01"), Fixtures.day("2026-03-05")))
                .containsExactly(plenary);
        assertThatThrownBy(() -> db.meetings().insert(plenary, CLERK)).isInstanceOf(DuplicateIdException.class);
    }

    @Test
    void settingsAreAuditedAndNameTheActor() {
        assertThat(db.settings().currentActor()).isEqualTo(Actor.osAccount());
        db.settings().put(SettingsRepository.CLERK_NAME, "李文书", CLERK);
        db.settings().put(SettingsRepository.RULEBOOK, "wuhan", CLERK);
        db.settings().put(SettingsRepository.RULEBOOK, "hangzhou", CLERK);
        assertThat(db.settings().get(SettingsRepository.RULEBOOK)).contains("hangzhou");
        assertThat(db.settings().currentActor()).isEqualTo(Actor.of("李文书"));
        assertThat(db.audit().forEntity("setting", SettingsRepository.RULEBOOK)).last()
                .satisfies(e -> assertThat(e.detailJson()).isEqualTo("{\"after\":\"hangzhou\",\"before\":\"wuhan\"}"));
    }
}
