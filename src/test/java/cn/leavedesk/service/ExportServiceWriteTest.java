package cn.leavedesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.leavedesk.io.ExportTable;
import cn.leavedesk.store.AutoBackup;
import cn.leavedesk.store.Database;
import cn.leavedesk.store.StoreOptions;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Exports are whole or absent, and replace an existing file only when told to. */
class ExportServiceWriteTest {
    @TempDir
    Path dir;

    /** A cell that fails while the file is half written, as a full disk would. */
    private static final Object FAILING_CELL = new Object() {
        @Override
        public String toString() {
            throw new IllegalStateException("disk full while writing");
        }
    };

    private ExportService service() {
        return new ExportService(Database.open(dir.resolve("t.db"), StoreOptions.defaults().withAutoBackup(AutoBackup.OFF)));
    }

    private static ExportTable table(Object cell) {
        return new ExportTable(List.of("编号"), List.of(List.of("a1"), List.of(cell)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"out.csv", "out.xlsx"})
    void aFailureHalfwayLeavesNoFileAndKeepsTheOldOne(String name) throws IOException {
        ExportService service = service();
        Path fresh = dir.resolve(name);
        Path existing = Files.writeString(dir.resolve("old-" + name), "old content");

        assertThatThrownBy(() -> service.write(table(FAILING_CELL), fresh, ExportService.ExistingFile.REFUSE))
                .hasMessageContaining("disk full");
        assertThatThrownBy(() -> service.write(table(FAILING_CELL), existing, ExportService.ExistingFile.REPLACE))
                .hasMessageContaining("disk full");

        assertThat(fresh).doesNotExist();
        assertThat(Files.readString(existing)).isEqualTo("old content");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void refuseKeepsAnExistingFileAndReplaceOverwritesIt() throws IOException {
        ExportService service = service();
        Path target = Files.writeString(dir.resolve("out.csv"), "old content");

        assertThatThrownBy(() -> service.write(table("a2"), target, ExportService.ExistingFile.REFUSE))
                .isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readString(target)).isEqualTo("old content");

        service.write(table("a2"), target, ExportService.ExistingFile.REPLACE);
        assertThat(Files.readString(target)).contains("a2");
    }
}
