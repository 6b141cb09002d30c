package cn.leavedesk.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code sqlite3} command-line shell as a yardstick: runs the annual report's own query on a file with
 * {@code .timer on} and returns the wall-clock times the shell reports, so the in-process figure can be set beside
 * what SQLite itself needs for the same work. The shell reads the file read-only and prints the rows to
 * {@code /dev/null}.
 */
public final class SqliteShell {
    private static final Pattern RUN_TIME = Pattern.compile("Run Time: real ([0-9.]+)");

    private final String executable;

    private SqliteShell(String executable) {
        this.executable = executable;
    }

    /** The {@code sqlite3} on the PATH, if there is one that answers {@code -version}. */
    public static Optional<SqliteShell> find() {
        try {
            Process p = new ProcessBuilder("sqlite3", "-version").redirectErrorStream(true).start();
            String version = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 && !version.isBlank()) {
                return Optional.of(new SqliteShell("sqlite3"));
            }
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.empty();
    }

    /** The shell's version line, e.g. {@code 3.40.1 2022-12-28 …}, first word only. */
    public String version() {
        try {
            Process p = new ProcessBuilder(executable, "-version").redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            p.waitFor(10, TimeUnit.SECONDS);
            int space = text.indexOf(' ');
            return space < 0 ? text : text.substring(0, space);
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    /**
     * Times {@code runs} executions of the annual report query for everyone in {@code year}.
     *
     * @return the shell's "real" time of each run, in milliseconds (the shell rounds to the millisecond)
     */
    public List<Double> timeAnnualReport(Path file, int year, int runs) throws IOException {
        String query = ReportQuery.LINES.replaceFirst("\\?", Integer.toString(year))
                .replace("?", "NULL") + ";\n";
        Process p = new ProcessBuilder(executable, "-readonly", file.toAbsolutePath().toString())
                .redirectErrorStream(true).start();
        try (Writer in = new java.io.OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8)) {
            in.write(".timer on\n.output /dev/null\n");
            for (int i = 0; i < runs; i++) {
                in.write(query);
            }
            in.write(".quit\n");
        }
        List<Double> times = new ArrayList<>();
        List<String> other = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                Matcher m = RUN_TIME.matcher(line);
                if (m.find()) {
                    times.add(Double.parseDouble(m.group(1)) * 1000);
                } else if (!line.isBlank()) {
                    other.add(line);
                }
            }
        }
        try {
            p.waitFor(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (times.size() != runs) {
            throw new IOException("sqlite3 did not time every run: " + String.join(" / ", other));
        }
        return times;
    }
}
