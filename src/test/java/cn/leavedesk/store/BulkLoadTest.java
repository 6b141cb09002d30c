package cn.leavedesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.domain.Status;
import cn.leavedesk.domain.Stop;
import cn.leavedesk.domain.lifecycle.AbsenceState;
import cn.leavedesk.domain.register.RegisterFilter;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch large enough for {@link BulkLoad} drops the secondary indexes while it inserts; afterwards the file must
 * look exactly as if the rows had gone in one by one, and a process killed in the middle must leave the file as it
 * was before the batch.
 */
class BulkLoadTest {
    private static final int ROWS = BulkLoad.MIN_ROWS;

    @TempDir
    Path dir;

    @Test
    void aBulkBatchLeavesEveryIndexAndTheSummaryAsAnOrdinaryInsertWould() {
        try (Database db = Fixtures.withRoster(dir.resolve("bulk.db"))) {
            List<String> before = indexes(db);
            List<Absence> batch = new ArrayList<>(ROWS);
            for (int i = 0; i < ROWS; i++) {
                LocalDate depart = LocalDate.of(2025, 1, 1).plusDays(i % 700);
                Absence.Builder b = Absence.builder(String.format("b%06d", i), i % 2 == 0 ? "v1" : "d1",
                        i % 3 == 0 ? Kind.OFFICIAL_VISIT : Kind.BUSINESS_TRIP,
                        i % 3 == 0 ? Scope.ABROAD : Scope.OUTSIDE_PROVINCE, depart, depart.plusDays(i % 9));
                if (i % 3 == 0) {
                    b.stops(List.of(new Stop("QA", false), new Stop("DE", true)));
                }
                if (i % 17 == 0) {
                    b.status(Status.CANCELLED);
                }
                batch.add(b.attachments(i % 2 == 0 ? List.of("邀请函.pdf") : List.of()).build());
            }
            assertThat(db.absences().insertBatch(batch, Fixtures.CLERK)).isEqualTo(ROWS);

            assertThat(indexes(db)).isEqualTo(before);
            assertThat(db.integrityCheck()).isEmpty();
            assertThat(db.absences().countRegister(RegisterFilter.all())).isEqualTo(ROWS);
            assertThat(db.absences().find("b000003").orElseThrow().absence().stops())
                    .containsExactly(new Stop("QA", false), new Stop("DE", true));
            long counted = batch.stream().filter(Absence::isActive).filter(a -> a.personId().equals("v1"))
                    .filter(a -> a.depart().getYear() == 2025).count();
            int reported = db.reports().forPerson("v1", 2025).orElseThrow().absences().values().stream()
                    .mapToInt(Integer::intValue).sum();
            assertThat(reported).isEqualTo(counted);
        }
    }

    @Test
    void aWriterKilledDuringABulkBatchLeavesTheFileAsBeforeTheBatch() throws Exception {
        Path file = dir.resolve("killed.db");
        for (long waitMillis : new long[] {300, 900, 1_800}) {
            long printed = runAndKill(file, waitMillis);
            try (Database db = Database.open(file, Fixtures.quietOptions())) {
                assertThat(db.integrityCheck()).isEmpty();
                assertThat(indexes(db)).as("every secondary index is there")
                        .contains("absence_state_person", "absence_depart_return", "absence_state_timeline",
                                "absence_event_absence", "attachment_absence");
                long stored = db.absences().countRegister(RegisterFilter.all());
                assertThat(stored % ROWS).as("no half batch").isZero();
                assertThat(stored).isGreaterThanOrEqualTo(printed);
                long counted = db.reports().forPerson(CrashWriter.PERSON, 2026)
                        .map(y -> y.absences().getOrDefault(Kind.BUSINESS_TRIP, 0)).orElse(0).longValue();
                assertThat(counted).as("summary in step").isEqualTo(stored);
            }
        }
    }

