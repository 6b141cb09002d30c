package cn.leavedesk.service;

import cn.leavedesk.calendar.CalendarLoader;
import cn.leavedesk.calendar.HolidaySchedule;
import cn.leavedesk.calendar.LibrarySchedules;
import cn.leavedesk.calendar.ScheduleFileException;
import cn.leavedesk.calendar.ScheduleFiles;
import cn.leavedesk.calendar.SharedCalendar;
import cn.leavedesk.calendar.WorkingCalendar;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The official holiday years: which are known and where each comes from, and adding or correcting a year in the
 * office's holiday folder — from a file or from the notice's days typed into a form. Both go through
 * {@link ScheduleFiles#read}, the check {@code holidays add} has always made, so the screen and the command accept
 * and refuse the same schedules.
 */
public final class HolidayService {
    /** From this month on the client warns while next year's schedule is missing (notices come out in Nov/Dec). */
    static final Month WARN_FROM = Month.NOVEMBER;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path officeFolder;
    private final Optional<SharedCalendar> inForce;

    /** @param officeFolder the data folder's {@code holidays} folder (created on the first add) */
    public HolidayService(Path officeFolder) {
        this.officeFolder = Objects.requireNonNull(officeFolder, "officeFolder");
        this.inForce = Optional.empty();
    }

    /**
     * @param inForce the calendar the office's services count with: read again as soon as a year is stored, so the
     *                request form, the to-do list and who is away use the new year without a restart
     */
    public HolidayService(Path officeFolder, SharedCalendar inForce) {
        this.officeFolder = Objects.requireNonNull(officeFolder, "officeFolder");
        this.inForce = Optional.of(inForce);
    }

    public Path folder() {
        return officeFolder;
    }

    /** Whether an add may replace a year the office folder already holds. */
    public enum Existing { KEEP, REPLACE }

    /** What an add did. */
    public record Added(HolidaySchedule schedule, Path file, boolean replacedLibraryYear) {
        /** The year stored. */
        public int year() {
            return schedule.year();
        }

        /** The notice the year's days come from, as the schedule names it. */
        public String source() {
            return schedule.source();
        }
    }

    /** The office folder already holds this year and {@link Existing#KEEP} was asked. */
    public static final class YearExistsException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int year;
        private final transient Path file;

        YearExistsException(int year, Path file) {
            super(file + " already holds " + year);
            this.year = year;
            this.file = file;
        }

        public int year() {
            return year;
        }

        public Path file() {
            return file;
        }
    }

    /** The calendar the client and every command count with: library, shipped files, then the office folder. */
    public WorkingCalendar calendar() {
        return CalendarLoader.standard(Optional.of(officeFolder));
    }

    /** Every year with a schedule, oldest first, with where it comes from. */
    public List<HolidayYear> years() {
        WorkingCalendar calendar = calendar();
        Map<Integer, HolidaySchedule> office = CalendarLoader.folder(officeFolder).stream()
                .collect(Collectors.toMap(HolidaySchedule::year, Function.identity(), (a, b) -> b));
        List<HolidayYear> result = new ArrayList<>();
        for (int year : calendar.yearsWithSchedule()) {
            HolidaySchedule schedule = calendar.schedule(year).orElseThrow();
            HolidayYear.Origin origin = office.containsKey(year) ? HolidayYear.Origin.OFFICE
                    : LibrarySchedules.forYear(year).filter(s -> s.equals(schedule)).isPresent()
                    ? HolidayYear.Origin.LIBRARY : HolidayYear.Origin.SHIPPED;
            result.add(new HolidayYear(year, origin, schedule.source(), schedule.daysOff().size(),
                    schedule.makeUpWorkdays().size()));
        }
        return List.copyOf(result);
    }

    /**
     * The year after {@code today}'s when, from November on, it still has no schedule: deadlines in January would
     * otherwise be counted Monday to Friday.
     */
    public Optional<Integer> missingNextYear(LocalDate today) {
        int next = today.getYear() + 1;
        if (today.getMonth().compareTo(WARN_FROM) < 0 || calendar().hasSchedule(next)) {
            return Optional.empty();
        }
        return Optional.of(next);
    }

    /**
     * Checks a schedule file as {@code holidays add} does and copies it into the office folder as {@code YEAR.json}.
     *
     * @throws ScheduleFileException naming the file and the entry when the schedule is wrong; nothing is written
     * @throws YearExistsException   when the year is already in the office folder and {@code existing} is KEEP
     */
    public Added add(Path file, Existing existing) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return store(file.getFileName().toString(), bytes, existing);
    }

    /** The typed notice as a schedule, checked exactly as a file would be; nothing is written. */
    public HolidaySchedule check(HolidayNotice notice) {
        return read(notice.year() + ".json", json(notice));
    }

    /** Stores a typed notice as the year's file, after the same check as a file. */
    public Added add(HolidayNotice notice, Existing existing) throws IOException {
        return store(notice.year() + ".json", json(notice), existing);
    }

    private Added store(String name, byte[] bytes, Existing existing) throws IOException {
        HolidaySchedule schedule = read(name, bytes);
        Path target = officeFolder.resolve(schedule.year() + ".json");
        if (Files.exists(target) && existing == Existing.KEEP) {
            throw new YearExistsException(schedule.year(), target);
        }
        Files.createDirectories(officeFolder);
        // written beside the target and moved over it, so a failure half-way never leaves a broken year behind
        Path temporary = Files.createTempFile(officeFolder, "." + schedule.year(), ".part");
        try {
            Files.write(temporary, bytes);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        inForce.ifPresent(SharedCalendar::reload);
        boolean library = LibrarySchedules.forYear(schedule.year()).isPresent();
        return new Added(schedule, target, library);
    }

    private static HolidaySchedule read(String name, byte[] bytes) {
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            return ScheduleFiles.read(name, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file format of {@code resources/holidays/README.md}. */
    static byte[] json(HolidayNotice notice) {
        ObjectNode root = JSON.createObjectNode();
        root.put("year", notice.year());
        root.put("source", notice.source());
        ArrayNode holidays = root.putArray("holidays");
        for (HolidayNotice.Block block : notice.holidays()) {
            holidays.addObject().put("name", block.name()).put("from", block.from().toString())
                    .put("to", block.to().toString());
        }
        ArrayNode makeUp = root.putArray("makeUpWorkdays");
        notice.makeUpWorkdays().forEach(day -> makeUp.add(day.toString()));
        try {
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A known year as a notice to correct in the form: the office's file as typed, or else the schedule in force
     * with its days off grouped into blocks (their names left for the clerk).
     */
    public Optional<HolidayNotice> notice(int year) {
        Path file = officeFolder.resolve(year + ".json");
        if (!Files.isRegularFile(file)) {
            return calendar().schedule(year).map(HolidayService::asNotice);
        }
        try {
            com.fasterxml.jackson.databind.JsonNode root = JSON.readTree(file.toFile());
            List<HolidayNotice.Block> blocks = new ArrayList<>();
            root.path("holidays").forEach(b -> blocks.add(new HolidayNotice.Block(b.path("name").asText(),
                    LocalDate.parse(b.path("from").asText()), LocalDate.parse(b.path("to").asText()))));
            List<LocalDate> makeUp = new ArrayList<>();
            root.path("makeUpWorkdays").forEach(d -> makeUp.add(LocalDate.parse(d.asText())));
            return Optional.of(new HolidayNotice(year, root.path("source").asText(), blocks, makeUp));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static HolidayNotice asNotice(HolidaySchedule schedule) {
        List<HolidayNotice.Block> blocks = new ArrayList<>();
        LocalDate from = null;
        LocalDate previous = null;
        for (LocalDate day : schedule.daysOff()) {
            if (from != null && !day.equals(previous.plusDays(1))) {
                blocks.add(new HolidayNotice.Block("", from, previous));
                from = null;
            }
            from = from == null ? day : from;
            previous = day;
        }
        if (from != null) {
            blocks.add(new HolidayNotice.Block("", from, previous));
        }
        return new HolidayNotice(schedule.year(), schedule.source(), blocks, List.copyOf(schedule.makeUpWorkdays()));
    }
}
