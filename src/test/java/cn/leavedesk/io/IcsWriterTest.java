package cn.leavedesk.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IcsWriterTest {
    private static final Instant STAMP = Instant.parse("2026-11-22T02:00:00Z");

    @Test
    void escapesTextAsRfc5545Says() {
        assertThat(IcsWriter.escape("a,b;c\\d\ne\r\nf")).isEqualTo("a\\,b\\;c\\\\d\\ne\\nf");
    }

    @Test
    void foldsAtSeventyFiveOctetsBetweenCharactersAndUnfoldsToTheSameText() {
        String summary = "王".repeat(60) + "x" + "市".repeat(40); // three-octet characters shifted by one ASCII
        IcsWriter.Event event = new IcsWriter.Event("e1@leavedesk", LocalDate.of(2026, 3, 9),
                LocalDate.of(2026, 3, 9), summary, Optional.empty(), Optional.empty(), List.of());

        String raw = new String(IcsWriter.write("日历", List.of(event), STAMP), StandardCharsets.UTF_8);

        for (String line : raw.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(IcsWriter.LINE_OCTETS);
            assertThat(line).doesNotContain("\uFFFD");
        }
        assertThat(raw.replace("\r\n ", "")).contains("SUMMARY:" + summary + "\r\n");
        assertThat(raw).contains("DTSTART;VALUE=DATE:20260309\r\n", "DTEND;VALUE=DATE:20260310\r\n",
                "DTSTAMP:20261122T020000Z\r\n");
    }

    @Test
    void aLineOfExactlySeventyFiveOctetsIsNotFolded() {
        String summary = "x".repeat(75 - "SUMMARY:".length());
        IcsWriter.Event event = new IcsWriter.Event("e1", LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 10),
                summary, Optional.empty(), Optional.empty(), List.of());

        String raw = new String(IcsWriter.write("c", List.of(event), STAMP), StandardCharsets.UTF_8);

        assertThat(raw).contains("\r\nSUMMARY:" + summary + "\r\n");
    }
}
