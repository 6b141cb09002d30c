package cn.leavedesk.service;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Meeting;
import cn.leavedesk.domain.Stop;
import cn.leavedesk.io.ExportTable;
import cn.leavedesk.io.ListCell;
import cn.leavedesk.io.RegisterExport;
import cn.leavedesk.rules.Messages;
import cn.leavedesk.store.AnnualReport;
import cn.leavedesk.store.Database;
import cn.leavedesk.store.PersonYear;
import cn.leavedesk.store.RegisterFilter;
import cn.leavedesk.store.StoredAbsence;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.StandardCopyOption;
import java.nio.file.Path;
import java.time.Year;
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

    static final List<String> REGISTER_HEADERS = List.of("编号", "人员编号", "类型", "范围", "状态", "报备日期",
            "出发日期", "返回日期", "目的地", "事由", "联系方式", "外出期间主持工作", "附件", "行程", "会议类型", "会议召集人");
    private static final int PAGE = 5_000;

    private final Database db;
    private final Messages labels = Messages.chinese();

    public ExportService(Database db) {
        this.db = db;
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

    /** The annual report as a table: one row per person, a column per kind, zeros written out. */
    public ExportTable annual(Year year) {
        AnnualReport report = db.reports().annual(year.getValue());
        List<String> headers = new ArrayList<>(List.of("编号", "姓名", "职务"));
        for (Kind kind : Kind.values()) {
            headers.add(labels.label(kind));
        }
        headers.add("外出天数");
        headers.add("出国(境)次数");
        List<List<Object>> rows = new ArrayList<>();
        for (PersonYear line : report.people()) {
            List<Object> row = new ArrayList<>(List.of(line.id(), line.name(), labels.label(line.role())));
            for (Kind kind : Kind.values()) {
                row.add(line.absences().getOrDefault(kind, 0));
            }
            row.add(line.daysAway());
            row.add(line.tripsAbroad());
            rows.add(row);
        }
        return new ExportTable(headers, rows);
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
