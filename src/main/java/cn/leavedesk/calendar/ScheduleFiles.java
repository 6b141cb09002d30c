package cn.leavedesk.calendar;

import cn.leavedesk.domain.Message;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a year's holiday schedule as an office types it from the State Council notice:
 * <pre>
 * {"year": 2027, "source": "国办发明电〔2026〕…号",
 *  "holidays": [{"name": "元旦", "from": "2027-01-01", "to": "2027-01-01"}, …],
 *  "makeUpWorkdays": ["2027-02-07", …]}
 * </pre>
 * Every problem names the file and the entry, so that a clerk can fix the file.
 */
public final class ScheduleFiles {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> TOP_LEVEL = Set.of("year", "source", "holidays", "makeUpWorkdays", "note");
    private static final Set<String> HOLIDAY_FIELDS = Set.of("name", "from", "to");

    private ScheduleFiles() {
    }

    public static HolidaySchedule read(String fileName, InputStream in) {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            throw new ScheduleFileException(fileName, "", Message.of("calendar.problem.notJson",
                    e.getLocation().getLineNr(), e.getLocation().getColumnNr()));
        } catch (IOException e) {
            throw new ScheduleFileException(fileName, "", Message.of("calendar.problem.unreadable",
                    String.valueOf(e.getMessage())));
        }
        if (root == null || !root.isObject()) {
            throw new ScheduleFileException(fileName, "", Message.of("calendar.problem.notObject"));
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!TOP_LEVEL.contains(name)) {
                throw new ScheduleFileException(fileName, name, Message.of("calendar.problem.unknownTopField",
                        String.join(", ", new TreeSet<>(TOP_LEVEL))));
            }
        }
        JsonNode yearNode = root.get("year");
        if (yearNode == null || !yearNode.canConvertToInt() || !yearNode.isIntegralNumber()) {
            throw new ScheduleFileException(fileName, "year", Message.of("calendar.problem.yearRequired"));
        }
        int year = yearNode.intValue();
        JsonNode sourceNode = root.get("source");
        if (sourceNode == null || !sourceNode.isTextual() || sourceNode.asText().isBlank()) {
            throw new ScheduleFileException(fileName, "source",
                    Message.of("calendar.problem.sourceRequired"));
        }
        Set<LocalDate> daysOff = new TreeSet<>();
        JsonNode holidays = root.get("holidays");
        if (holidays == null || !holidays.isArray() || holidays.isEmpty()) {
            throw new ScheduleFileException(fileName, "holidays", Message.of("calendar.problem.holidaysRequired"));
        }
        for (int i = 0; i < holidays.size(); i++) {
            String at = "holidays[" + i + "]";
            JsonNode block = holidays.get(i);
            if (!block.isObject()) {
                throw new ScheduleFileException(fileName, at, Message.of("calendar.problem.blockShape"));
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = block.fields(); it.hasNext(); ) {
                String name = it.next().getKey();
                if (!HOLIDAY_FIELDS.contains(name)) {
                    throw new ScheduleFileException(fileName, at + "." + name, Message.of("calendar.problem.unknownField"));
                }
            }
            LocalDate from = date(fileName, at + ".from", block.get("from"), year);
            LocalDate to = date(fileName, at + ".to", block.get("to"), year);
            if (to.isBefore(from)) {
                throw new ScheduleFileException(fileName, at, Message.of("calendar.problem.endsBeforeStart", to, from));
            }
            if (from.plusDays(31).isBefore(to)) {
                throw new ScheduleFileException(fileName, at, Message.of("calendar.problem.blockTooLong"));
            }
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                daysOff.add(d);
            }
        }
        Set<LocalDate> workdays = new TreeSet<>();
        JsonNode makeUp = root.get("makeUpWorkdays");
        if (makeUp != null) {
            if (!makeUp.isArray()) {
                throw new ScheduleFileException(fileName, "makeUpWorkdays", Message.of("calendar.problem.makeUpList"));
            }
            for (int i = 0; i < makeUp.size(); i++) {
                String at = "makeUpWorkdays[" + i + "]";
                LocalDate day = date(fileName, at, makeUp.get(i), year);
                if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                    throw new ScheduleFileException(fileName, at, Message.of("calendar.problem.makeUpWeekday", day,
                            day.getDayOfWeek()));
                }
                if (daysOff.contains(day)) {
                    throw new ScheduleFileException(fileName, at, Message.of("calendar.problem.makeUpInBlock", day));
                }
                workdays.add(day);
            }
        }
        return HolidaySchedule.of(year, daysOff, workdays, sourceNode.asText().trim());
    }

    private static LocalDate date(String fileName, String at, JsonNode node, int year) {
        if (node == null || !node.isTextual()) {
            throw new ScheduleFileException(fileName, at, Message.of("calendar.problem.dateRequired"));
        }
        LocalDate day;
        try {
            day = LocalDate.parse(node.asText());
        } catch (DateTimeParseException e) {
            throw new ScheduleFileException(fileName, at, Message.of("calendar.problem.notADate", node.asText()));
        }
        // A New Year block may start in the last days of the previous year (e.g. 2023-12-30).
        if (day.getYear() != year && !(day.getYear() == year - 1 && day.getMonthValue() == 12)) {
            throw new ScheduleFileException(fileName, at, Message.of("calendar.problem.notInYear", day, year));
        }
        return day;
    }
}
