package cn.leavedesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.leavedesk.calendar.CalendarLoader;
import cn.leavedesk.calendar.WorkingCalendar;
import cn.leavedesk.domain.Actor;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Role;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.domain.importing.ImportCancelledException;
import cn.leavedesk.domain.importing.ImportMonitor;
import cn.leavedesk.domain.importing.MissingFact;
import cn.leavedesk.domain.importing.ParsedRow;
import cn.leavedesk.domain.importing.RequiredFact;
import cn.leavedesk.domain.importing.SuppliedFacts;
import cn.leavedesk.domain.register.RegisterFilter;
import cn.leavedesk.io.RowError;
import cn.leavedesk.io.RowProblem;
import cn.leavedesk.store.AutoBackup;
import cn.leavedesk.store.Database;
import cn.leavedesk.store.StoreOptions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registers offices already keep, previewed and imported on a real SQLite file. */
class ImportPreviewTest {
    private static final Actor CLERK = Actor.of("李文书");
    private static final String XLSX = "外出登记表.xlsx";
    private static WorkingCalendar calendar;

    @TempDir
    Path dir;
    private Database db;
    private ImportService service;

    @BeforeAll
    static void loadCalendar() {
        calendar = CalendarLoader.standard();
    }

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("t.db"), StoreOptions.defaults().withAutoBackup(AutoBackup.OFF));
        db.people().insertAll(List.of(Person.of("m", "王某", Role.MAYOR), Person.of("v1", "李某", Role.VICE_MAYOR),
                Person.of("d1", "赵某", Role.DEPARTMENT_HEAD), Person.of("d2", "张三", Role.DEPARTMENT_HEAD),
                Person.of("d3", "张三", Role.DISTRICT_HEAD)), CLERK);
        service = new ImportService(db, calendar);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<ImportFile> register() {
        return List.of(ImportFile.detect(OfficeRegisterFiles.xlsx(dir.resolve(XLSX), OfficeRegisterFiles.LINES)));
    }

    private int stored() {
        return db.absences().findRegister(RegisterFilter.all(), 1000, 0).size();
    }

    @Test
    void withoutKindAndScopeTheImportNamesBothMissingColumnsAndTheRowsThatNeedThem() {
        ImportPreview preview = service.preview(register(), SuppliedFacts.none());
        ImportResult refused = service.importFiles(register(), ChainRecording.RECORD, CLERK);

        assertThat(preview.importable()).isFalse();
        assertThat(preview.missingFacts()).extracting(MissingFact::file, MissingFact::fact, MissingFact::extent,
                MissingFact::rows).containsExactly(
                tuple(XLSX, RequiredFact.KIND, MissingFact.Extent.WHOLE_COLUMN, List.of(4, 5, 6, 7)),
                tuple(XLSX, RequiredFact.SCOPE, MissingFact.Extent.WHOLE_COLUMN, List.of(4, 5, 6, 7)));
        assertThat(refused.stored()).isFalse();
        assertThat(refused.errors()).extracting(RowError::row, RowError::problem).containsExactly(
                tuple(3, RowProblem.MISSING_FACT_COLUMN), tuple(3, RowProblem.MISSING_FACT_COLUMN));
        assertThat(refused.errors()).extracting(e -> e.reason(Locale.ENGLISH)).satisfiesExactly(
                kind -> assertThat(kind).contains("类型（kind）"), scope -> assertThat(scope).contains("范围（scope）"));
        assertThat(stored()).isZero();
    }

    @Test
    void suppliedFactsForTheColumnAndOneRowMakeAPreviewOfEveryRowWithoutWriting() {
        SuppliedFacts facts = SuppliedFacts.none()
                .withKind(XLSX, Kind.BUSINESS_TRIP)
                .withScope(XLSX, Scope.WITHIN_PROVINCE)
                .withScope(XLSX, 6, Scope.OUTSIDE_PROVINCE); // 苏州 is in Jiangsu

        ImportPreview preview = service.preview(register(), facts);

        assertThat(preview.errors()).isEmpty();
        assertThat(preview.missingFacts()).isEmpty();
        assertThat(preview.absences()).extracting(ParsedRow::row, r -> r.value().personId(), r -> r.value().scope(),
                r -> r.value().depart(), r -> r.value().returnDate(), r -> r.value().destination().orElseThrow())
                .containsExactly(
                        tuple(4, "m", Scope.WITHIN_PROVINCE, LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 3), "省政府"),
                        tuple(5, "v1", Scope.WITHIN_PROVINCE, LocalDate.of(2026, 4, 8), LocalDate.of(2026, 4, 10),
                                "宜昌市"),
                        tuple(6, "d1", Scope.OUTSIDE_PROVINCE, LocalDate.of(2026, 4, 15), LocalDate.of(2026, 4, 18),
                                "苏州市"),
                        tuple(7, "v1", Scope.WITHIN_PROVINCE, LocalDate.of(2026, 5, 6), LocalDate.of(2026, 5, 8),
                                "恩施州"));
        assertThat(preview.absences()).allSatisfy(row -> {
            assertThat(row.id()).isEqualTo(ParsedRow.IdSource.GENERATED);
            assertThat(row.value().kind()).isEqualTo(Kind.BUSINESS_TRIP);
            assertThat(row.value().id()).startsWith("imp-");
        });
        assertThat(preview.absences().get(1).value().reason()).contains("参加全省招商引资推进会");
        assertThat(stored()).isZero();
    }

    @Test
    void theScreenGetsEveryProblemWithItsPlaceAndWordedInTheClerksLanguage() {
        ImportPreview preview = service.preview(register(), SuppliedFacts.none());
        ImportPreview gone = service.preview(List.of(ImportFile.absences(dir.resolve("gone.csv"))),
                SuppliedFacts.none());

        assertThat(preview.issues(Locale.ENGLISH)).extracting(ImportIssue::file, ImportIssue::row,
                ImportIssue::column, ImportIssue::reason).containsExactlyElementsOf(preview.errors().stream()
                .map(e -> tuple(e.file(), e.row(), e.column(), e.reason(Locale.ENGLISH))).toList());
        assertThat(preview.issues(Locale.SIMPLIFIED_CHINESE)).extracting(ImportIssue::reason)
                .containsExactlyElementsOf(preview.errors().stream().map(RowError::reason).toList())
                .doesNotContainAnyElementsOf(preview.issues(Locale.ENGLISH).stream().map(ImportIssue::reason).toList());
        assertThat(preview.issues(Locale.ENGLISH)).noneMatch(ImportIssue::isWholeFile);
        assertThat(gone.issues(Locale.ENGLISH)).singleElement()
                .satisfies(issue -> assertThat(issue.isWholeFile()).isTrue());
    }

    @Test
    void aBlankKindCellIsAskedForByRow() {
        ImportPreview preview = service.preview(List.of(ImportFile.absences(TestCsv.write(dir, "blank.csv", """
                姓名,类型,范围,出发日期,返回日期
                王某,出差,省内,2026-04-03,2026-04-03
                李某,,省内,2026-04-08,2026-04-10
                """))), SuppliedFacts.none());
        ImportPreview supplied = service.preview(List.of(ImportFile.absences(dir.resolve("blank.csv"))),
                SuppliedFacts.none().withKind("blank.csv", 3, Kind.LEAVE));

        assertThat(preview.missingFacts()).extracting(MissingFact::fact, MissingFact::extent, MissingFact::rows)
                .containsExactly(tuple(RequiredFact.KIND, MissingFact.Extent.BLANK_CELLS, List.of(3)));
        assertThat(preview.errors()).extracting(RowError::row, RowError::column, RowError::problem)
                .containsExactly(tuple(3, "类型", RowProblem.REQUIRED));
        assertThat(supplied.errors()).isEmpty();
        assertThat(supplied.absences()).extracting(r -> r.value().kind()).containsExactly(Kind.BUSINESS_TRIP, Kind.LEAVE);
    }

    @Test
    void theSameRegisterImportedAgainIsRefusedAsDuplicateRowsEvenSavedAsCsv() {
        SuppliedFacts facts = SuppliedFacts.none().withKind(XLSX, Kind.BUSINESS_TRIP).withScope(XLSX, Scope.WITHIN_PROVINCE);
        ImportResult first = service.importFiles(register(), facts, ChainRecording.RECORD, CLERK);
        assertThat(first.errors()).isEmpty();
        assertThat(first.absences()).isEqualTo(4);
        assertThat(first.chains()).isEqualTo(4);

        ImportResult again = service.importFiles(register(), facts, ChainRecording.RECORD, CLERK);
        Path csv = OfficeRegisterFiles.gbkCsv(dir.resolve("外出登记表.csv"), OfficeRegisterFiles.LINES);
        SuppliedFacts csvFacts = SuppliedFacts.none().withKind(csv.getFileName().toString(), Kind.BUSINESS_TRIP)
                .withScope(csv.getFileName().toString(), Scope.WITHIN_PROVINCE);
        ImportPreview asCsv = service.preview(List.of(ImportFile.detect(csv)), csvFacts);

        assertThat(again.stored()).isFalse();
        assertThat(again.errors()).extracting(RowError::row, RowError::problem).containsExactly(
                tuple(4, RowProblem.ROW_STORED), tuple(5, RowProblem.ROW_STORED), tuple(6, RowProblem.ROW_STORED),
                tuple(7, RowProblem.ROW_STORED));
        assertThat(again.errors().get(0).describe()).startsWith("外出登记表.xlsx 第4行：这一行已经导入过");
        // dates are digested as dates: the CSV with 2026.4.3 and the workbook's date cells give the same ids
        assertThat(asCsv.absences()).extracting(r -> r.value().id())
                .containsExactlyInAnyOrderElementsOf(db.absences().findRegister(RegisterFilter.all(), 10, 0).stream()
                        .map(s -> s.absence().id()).toList());
        assertThat(asCsv.errors()).extracting(RowError::problem).containsOnly(RowProblem.ROW_STORED).hasSize(4);
        assertThat(stored()).isEqualTo(4);
    }

    @Test
    void namesAreResolvedAgainstTheRosterAndUnknownOrAmbiguousOnesNamed() {
        Path file = TestCsv.write(dir, "names.csv", """
                序号,姓名,外出事由,出发日期,返回日期,类型,范围
                1,王某,汇报,2026/4/3,2026/4/3,出差,省内
                2,孙某,调研,2026年4月8日,2026年4月9日,出差,省内
                3,张三,培训,2026-04-08,2026-04-09,出差,省内
                """);

        ImportPreview preview = service.preview(List.of(ImportFile.detect(file)), SuppliedFacts.none());

        assertThat(preview.errors()).extracting(RowError::row, RowError::column, e -> e.reason(Locale.ENGLISH))
                .containsExactly(
                        tuple(3, "姓名", "no one on the roster is \"孙某\"; give a roster id or name"),
                        tuple(4, "姓名", "the name \"张三\" belongs to more than one person (ids d2、d3); give the id instead"));
        assertThat(preview.absences()).extracting(r -> r.value().personId()).containsExactly("m");
    }

    @Test
    void twoIdenticalRowsInOneFileWithoutIdsAreARepeat() {
        Path file = TestCsv.write(dir, "twice.csv", """
                姓名,类型,范围,出发日期,返回日期
                王某,出差,省内,2026-04-03,2026-04-03
                王某,出差,省内,2026-04-03,2026-04-03
                """);

        ImportPreview preview = service.preview(List.of(ImportFile.detect(file)), SuppliedFacts.none());

        assertThat(preview.errors()).extracting(RowError::row, RowError::problem, RowError::args)
                .containsExactly(tuple(3, RowProblem.DUPLICATE_ROW, List.of("2")));
    }

    /** Writes a UTF-8 CSV. */
    static final class TestCsv {
        static Path write(Path dir, String name, String text) {
            try {
                return java.nio.file.Files.writeString(dir.resolve(name), text);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    @Test
    void progressIsReportedAndACancelStoresNothing() {
        StringBuilder rows = new StringBuilder("姓名,类型,范围,出发日期,返回日期\n");
        LocalDate day = LocalDate.of(2026, 1, 1);
        for (int i = 0; i < 1_200; i++) {
            rows.append("王某,出差,省内,").append(day.plusDays(i % 3000)).append(',').append(day.plusDays(i % 3000))
                    .append('\n');
        }
        Path file = TestCsv.write(dir, "big.csv", rows.toString());
        List<Integer> seen = new java.util.ArrayList<>();
        ImportMonitor watching = new ImportMonitor() {
            @Override
            public void rowsRead(String name, int count) {
                seen.add(count);
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
        ImportMonitor cancelling = new ImportMonitor() {
            @Override
            public void rowsRead(String name, int count) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };

        ImportPreview preview = service.preview(List.of(ImportFile.detect(file)), SuppliedFacts.none(), watching);

        assertThat(preview.errors()).isEmpty();
        assertThat(preview.absences()).hasSize(1_200);
        assertThat(seen).containsExactly(500, 1_000, 1_200);
        assertThatThrownBy(() -> service.importFiles(List.of(ImportFile.detect(file)), SuppliedFacts.none(),
                ChainRecording.RECORD, CLERK, cancelling)).isInstanceOf(ImportCancelledException.class);
        assertThat(stored()).isZero();
    }
}
