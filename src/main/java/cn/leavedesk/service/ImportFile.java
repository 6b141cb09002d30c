package cn.leavedesk.service;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * One file of an import and what it holds. A {@code .json} file is a scenario; a {@code .csv} or {@code .xlsx}
 * file is a roster or an absences table, told apart by its header unless the clerk said which.
 */
public record ImportFile(Path path, Content content) {
    public enum Content { DETECT, SCENARIO, ROSTER, ABSENCES }

    public ImportFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
    }

    public static ImportFile detect(Path path) {
        return new ImportFile(path, isJson(path) ? Content.SCENARIO : Content.DETECT);
    }

    public static ImportFile roster(Path path) {
        return new ImportFile(path, Content.ROSTER);
    }

    public static ImportFile absences(Path path) {
        return new ImportFile(path, Content.ABSENCES);
    }

    public String fileName() {
        return path.getFileName().toString();
    }

    static boolean isJson(Path path) {
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    boolean isCsv() {
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    }
}
