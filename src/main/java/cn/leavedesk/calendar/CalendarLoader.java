package cn.leavedesk.calendar;

import cn.leavedesk.domain.Message;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds the working calendar in layers, later layers replacing whole years of earlier ones:
 * the tyme4j library, then the schedules shipped under {@code resources/holidays/}, then the office's own
 * folder. A year's notice arrives late in the previous year; an office adds it as a file without waiting
 * for a new release.
 */
public final class CalendarLoader {
    /** Classpath folder of shipped schedule files, listed in {@code index.txt}. */
    static final String SHIPPED = "/leavedesk/holidays/";

    private CalendarLoader() {
    }

    /** Library and shipped schedules only. */
    public static WorkingCalendar standard() {
        return standard(Optional.empty());
    }

    /** Library, shipped and office schedules; the office folder's *.json files win. */
    public static WorkingCalendar standard(Optional<Path> officeFolder) {
        List<HolidaySchedule> layers = new ArrayList<>(LibrarySchedules.all());
        layers.addAll(shipped());
        officeFolder.ifPresent(folder -> layers.addAll(folder(folder)));
        return WorkingCalendar.of(layers);
    }

    static List<HolidaySchedule> shipped() {
        List<HolidaySchedule> result = new ArrayList<>();
        try (InputStream index = CalendarLoader.class.getResourceAsStream(SHIPPED + "index.txt")) {
            if (index == null) {
                return result;
            }
            for (String line : new String(index.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                String name = line.strip();
                if (name.isEmpty() || name.startsWith("#")) {
                    continue;
                }
                try (InputStream in = CalendarLoader.class.getResourceAsStream(SHIPPED + name)) {
                    if (in == null) {
                        throw new ScheduleFileException("holidays/index.txt", name, Message.of("calendar.problem.listedNotFound"));
                    }
                    result.add(ScheduleFiles.read("holidays/" + name, in));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    /** Every *.json file of an office folder, in name order. A missing folder holds no schedules. */
    public static List<HolidaySchedule> folder(Path folder) {
        List<HolidaySchedule> result = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return result;
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.json")) {
            stream.forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(null);
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                result.add(ScheduleFiles.read(file.toString(), in));
            } catch (IOException e) {
                throw new ScheduleFileException(file.toString(), "", Message.of("calendar.problem.unreadable",
                        String.valueOf(e.getMessage())));
            }
        }
        return result;
    }
}
