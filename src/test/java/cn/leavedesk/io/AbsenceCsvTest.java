package cn.leavedesk.io;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Meeting;
import cn.leavedesk.domain.MeetingType;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Role;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.domain.Status;
import cn.leavedesk.domain.Stop;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class AbsenceCsvTest {
    private static final List<Person> ROSTER = List.of(
            Person.of("m", "王某", Role.MAYOR),
            Person.of("v1", "李某", Role.VICE_MAYOR),
            Person.of("d1", "赵某", Role.DEPARTMENT_HEAD),
            Person.of("d2", "张三", Role.DEPARTMENT_HEAD),
            Person.of("d3", "张三", Role.DEPARTMENT_HEAD));
    private static final String ENGLISH_HEADER = "id,person,kind,scope,status,filed,depart,return,destination,"
            + "reason,contact,acting_person,attachments,stops,meeting_type,meeting_convener";

    @TempDir
    Path dir;

    @Test
    void englishHeaderWithEveryColumn() {
        Path file = TestFiles.utf8(dir, "absences.csv", ENGLISH_HEADER,
                "r1,m,OFFICIAL_VISIT,ABROAD,ACTIVE,2026-05-20,2026-07-01,2026-07-08,英国、法国,友城交流,"
                        + "13900000000,v1,出访批件.pdf;邀请函.pdf,GB;AE:transit;FR,,");

        ImportBatch batch = AbsenceCsv.read(file, ROSTER);

        assertThat(batch.errors()).isEmpty();
        Absence absence = batch.absences().get(0);
        assertThat(absence.kind()).isEqualTo(Kind.OFFICIAL_VISIT);
        assertThat(absence.scope()).isEqualTo(Scope.ABROAD);
        assertThat(absence.filed()).contains(LocalDate.of(2026, 5, 20));
        assertThat(absence.returnDate()).isEqualTo(LocalDate.of(2026, 7, 8));
        assertThat(absence.destination()).contains("英国、法国");
        assertThat(absence.actingPerson()).contains("v1");
        assertThat(absence.attachments()).containsExactly("出访批件.pdf", "邀请函.pdf");
        assertThat(absence.stops()).containsExactly(new Stop("GB", true), new Stop("AE", false), new Stop("FR", true));
        assertThat(absence.meeting()).isEmpty();
    }

    @Test
    void chineseHeadersAndLabelsInGbk() {
        Path file = TestFiles.gbk(dir, "外出登记.csv",
                "编号,人员,类型,范围,状态,报备日期,出发日期,返回日期,目的地,事由,外出期间主持工作,附件,行程,会议类型,会议召集人",
                "a1,赵某,出差,省外,有效,2026/6/1,2026/6/3,2026/6/5,上海,参加会议,副局长戊,,,,",
                "a2,d1,休假,省内,已取消,,2026.8.1,2026.8.7,,,,,,,",
                "a3,v1,会议请假,,,,2026年6月10日,2026年6月10日,,出差在外,,,,常务会议,王某",
                "a4,王某,出访,出国（境）,,,2026-09-01,2026-09-05,,,,,DE;AE:中转,,");

        ImportBatch batch = AbsenceCsv.read(file, ROSTER);

        assertThat(batch.errors()).isEmpty();
        assertThat(batch.absences()).extracting(Absence::id, Absence::personId, Absence::kind, Absence::scope,
                Absence::status).containsExactly(
                tuple("a1", "d1", Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE, Status.ACTIVE),
                tuple("a2", "d1", Kind.LEAVE, Scope.WITHIN_PROVINCE, Status.CANCELLED),
                tuple("a3", "v1", Kind.MEETING_ABSENCE, Scope.WITHIN_CITY, Status.ACTIVE),
                tuple("a4", "m", Kind.OFFICIAL_VISIT, Scope.ABROAD, Status.ACTIVE));
        assertThat(batch.absences().get(0).actingPerson()).contains("副局长戊");
        assertThat(batch.absences().get(2).meeting())
                .contains(new Meeting(MeetingType.EXECUTIVE, java.util.Optional.of("m")));
        assertThat(batch.absences().get(3).stops()).containsExactly(new Stop("DE", true), new Stop("AE", false));
    }

    @Test
    void personsImportedInTheSameBatchAreKnown() {
        Path roster = TestFiles.utf8(dir, "roster.csv", "id,name,role", "n1,新局长,局长");
        Path absences = TestFiles.utf8(dir, "absences.csv",
                "id,person,kind,scope,depart,return", "a1,新局长,外出,市内,2026-06-01,2026-06-01");

        ImportBatch people = RosterCsv.read(roster, ROSTER);
        List<Person> known = new java.util.ArrayList<>(ROSTER);
        known.addAll(people.people());
        ImportBatch batch = people.merge(AbsenceCsv.read(absences, known));

        assertThat(batch.errors()).isEmpty();
        assertThat(batch.people()).hasSize(1);
        assertThat(batch.absences()).singleElement().extracting(Absence::personId).isEqualTo("n1");
    }

    @Test
    void everyKindOfBadRowIsCollected() {
        Path file = TestFiles.utf8Bom(dir, "absences.csv",
                "编号,人员,类型,范围,出发日期,返回日期,行程,会议类型,会议召集人",
                "a1,d1,出差,省外,2026-06-03,2026-06-01,,,",      // 2: return before depart
                "a2,x9,出差,省外,2026-06-03,2026-06-05,,,",      // 3: unknown person
                "a3,d1,旅游,火星,2026-06-03,2026-06-05,,,",      // 4: unknown kind and scope
                "a4,d1,出差,省外,2026-13-03,六月五日,,,",         // 5: impossible and unreadable dates
                "a1,d1,出差,省外,2026-06-03,2026-06-05,,,",      // 6: duplicate id
                "a6,张三,出差,省外,2026-06-03,2026-06-05,,,",    // 7: ambiguous name
                "a7,d1,出差,,2026-06-03,2026-06-05,,,",          // 8: scope missing
                "a8,d1,出访,境外,2026-06-03,2026-06-05,Germany,,", // 9: bad stop
                "a9,d1,会议请假,,2026-06-03,2026-06-03,,,王某",   // 10: convener without meeting type
                ",,,,,,,,",                                       // 11: blank row, skipped
                "a10,,,,,,,,");                                   // 12: required cells empty

        ImportBatch batch = AbsenceCsv.read(file, ROSTER);

        assertThat(batch.absences()).isEmpty();
        assertThat(batch.errors()).extracting(RowError::row, RowError::column).containsExactlyInAnyOrder(
                tuple(2, "返回日期"),
                tuple(3, "人员"),
                tuple(4, "类型"), tuple(4, "范围"),
                tuple(5, "出发日期"), tuple(5, "返回日期"),
                tuple(6, "编号"),
                tuple(7, "人员"),
                tuple(8, "范围"),
                tuple(9, "行程"),
                tuple(10, "会议类型"),
                tuple(12, "人员"), tuple(12, "类型"), tuple(12, "出发日期"), tuple(12, "返回日期"));
        assertThat(batch.errors()).allSatisfy(error -> assertThat(error.file()).isEqualTo("absences.csv"));
        assertThat(reasonAt(batch, 2)).contains("早于出发日期 2026-06-03");
        assertThat(reasonAt(batch, 3)).contains("x9");
        assertThat(reasonAt(batch, 6)).contains("第2行重复");
        assertThat(reasonAt(batch, 7)).contains("d2").contains("d3");
    }

    @Test
    void missingColumnsNameTheFileAndTheColumns() {
        Path file = TestFiles.utf8(dir, "absences.csv", "id,person,kind,depart", "a1,d1,LEAVE,2026-06-01");

        ImportBatch batch = AbsenceCsv.read(file, ROSTER);

        assertThat(batch.errors()).singleElement().satisfies(error -> {
            assertThat(error.row()).isEqualTo(1);
            assertThat(error.reason()).contains("返回日期（return）").doesNotContain("depart");
            assertThat(error.describe()).startsWith("absences.csv 第1行");
        });
    }

    @Test
    void unterminatedQuoteIsReportedAsAnError() {
        Path file = TestFiles.utf8(dir, "absences.csv",
                "id,person,kind,scope,depart,return",
                "a1,d1,LEAVE,WITHIN_CITY,2026-06-01,2026-06-02",
                "a2,d1,\"LEAVE,WITHIN_CITY,2026-06-01,2026-06-02");

        ImportBatch batch = AbsenceCsv.read(file, ROSTER);

        assertThat(batch.errors()).singleElement().satisfies(error -> {
            assertThat(error.row()).isEqualTo(3);
            assertThat(error.reason()).contains("引号");
        });
    }

    @Test
    void quotedMultiLineCellStaysOneRowAsInExcel() {
        Path file = TestFiles.utf8(dir, "absences.csv",
                "id,person,kind,scope,depart,return,reason",
                "a1,d1,LEAVE,WITHIN_CITY,2026-06-01,2026-06-02,\"第一行",
                "第二行\"",
                "a2,d1,LEAVE,WITHIN_CITY,2026-06-05,2026-06-01,");

        ImportBatch batch = AbsenceCsv.read(file, ROSTER);

        assertThat(batch.errors()).singleElement().extracting(RowError::row).isEqualTo(3);
    }

    @Test
    void emptyAndHeaderOnlyFiles() {
        ImportBatch empty = AbsenceCsv.read(TestFiles.utf8(dir, "empty.csv", "", ""), ROSTER);
        ImportBatch headerOnly = AbsenceCsv.read(TestFiles.gbk(dir, "header.csv",
                "编号,人员,类型,范围,出发日期,返回日期"), ROSTER);

        assertThat(empty.errors()).singleElement().extracting(RowError::reason).asString().contains("文件为空");
        assertThat(headerOnly.errors()).singleElement().extracting(RowError::reason).asString().contains("没有数据行");
    }

    /** Slow (a 50 MB file): `-Dtest.excluded=bench` runs it. How fast it parses is the benchmark's business. */
    @Test
    @Tag("slow")
    void fiftyMegabyteFileIsStreamed() throws IOException {
        Path file = dir.resolve("big.csv");
        int rows = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("编号,人员,类型,范围,报备日期,出发日期,返回日期,目的地,事由\r\n");
            while (Files.size(file) < 50L * 1024 * 1024 && rows < 2_000_000) {
                for (int i = 0; i < 10_000; i++, rows++) {
                    out.write("a" + rows + ",d1,出差,省外,2026-06-01,2026-06-03,2026-06-05,上海市浦东新区,"
                            + "参加全国交通工作会议并考察交流\r\n");
                }
                out.flush();
            }
        }
        assertThat(Files.size(file)).isGreaterThanOrEqualTo(50L * 1024 * 1024);

        ImportBatch batch = AbsenceCsv.read(file, ROSTER);

        assertThat(batch.errors()).isEmpty();
        assertThat(batch.absences()).hasSize(rows);
    }

    private static String reasonAt(ImportBatch batch, int row) {
        return batch.errors().stream().filter(e -> e.row() == row).findFirst().orElseThrow().reason();
    }
}
