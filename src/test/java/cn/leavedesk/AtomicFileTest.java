package cn.leavedesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path dir;

    private Stream<String> names() throws IOException {
        return Files.list(dir).map(p -> p.getFileName().toString());
    }

    @Test
    void aFailureHalfWayLeavesNothingUnderEitherName() throws Exception {
        Path target = dir.resolve("export.csv");

        assertThatThrownBy(() -> AtomicFile.createNew(target, temporary -> {
            Files.writeString(temporary, "half a file", StandardCharsets.UTF_8);
            throw new IOException("No space left on device");
        })).hasMessageContaining("No space left");

        assertThat(names()).isEmpty();
    }

    @Test
    void theTargetAppearsOnlyWhenComplete() throws Exception {
        Path target = dir.resolve("sub/export.csv");

        AtomicFile.createNew(target, temporary -> {
            assertThat(target).doesNotExist();
            assertThat(AtomicFile.isLeftover(temporary.getFileName().toString(), "export.csv")).isTrue();
            Files.writeString(temporary, "whole", StandardCharsets.UTF_8);
        });

        assertThat(Files.readString(target)).isEqualTo("whole");
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void createNewNeverReplacesAndReplaceDoes() throws Exception {
        Path target = Files.writeString(dir.resolve("mine.txt"), "mine");

        assertThatThrownBy(() -> AtomicFile.createNew(target, t -> Files.writeString(t, "theirs")))
                .isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readString(target)).isEqualTo("mine");

        AtomicFile.replace(target, t -> Files.writeString(t, "new"));
        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(names()).containsExactly("mine.txt");
    }

    @Test
    void aFileThatAppearsWhileTheContentIsWrittenIsNotReplaced() throws Exception {
        Path target = dir.resolve("race.db");

        assertThatThrownBy(() -> AtomicFile.createNew(target, t -> {
            Files.writeString(target, "someone else's");
            Files.writeString(t, "ours");
        })).isInstanceOf(FileAlreadyExistsException.class);

        assertThat(Files.readString(target)).isEqualTo("someone else's");
        assertThat(names()).containsExactly("race.db");
    }
}
