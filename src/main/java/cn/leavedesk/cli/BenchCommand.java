package cn.leavedesk.cli;

import cn.leavedesk.bench.BenchResult;
import cn.leavedesk.bench.OfficeBench;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code leavedesk bench [--absences N] [--people N] [--years N] [--samples N] [--db FILE] [--keep]}: the
 * office-scale benchmark. Builds a fresh database from a fixed seed, prints the figures against their targets, and
 * deletes the file afterwards unless {@code --keep}. Exit status 0 when every target is met, 1 when one is missed.
 */
public final class BenchCommand implements Command {
    private static final int DEFAULT_ABSENCES = 1_000_000;
    private static final int DEFAULT_PEOPLE = 2_000;
    private static final int DEFAULT_YEARS = 20;
    private static final int DEFAULT_SAMPLES = 1_000;

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String synopsis() {
        return "bench [--absences N] [--people N] [--years N] [--samples N] [--db FILE] [--keep]\n"
                + "                                 time load, report, range query and check on a generated office";
    }

    @Override
    public int run(List<String> args, CliContext context) throws Exception {
        int absences = DEFAULT_ABSENCES;
        int people = DEFAULT_PEOPLE;
        int years = DEFAULT_YEARS;
        int samples = DEFAULT_SAMPLES;
        Optional<Path> db = context.db();
        boolean keep = false;
        List<String> rest = new ArrayList<>(args);
        while (!rest.isEmpty()) {
            String option = rest.remove(0);
            switch (option) {
                case "--absences" -> absences = positive(option, rest);
                case "--people" -> people = positive(option, rest);
                case "--years" -> years = positive(option, rest);
                case "--samples" -> samples = positive(option, rest);
                case "--db" -> db = Optional.of(Path.of(value(option, rest)));
                case "--keep" -> keep = true;
                default -> throw new UsageException("bench: unknown option " + option + "; usage: " + synopsis());
            }
        }
        if (db.isPresent() && Files.exists(db.get())) {
            throw new UsageException("bench: " + db.get() + " already exists; the bench writes a fresh database,"
                    + " name a file that does not exist");
        }
        Path folder = db.isPresent() ? null : Files.createTempDirectory("leavedesk-bench");
        Path file = db.orElseGet(() -> folder.resolve("bench.db"));
        OfficeBench.Settings settings = OfficeBench.Settings.office(people, years, absences)
                .withSamples(samples, Math.max(20, samples / 5));
        BenchResult result;
        try {
            result = new OfficeBench(settings, line -> context.err().println("bench: " + line)).run(file);
        } finally {
            if (!keep) {
                delete(file);
                if (folder != null) {
                    deleteTree(folder);
                }
            }
        }
        context.out().print(result.table());
        if (keep) {
            context.out().println("Database kept: " + file.toAbsolutePath());
        }
        return result.allPass() ? 0 : 1;
    }

    /** The database and what SQLite and the store keep beside it. */
    private static void delete(Path file) throws IOException {
        for (String suffix : List.of("", "-wal", "-shm", "-journal", ".lock")) {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static int positive(String option, List<String> rest) throws UsageException {
        String text = value(option, rest).replace("_", "").replace(",", "");
        try {
            int n = Integer.parseInt(text);
            if (n < 1) {
                throw new UsageException("bench: " + option + " must be at least 1");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException("bench: " + option + " expects a whole number, not " + text);
        }
    }

    private static String value(String option, List<String> rest) throws UsageException {
        if (rest.isEmpty()) {
            throw new UsageException("bench: " + option + " needs a value");
        }
        return rest.remove(0);
    }
}
