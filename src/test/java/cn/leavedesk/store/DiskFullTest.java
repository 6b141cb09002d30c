package cn.leavedesk.store;

import static cn.leavedesk.store.Fixtures.CLERK;
import static cn.leavedesk.store.Fixtures.trip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.register.RegisterFilter;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SQLITE_FULL on a real file, on every machine: {@code PRAGMA max_page_count} makes SQLite refuse to grow the file
 * exactly as a full disk does (the tmpfs test in {@code cli.DiskFullCommandTest} runs where mounting is allowed).
 */
class DiskFullTest {
    @TempDir
    Path dir;

    private static void capAt(Database db, long pages) {
        db.read(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA max_page_count = " + pages);
            }
            return null;
        });
    }

    private static long pageCount(Database db) {
        return db.read(c -> {
            try (Statement st = c.createStatement(); var rs = st.executeQuery("PRAGMA page_count")) {
                return rs.getLong(1);
            }
        });
    }

    private static List<Absence> manyTrips(int count) {
        List<Absence> trips = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            trips.add(trip("t" + i, "m", "2026-03-02", "2026-03-04"));
        }
        return trips;
    }

    @Test
    void aFullDiskDuringAnImportSaysSoAndNothingIsStored() {
        try (Database db = Fixtures.withRoster(dir.resolve("leavedesk.db"))) {
            capAt(db, pageCount(db) + 2);

            assertThatThrownBy(() -> db.absences().insertBatch(manyTrips(3000), CLERK))
                    .isInstanceOf(StorageFailureException.class)
                    .satisfies(e -> assertThat(((StoreException) e).code()).isEqualTo("DISK_FULL"))
                    .hasMessageContaining("磁盘已满");

            assertThat(db.absences().countRegister(RegisterFilter.all())).isZero();
            // the connection is usable again once there is room
            capAt(db, 1_000_000);
            db.absences().insertBatch(manyTrips(3000), CLERK);
            assertThat(db.absences().countRegister(RegisterFilter.all())).isEqualTo(3000);
        }
    }

    @Test
    void aFullDiskInsideAnOuterTransactionSaysSoToo() {
        try (Database db = Fixtures.withRoster(dir.resolve("leavedesk.db"))) {
            capAt(db, pageCount(db) + 2);

            assertThatThrownBy(() -> db.inTransaction(() -> {
                for (Absence trip : manyTrips(3000)) {
                    db.absences().insert(trip, CLERK);
                }
            })).isInstanceOf(StorageFailureException.class)
                    .satisfies(e -> assertThat(((StoreException) e).code()).isEqualTo("DISK_FULL"));
            assertThat(db.absences().countRegister(RegisterFilter.all())).isZero();
            assertThat(db.integrityCheck()).isEmpty();
        }
    }
}
