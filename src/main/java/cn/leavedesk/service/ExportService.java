package cn.leavedesk.service;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Meeting;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Roster;
import cn.leavedesk.domain.Status;
import cn.leavedesk.domain.Stop;
import cn.leavedesk.domain.lifecycle.AbsenceState;
import cn.leavedesk.domain.register.RegisterFilter;
import cn.leavedesk.io.ExportTable;
import cn.leavedesk.io.ListCell;
import cn.leavedesk.io.IcsWriter;
import cn.leavedesk.io.RegisterExport;
import cn.leavedesk.rules.Messages;
import cn.leavedesk.store.Database;
import cn.leavedesk.store.StoredAbsence;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.StandardCopyOption;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The register and the annual counts as tables for Excel. The register's headers and values are those the import
 * accepts, so an exported register loads into another LeaveDesk database unchanged (after its roster).
 */
public final class ExportService {
    /** What a file name's ending asks for. */
    public enum Format {
        CSV, XLSX;

        /** @throws IllegalArgumentException for any other ending */
        public static Format of(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".csv")) {
                return CSV;
            }
            if (name.endsWith(".xlsx")) {
                return XLSX;
            }
            throw new IllegalArgumentException(file.getFileName() + ": the file name must end in .csv or .xlsx");
        }
    }

    /**
     * The register file's headers, in Chinese whatever the clerk's language: they are the names the import reads
     * back (see {@code io/import-words.properties}).
     */
    static final List<String> REGISTER_HEADERS = headers("export.column.id", "export.column.person",
            "export.column.kind", "export.column.scope", "export.column.status", "export.column.filed",
            "export.column.depart", "export.column.return", "export.column.destination", "export.column.reason",
            "export.column.contact", "export.column.actingPerson", "export.column.attachments", "export.column.stops",
            "export.column.meetingType", "export.column.meetingConvener");
    private static final int PAGE = 5_000;

    private final Database db;

    private static List<String> headers(String... keys) {
        DisplayText chinese = DisplayText.chinese();
        return java.util.Arrays.stream(keys).map(chinese::tr).toList();
    }
    private final RulebookService rulebooks;
    private final Messages labels = Messages.chinese();

    public ExportService(Database db) {
        this(db, new RulebookService());
    }

    /** With the client's rulebooks, read once, for the quota column of the annual counts. */
    public ExportService(Database db, RulebookService rulebooks) {
        this.db = db;
        this.rulebooks = rulebooks;
    }

    /**
     * Every current version in the register (cancelled ones included, marked so), newest departure first; with a
     * year, those away on at least one day of it.
     */
    public ExportTable register(Optional<Year> year) {
        RegisterFilter filter = year.map(y -> RegisterFilter.all().between(y.atDay(1), y.atMonth(12).atEndOfMonth()))
                .orElse(RegisterFilter.all());
        List<List<Object>> rows = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            List<StoredAbsence> page = db.absences().findRegister(filter, PAGE, offset);
            page.forEach(stored -> rows.add(registerRow(stored.absence())));
            if (page.size() < PAGE) {
                break;
            }
        }
        return new ExportTable(REGISTER_HEADERS, rows);
    }

    /**
     * The rows a clerk filtered on the register screen, in its order, with the person's name and position beside
     * the id (the register export's other columns unchanged), the verdict and the open steps as the screen shows.
     */
    public ExportTable registerRows(List<RegisterRow> lines) {
        List<String> headers = new ArrayList<>(REGISTER_HEADERS);
        headers.addAll(2, headers("export.column.name", "export.column.role"));
        headers.addAll(headers("export.column.verdict", "export.column.openSteps"));
        List<List<Object>> rows = new ArrayList<>();
        for (RegisterRow line : lines) {
            List<Object> row = registerRow(line.absence());
            row.set(4, labels.label(line.state()));
            row.addAll(2, List.of(line.person().displayName(), labels.label(line.person().role())));
            row.add(line.verdict().map(labels::label).orElse(null));
            row.add(line.openSteps());
            rows.add(row);
        }
        return new ExportTable(headers, rows);
    }

    private List<Object> registerRow(Absence a) {
        List<Object> row = new ArrayList<>();
        row.add(a.id());
        row.add(a.personId());
        row.add(labels.label(a.kind()));
        row.add(labels.label(a.scope()));
        row.add(labels.label(a.status()));
        row.add(a.filed());
        row.add(a.depart());
        row.add(a.returnDate());
        row.add(a.destination());
        row.add(a.reason());
        row.add(a.contact());
        row.add(a.actingPerson());
        row.add(a.attachments().isEmpty() ? null : ListCell.join(a.attachments()));
        row.add(a.stops().isEmpty() ? null : a.stops().stream().map(ExportService::stop).collect(Collectors.joining(";")));
        row.add(a.meeting().map(m -> labels.label(m.type())));
        row.add(a.meeting().flatMap(Meeting::convener));
        return row;
    }

    private static String stop(Stop stop) {
        return stop.leavesAirport() ? stop.country() : stop.country() + ":transit";
    }

    /**
     * The annual counts as the 年度统计 screen shows them: its columns with its headers and role names, people's
     * names, the quota column, in the screen's order (see {@link AnnualCounts}); zeros written out.
     */
    public ExportTable annual(Year year) {
        DisplayText text = DisplayText.chinese();
        AnnualCounts counts = AnnualCounts.of(new AnnualReviewService(db, rulebooks).year(year.getValue()));
        List<List<Object>> rows = new ArrayList<>();
        for (AnnualReview.Line line : counts.lines()) {
            rows.add(counts.cells(line, text));
        }
        return new ExportTable(counts.headers(text), rows);
    }

    /**
     * Who is away as calendar events: one all-day event per active absence (cancelled and replaced versions left
     * out), those overlapping {@code from}–{@code to} when given, earliest first. The title names the person, the
     * kind and the destination; the uid is the absence's id, so a calendar that imports the file again replaces
     * its events instead of doubling them.
     */
    public List<IcsWriter.Event> calendar(Optional<LocalDate> from, Optional<LocalDate> to, Locale locale) {
        DisplayText text = DisplayText.of(locale);
        RegisterFilter filter = RegisterFilter.all().withStatus(Status.ACTIVE);
        if (from.isPresent() || to.isPresent()) {
            filter = filter.between(from.orElse(LocalDate.of(1900, 1, 1)), to.orElse(LocalDate.of(9999, 12, 31)));
        }
        Roster roster = db.people().roster();
        List<IcsWriter.Event> events = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            List<StoredAbsence> page = db.absences().findRegister(filter, PAGE, offset);
            for (StoredAbsence stored : page) {
                if (stored.state() == AbsenceState.ACTIVE) {
                    events.add(event(stored.absence(), roster, text));
                }
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        events.sort(Comparator.comparing(IcsWriter.Event::first).thenComparing(IcsWriter.Event::uid));
        return events;
    }

    private static IcsWriter.Event event(Absence a, Roster roster, DisplayText text) {
        Optional<Person> person = roster.find(a.personId());
        String name = person.map(Person::displayName).orElse(a.personId());
        String kind = a.kind() == Kind.MEETING_ABSENCE ? text.kind(a.kind())
                : text.tr("calendar.kindScope", text.kind(a.kind()), text.scope(a.scope()));
        Optional<String> place = a.destination().filter(s -> !s.isBlank());
        String summary = place.map(p -> text.tr("calendar.summary", name, kind, p))
                .orElseGet(() -> text.tr("calendar.summaryNoPlace", name, kind));
        List<String> details = new ArrayList<>();
        person.ifPresent(p -> details.add(text.tr("calendar.role", text.role(p.role()))));
        a.reason().filter(s -> !s.isBlank()).ifPresent(r -> details.add(text.tr("calendar.reason", r)));
        a.actingPerson().filter(s -> !s.isBlank()).ifPresent(acting -> details.add(text.tr("calendar.acting",
                roster.find(acting).map(Person::displayName).orElse(acting))));
        a.contact().filter(s -> !s.isBlank()).ifPresent(c -> details.add(text.tr("calendar.contact", c)));
        details.add(text.tr("calendar.id", a.id()));
        return new IcsWriter.Event(a.id() + "@leavedesk", a.depart(), a.returnDate(), summary, place,
                Optional.of(String.join("\n", details)), List.of(text.kind(a.kind())));
    }

    /** The events as an .ics file's bytes. */
    public static byte[] calendarFile(List<IcsWriter.Event> events, Instant stamp, Locale locale) {
        return IcsWriter.write(DisplayText.of(locale).tr("calendar.name"), events, stamp);
    }

    /** What to do when the export's target file already exists. */
    public enum ExistingFile {
        /** Refuse with {@link FileAlreadyExistsException}: the command line without {@code --force}. */
        REFUSE,
        /** Replace it: the clerk has confirmed (the client's save dialog asks, {@code --force} says so). */
        REPLACE
    }

    /** As {@link #write(ExportTable, Path, ExistingFile)}, replacing a file the clerk chose in a save dialog. */
    public void write(ExportTable table, Path target) throws IOException {
        write(table, target, ExistingFile.REPLACE);
    }

    /**
     * Writes the table as the file name's ending asks: UTF-8 CSV with a byte-order mark, or a workbook. The file
     * is written under a temporary name in the same folder and renamed when complete, so a failure (a full disk, a
     * kill) leaves no empty or partial export behind and never damages the file it would have replaced.
     *
     * @throws FileAlreadyExistsException when the target exists and {@code existing} is {@link ExistingFile#REFUSE}
     */
    public void write(ExportTable table, Path target, ExistingFile existing) throws IOException {
        Format format = Format.of(target);
        Path absolute = target.toAbsolutePath();
        if (existing == ExistingFile.REFUSE && Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        Path temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".part");
        try {
            switch (format) {
                case CSV -> RegisterExport.writeCsv(table, temporary);
                case XLSX -> RegisterExport.writeXlsx(table, temporary);
            }
            if (existing == ExistingFile.REFUSE) {
                Files.move(temporary, absolute); // refuses, rather than replaces, a file that appeared meanwhile
            } else {
                replace(temporary, absolute);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void replace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
