package cn.leavedesk.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * An office-editable data file (rulebook, holiday schedule) that cannot be used. The message names the file,
 * the entry (a JSON path, empty for the whole file) and what is wrong, so that a clerk can fix the file.
 * {@link #getMessage()} is English, for logs; the problem is a {@link Message}, said in the clerk's language by
 * {@link #problem(Locale)} and {@link #message(Locale)}.
 */
public abstract class DataFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final String path;
    private final String englishProblem;
    private final transient Message problem;

    protected DataFileException(String file, String path, Message problem) {
        super(file + (path.isEmpty() ? "" : " " + path) + ": " + problem.english());
        this.file = file;
        this.path = path;
        this.englishProblem = problem.english();
        this.problem = problem;
    }

    public String file() {
        return file;
    }

    public String path() {
        return path;
    }

    /** The problem as a bundle key and arguments, when it was given so. */
    public Optional<Message> problem() {
        return Optional.ofNullable(problem);
    }

    /** What is wrong with the entry, without the file and the entry, in Chinese or (for English) English. */
    public String problem(Locale locale) {
        return problem().map(p -> p.in(locale)).orElse(englishProblem);
    }

    /** The file, the entry and what is wrong, in the clerk's language. */
    public String message(Locale locale) {
        return Wording.of(locale).text("calendar.problemAt", path.isEmpty() ? file : file + " " + path,
                problem(locale));
    }
}
