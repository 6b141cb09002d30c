package cn.leavedesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.leavedesk.calendar.CalendarLoader;
import cn.leavedesk.domain.Person;
import cn.leavedesk.service.ImportPreview.Code;
import cn.leavedesk.service.ImportPreview.Content;
import cn.leavedesk.service.ImportPreview.Issue;
import cn.leavedesk.store.Database;
import cn.leavedesk.store.RegisterFilter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportPreviewServiceTest {
    private static final Charset GBK = Charset.forName("GBK");
    static final String ROSTER_HEADER = "编号,姓名,职务,分管领域,分管副市长,任期开始,任期结束,联系方式";

    @TempDir
    Path dir;

    private Path gbk(String name, String... lines) throws Exception {
        return Files.write(dir.resolve(name), String.join("\r\n", lines).getBytes(GBK));
    }

    private static ImportPreviewService service(Database db) {
        return new ImportPreviewService(db, new RulebookService(), CalendarLoader.standard());
    }

    @Test
    void aGbkRosterWithABadRowIsPreviewedWithTheRowAndColumnAndNothingIsWritten() throws Exception {
        Path roster = gbk("花名册.csv", ROSTER_HEADER,
                "m,王建国,市长,,,2022-01-10,2027-01-09,13900000001",
                "v1,陈静怡,副市长,外事、商务,,2022-01-10,2027-01-09,13900000003",
                "d1,刘洋,处长,,v1,,,13800000001");
        try (Database db = ServiceFixtures.open(dir.resolve("p.db"))) {
            ImportPreview preview = service(db).preview(List.of(roster), ImportProgress.NONE);

            assertThat(preview.canStore()).isFalse();
            assertThat(preview.people()).extracting(Person::name).containsExactly("王建国", "陈静怡");
            assertThat(preview.issues()).singleElement().satisfies(issue -> {
                assertThat(issue.file()).isEqualTo("花名册.csv");
                assertThat(issue.row()).isEqualTo(4);
                assertThat(issue.column()).isEqualTo("职务");
                assertThat(issue.rowError()).isPresent();
            });
            assertThat(preview.files()).singleElement().satisfies(f -> {
                assertThat(f.content()).isEqualTo(Content.ROSTER);
                assertThat(f.issues()).isEqualTo(1);
            });
            assertThat(db.people().all()).isEmpty();
            assertThatThrownBy(() -> service(db).store(preview, ImportProgress.NONE))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void theFixedFileIsStoredExactlyAsPreviewedPeopleBeforeAbsences() throws Exception {
        Path absences = Files.writeString(dir.resolve("外出.csv"), String.join("\r\n",
                "编号,人员,类型,范围,出发日期,返回日期,目的地",
                "a1,v1,出差,省外,2026-03-02,2026-03-04,北京"));
        Path roster = gbk("花名册.csv", ROSTER_HEADER,
                "m,王建国,市长,,,2022-01-10,2027-01-09,13900000001",
                "v1,陈静怡,副市长,外事、商务,,2022-01-10,2027-01-09,13900000003");
        try (Database db = ServiceFixtures.open(dir.resolve("p.db"))) {
            ImportPreview preview = service(db).preview(List.of(absences, roster), ImportProgress.NONE);
            assertThat(preview.issues()).isEmpty();
            assertThat(preview.files()).extracting(ImportPreview.FileSummary::content)
                    .containsExactly(Content.ABSENCES, Content.ROSTER);

            ImportPreviewService.Stored stored = service(db).store(preview, ImportProgress.NONE);

            assertThat(stored.people()).isEqualTo(2);
            assertThat(stored.absences()).isEqualTo(1);
            assertThat(stored.chains()).isEqualTo(1);
            assertThat(db.people().all()).hasSize(2);
            assertThat(db.chains().steps("a1")).isNotEmpty();

            ImportPreview again = service(db).preview(List.of(roster, absences), ImportProgress.NONE);
            assertThat(again.issues()).extracting(Issue::code).extracting(c -> c.orElseThrow())
                    .containsExactly(Code.PERSON_ALREADY_STORED, Code.PERSON_ALREADY_STORED,
                            Code.ABSENCE_ALREADY_STORED);
        }
    }

    @Test
    void aTableThatIsNeitherRosterNorAbsencesIsNamed() throws Exception {
        Path other = Files.writeString(dir.resolve("other.csv"), "甲,乙\r\n1,2");
        try (Database db = ServiceFixtures.open(dir.resolve("p.db"))) {
            ImportPreview preview = service(db).preview(List.of(other, dir.resolve("gone.csv")), ImportProgress.NONE);

            assertThat(preview.issues()).extracting(i -> i.file() + ":" + i.code().orElseThrow())
                    .containsExactly("other.csv:UNKNOWN_TABLE", "gone.csv:FILE_MISSING");
        }
    }

    @Test
    void aLargeImportReportsProgressAndACancelLeavesNothingBehind() throws Exception {
        List<String> lines = new ArrayList<>(List.of(ROSTER_HEADER));
        for (int i = 0; i < 5_000; i++) {
            lines.add("p" + i + ",人员" + i + ",部门主要负责人,,,,,");
        }
        Path roster = gbk("大花名册.csv", lines.toArray(String[]::new));
        try (Database db = ServiceFixtures.open(dir.resolve("p.db"))) {
            ImportPreview preview = service(db).preview(List.of(roster), ImportProgress.NONE);
            assertThat(preview.people()).hasSize(5_000);
            List<Long> seen = new ArrayList<>();
            ImportProgress cancelHalfWay = new ImportProgress() {
                @Override
                public void update(long done, long total) {
                    seen.add(done);
                }

                @Override
                public boolean isCancelled() {
                    return seen.stream().anyMatch(d -> d >= ImportPreviewService.CHUNK);
                }
            };

            assertThatThrownBy(() -> service(db).store(preview, cancelHalfWay))
                    .isInstanceOf(CancellationException.class);

            assertThat(seen).contains((long) ImportPreviewService.CHUNK);
            assertThat(db.people().all()).isEmpty();
            assertThat(db.audit().recent(10)).isEmpty();
            assertThat(db.absences().countRegister(RegisterFilter.all())).isZero();
            assertThat(service(db).store(preview, ImportProgress.NONE).people()).isEqualTo(5_000);
        }
    }
}
