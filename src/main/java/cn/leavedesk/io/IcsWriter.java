package cn.leavedesk.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes all-day events as an iCalendar file (RFC 5545) that Outlook, WPS and phone calendars import: CRLF line
 * ends, lines folded at 75 octets without splitting a UTF-8 character, text escaped. Written by hand rather than
 * with ical4j (see {@code docs/decisions/0015-paper-forms-and-calendar.md}).
 */
public final class IcsWriter {
    /** Octets per line before folding, CRLF not counted (RFC 5545 3.1). */
    static final int LINE_OCTETS = 75;
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /**
     * One all-day event.
     *
     * @param uid  the same for the same absence in every export, so a calendar replaces rather than duplicates it
     * @param last the last day away, inclusive (written as DTEND the day after, which iCalendar excludes)
     */
    public record Event(String uid, LocalDate first, LocalDate last, String summary, Optional<String> location,
                        Optional<String> description, List<String> categories) {
        public Event {
            Objects.requireNonNull(uid, "uid");
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(last, "last");
            if (last.isBefore(first)) {
                throw new IllegalArgumentException("event ends before it starts");
            }
            Objects.requireNonNull(summary, "summary");
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(description, "description");
            categories = List.copyOf(categories);
        }
    }

    private IcsWriter() {
    }

    /** The calendar as bytes. */
    public static byte[] write(String calendarName, List<Event> events, Instant stamp) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            write(calendarName, events, stamp, bytes);
        } catch (IOException e) {
            throw new IllegalStateException("a byte array does not fail", e);
        }
        return bytes.toByteArray();
    }

    public static void write(String calendarName, List<Event> events, Instant stamp, OutputStream out)
            throws IOException {
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//LeaveDesk//LeaveDesk//ZH");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + escape(calendarName));
        for (Event event : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + escape(event.uid()));
            line(out, "DTSTAMP:" + STAMP.format(stamp));
            line(out, "DTSTART;VALUE=DATE:" + DATE.format(event.first()));
            line(out, "DTEND;VALUE=DATE:" + DATE.format(event.last().plusDays(1)));
            line(out, "SUMMARY:" + escape(event.summary()));
            if (event.location().isPresent()) {
                line(out, "LOCATION:" + escape(event.location().get()));
            }
            if (event.description().isPresent()) {
                line(out, "DESCRIPTION:" + escape(event.description().get()));
            }
            if (!event.categories().isEmpty()) {
                line(out, "CATEGORIES:" + String.join(",", event.categories().stream().map(IcsWriter::escape).toList()));
            }
            // someone else's absence must not show the reader as busy
            line(out, "TRANSP:TRANSPARENT");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
    }

    /** TEXT escaping (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                case '\r' -> {
                    if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                        out.append("\\n");
                    }
                }
                default -> out.append(Character.isISOControl(c) && c != '\t' ? ' ' : c);
            }
        }
        return out.toString();
    }

    /** Writes one content line, folded: CRLF and a space before every 75 octets, never inside a character. */
    private static void line(OutputStream out, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        int start = 0;
        int limit = LINE_OCTETS;
        while (bytes.length - start > limit) {
            int end = start + limit;
            while ((bytes[end] & 0xC0) == 0x80) {
                end--; // a continuation byte: break before the character it belongs to
            }
            out.write(bytes, start, end - start);
            out.write(new byte[] {'\r', '\n', ' '});
            start = end;
            limit = LINE_OCTETS - 1; // the leading space counts toward the next line's 75
        }
        out.write(bytes, start, bytes.length - start);
        out.write(new byte[] {'\r', '\n'});
    }
}