    @Test
    void checkConstraintsAreEnforcedAgainAfterABulkBatch() {
        try (Database db = Fixtures.withRoster(dir.resolve("checks.db"))) {
            List<Absence> batch = new ArrayList<>(ROWS);
            for (int i = 0; i < ROWS; i++) {
                LocalDate depart = LocalDate.of(2024, 3, 1).plusDays(i % 500);
                batch.add(Absence.builder(String.format("c%06d", i), "v1", Kind.LEAVE, Scope.WITHIN_CITY, depart,
                        depart.plusDays(i % 4)).build());
            }
            db.absences().insertBatch(batch, Fixtures.CLERK);

            long ignored = db.read(c -> pragma(c, "ignore_check_constraints"));
            assertThat(ignored).isZero();
            // integrity_check also evaluates every CHECK constraint on every row
            assertThat(db.integrityCheck()).isEmpty();
            Throwable refused = org.assertj.core.api.Assertions.catchThrowable(() -> db.write(c -> {
                try (Statement st = c.createStatement()) {
                    return st.executeUpdate("UPDATE absence SET kind = 'HOLIDAY' WHERE id = 'c000001'");
                }
            }));
            assertThat(refused).isNotNull();
        }
    }

    /**
     * While a bulk batch runs, SQLite skips the CHECK constraints of the absence tables because the values come
     * from Java enums; that only holds while each enum has exactly the names its column's CHECK lists.
     */
    @Test
    void theEnumsABulkBatchWritesHaveExactlyTheNamesTheSchemaChecks() {
        try (Database db = Fixtures.withRoster(dir.resolve("schema.db"))) {
            String absence = db.read(c -> tableSql(c, "absence"));
            String state = db.read(c -> tableSql(c, "absence_state"));
            assertThat(checkedNames(absence, "kind")).isEqualTo(names(Kind.values()));
            assertThat(checkedNames(absence, "scope")).isEqualTo(names(Scope.values()));
            assertThat(checkedNames(absence, "status")).isEqualTo(names(Status.values()));
            assertThat(checkedNames(absence, "meeting_type"))
                    .isEqualTo(names(cn.leavedesk.domain.MeetingType.values()));
            assertThat(checkedNames(state, "state")).isEqualTo(names(AbsenceState.values()));
        }
    }

    private static java.util.Set<String> checkedNames(String tableSql, String column) {
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("CHECK \\(" + column + " IN \\(([^)]*)\\)\\)").matcher(tableSql);
        assertThat(m.find()).as("CHECK on " + column).isTrue();
        java.util.Set<String> names = new java.util.TreeSet<>();
        for (String quoted : m.group(1).split(",")) {
            names.add(quoted.strip().replace("'", ""));
        }
        return names;
    }

    private static java.util.Set<String> names(Enum<?>[] values) {
        java.util.Set<String> names = new java.util.TreeSet<>();
        for (Enum<?> value : values) {
            names.add(value.name());
        }
        return names;
    }

    private static String tableSql(java.sql.Connection c, String table) throws java.sql.SQLException {
        try (java.sql.PreparedStatement ps = c.prepareStatement(
                "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getString(1).replaceAll("\\s+", " ");
            }
        }
    }

    private static long pragma(java.sql.Connection c, String name) throws java.sql.SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }

    private long runAndKill(Path file, long waitMillis) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                CrashWriter.class.getName(), file.toString(), Integer.toString(ROWS))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        long[] printed = new long[1];
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith("COMMITTED ")) {
                        synchronized (printed) {
                            printed[0] = Long.parseLong(line.substring("COMMITTED ".length()).trim());
                        }
                    }
                }
            } catch (java.io.IOException e) {
                // the pipe breaks when the process dies
            }
        });
        reader.start();
        Thread.sleep(waitMillis);
        process.destroyForcibly();
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        reader.join(5_000);
        synchronized (printed) {
            return printed[0];
        }
    }

    private static List<String> indexes(Database db) {
        return db.read(c -> {
            List<String> names = new ArrayList<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT name FROM sqlite_schema WHERE type = 'index' ORDER BY name")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        });
    }
}
