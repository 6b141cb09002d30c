package cn.leavedesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.leavedesk.calendar.CalendarLoader;
import cn.leavedesk.calendar.WorkingCalendar;
import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Actor;
import cn.leavedesk.domain.register.RegisterFilter;
import cn.leavedesk.io.ExportTable;
import cn.leavedesk.io.RegisterExport;
import cn.leavedesk.store.AutoBackup;
import cn.leavedesk.store.Database;
import cn.leavedesk.store.StoreOptions;
import cn.leavedesk.store.StoredAbsence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The register exported as CSV or XLSX imports into another database exactly as it was. */
class RegisterRoundTripTest {
    private static final Actor CLERK = Actor.of("李文书");
    private static WorkingCalendar calendar;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadCalendar() {
        calendar = CalendarLoader.standard();
    }

    /** Ids and texts a spreadsheet could run as formulas, names with separators, an apostrophe of its own. */
    private static final String SCENARIO = """
            {"rulebook": "wuhan",
             "people": [{"id": "-m", "name": "王某", "role": "MAYOR"},
                        {"id": "=v1", "name": "李某", "role": "VICE_MAYOR"}],
             "history": [
               {"id": "-1", "person": "-m", "kind": "BUSINESS_TRIP", "scope": "OUTSIDE_PROVINCE",
                "depart": "2026-06-01", "return": "2026-06-03", "reason": "=SUM(A1)", "destination": "-北京",
                "contact": "+86 139 0000 0000", "attachments": ["批件;补充.pdf", "a\\\\b.pdf", "说明；附.pdf"]},
               {"id": "=2", "person": "=v1", "kind": "OFFICIAL_VISIT", "scope": "ABROAD", "filed": "2026-05-01",
                "depart": "2026-07-01", "return": "2026-07-08", "reason": "@会谈", "actingPerson": "'=v1",
                "stops": [{"country": "DE"}, {"country": "AE", "leavesAirport": false}]},
               {"id": "@3", "person": "-m", "kind": "LEAVE", "scope": "WITHIN_CITY", "status": "CANCELLED",
                "depart": "2026-08-01", "return": "2026-08-02", "reason": "''+两个撇号"},
               {"id": "'4", "person": "-m", "kind": "MEETING_ABSENCE", "depart": "2026-09-01",
                "return": "2026-09-01", "meeting": {"type": "EXECUTIVE", "convener": "=v1"}}
             ]}
            """;

    @ParameterizedTest
    @ValueSource(strings = {"register.csv", "register.xlsx"})
    void exportedRegisterReimportsUnchanged(String exportName) throws IOException {
        Path scenario = Files.writeString(dir.resolve("office.json"), SCENARIO, StandardCharsets.UTF_8);
        List<Absence> original;
        Path export = dir.resolve(exportName);
        try (Database first = open("first.db")) {
            ImportResult imported = new ImportService(first, calendar)
                    .importFiles(List.of(ImportFile.detect(scenario)), ChainRecording.SKIP, CLERK);
            assertThat(imported.errors()).isEmpty();
            original = register(first);
            ExportService export1 = new ExportService(first);
            export1.write(export1.register(java.util.Optional.empty()), export);
        }
        Path roster = dir.resolve("roster" + exportName.substring(exportName.indexOf('.')));
        ExportTable people = new ExportTable(List.of("编号", "姓名", "职务"),
                List.of(List.of("-m", "王某", "市长"), List.of("=v1", "李某", "副市长")));
        if (exportName.endsWith(".csv")) {
            RegisterExport.writeCsv(people, roster);
        } else {
            RegisterExport.writeXlsx(people, roster);
        }

        try (Database second = open("second.db")) {
            ImportResult result = new ImportService(second, calendar).importFiles(
                    List.of(ImportFile.roster(roster), ImportFile.absences(export)), ChainRecording.SKIP, CLERK);

            assertThat(result.errors()).isEmpty();
            assertThat(register(second)).isEqualTo(original);
        }
        assertThat(original).hasSize(4);
        assertThat(original.get(0).attachments()).containsExactly("批件;补充.pdf", "a\\b.pdf", "说明；附.pdf");
    }

    private Database open(String name) {
        return Database.open(dir.resolve(name), StoreOptions.defaults().withAutoBackup(AutoBackup.OFF));
    }

    private static List<Absence> register(Database db) {
        return db.absences().findRegister(RegisterFilter.all(), 100, 0).stream().map(StoredAbsence::absence)
                .sorted(Comparator.comparing(Absence::depart)).toList();
    }
}
