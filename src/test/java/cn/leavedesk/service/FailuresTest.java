package cn.leavedesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import cn.leavedesk.store.AutoBackup;
import cn.leavedesk.store.Database;
import cn.leavedesk.store.StoreException;
import cn.leavedesk.store.StoreOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client reads the store's sentence for a failure through the service, in its own language. */
class FailuresTest {
    @TempDir
    Path dir;

    private StoreException realStoreFailure() throws IOException {
        Path notADatabase = Files.writeString(dir.resolve("notes.db"), "these are notes, not an office's records");
        try (Database db = Database.open(notADatabase, StoreOptions.defaults().withAutoBackup(AutoBackup.OFF))) {
            return fail("a text file opened as a database: " + db);
        } catch (StoreException e) {
            return e;
        }
    }

    @Test
    void aStoreFailureUnderAWrapperIsWordedInTheClerksLanguage() throws IOException {
        StoreException store = realStoreFailure();
        RuntimeException task = new RuntimeException("background task failed", store);

        assertThat(Failures.forClerk(task, Locale.SIMPLIFIED_CHINESE)).contains(store.getMessage());
        assertThat(Failures.forClerk(task, Locale.ENGLISH)).contains(store.englishMessage());
        assertThat(store.getMessage()).isNotEqualTo(store.englishMessage());
    }

    @Test
    void aFailureTheStoreIsNotBehindHasNoSentence() {
        assertThat(Failures.forClerk(new IllegalStateException("no"), Locale.SIMPLIFIED_CHINESE)).isEmpty();
    }
}
