package cn.leavedesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LockFileTest {
    @TempDir
    Path dir;

    @Test
    void aCleanCloseIsNotTakenForACrash() {
        Path db = dir.resolve("office.db");
        LockFile.acquire(db).close();

        try (LockFile again = LockFile.acquire(db)) {
            assertThat(again.previousHolderEndedUncleanly()).isFalse();
        }
    }

    @Test
    void anOwnerLeftInTheFileMeansThePreviousSessionDidNotCloseIt() throws Exception {
        Path db = dir.resolve("office.db");
        // what a killed process leaves: its pid still written, the OS lock gone with it
        Files.writeString(LockFile.pathFor(db), "pid 4242\n", StandardCharsets.UTF_8);

        try (LockFile lock = LockFile.acquire(db)) {
            assertThat(lock.previousHolderEndedUncleanly()).isTrue();
        }
    }

    @Test
    void aProblemFoundWhileOpenMakesTheNextOpenCheck() {
        Path db = dir.resolve("office.db");
        LockFile first = LockFile.acquire(db);
        first.requestCheckAtNextOpen();
        first.close();

        try (LockFile again = LockFile.acquire(db)) {
            assertThat(again.previousHolderEndedUncleanly()).isTrue();
        }
    }

    @Test
    void aClientOpenAfterACrashStillOpensAndACleanCloseEmptiesTheLockFile() throws Exception {
        Path db = dir.resolve("office.db");
        StoreOptions client = StoreOptions.defaults().withAutoBackup(AutoBackup.OFF)
                .withCheckAtOpen(StoreOptions.CheckAtOpen.AFTER_UNCLEAN_SHUTDOWN);
        try (Database created = Database.open(db, client)) {
            assertThat(created.quickCheckAside()).isEmpty();
        }
        Files.writeString(LockFile.pathFor(db), "pid 4242\n", StandardCharsets.UTF_8);

        try (Database reopened = Database.open(db, client)) {
            assertThat(reopened.isReadOnly()).isFalse();
        }
        assertThat(Files.size(LockFile.pathFor(db))).as("a clean close empties the lock file").isZero();
    }
}
