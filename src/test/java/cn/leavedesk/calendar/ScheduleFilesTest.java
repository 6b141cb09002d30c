package cn.leavedesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScheduleFilesTest {
    private static final String VALID = """
            {"year": 2027, "source": "测试通知",
             "holidays": [{"name": "元旦", "from": "2027-01-01", "to": "2027-01-03"},
                          {"name": "春节", "from": "2027-02-05", "to": "2027-02-12"}],
             "makeUpWorkdays": ["2027-02-14"]}
            """;

    private static HolidaySchedule read(String json) {
        return ScheduleFiles.read("2027.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsBlocksAndMakeUpDays() {
        HolidaySchedule schedule = read(VALID);
        assertThat(schedule.year()).isEqualTo(2027);
        assertThat(schedule.source()).isEqualTo("测试通知");
        assertThat(schedule.daysOff()).hasSize(11).contains(LocalDate.parse("2027-02-12"));
        assertThat(schedule.makeUpWorkdays()).containsExactly(LocalDate.parse("2027-02-14"));
    }

    @Test
    void aWeekdayMakeUpDayIsRefusedNamingTheEntry() {
        assertThatThrownBy(() -> read(VALID.replace("2027-02-14", "2027-02-17")))
                .isInstanceOf(ScheduleFileException.class)
                .hasMessageContaining("2027.json makeUpWorkdays[0]")
                .hasMessageContaining("Wednesday");
    }

    @Test
    void theCheckIsWordedInTheClerksLanguage() {
        assertThatThrownBy(() -> read(VALID.replace("2027-02-14", "2027-02-17")))
                .isInstanceOfSatisfying(ScheduleFileException.class, e -> {
                    assertThat(e.message(Locale.SIMPLIFIED_CHINESE))
                            .isEqualTo("2027.json makeUpWorkdays[0]：2027-02-17 是星期三，调休上班日都在周六或周日");
                    assertThat(e.message(Locale.ENGLISH)).isEqualTo("2027.json makeUpWorkdays[0]: 2027-02-17 is a"
                            + " Wednesday; make-up workdays fall on a Saturday or Sunday");
                });
        assertThatThrownBy(() -> read("{\"year\": 2027, \"source\": \"x\", \"holidays\": [3]}"))
                .isInstanceOfSatisfying(ScheduleFileException.class, e -> assertThat(e.message(Locale.ENGLISH))
                        .isEqualTo("2027.json holidays[0]: expected {\"name\", \"from\", \"to\"}"));
    }

    @Test
    void aBlockEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> read(VALID.replace("\"to\": \"2027-01-03\"", "\"to\": \"2026-12-30\"")))
                .hasMessageContaining("holidays[0]");
    }

    @Test
    void theSourceNoticeIsRequired() {
        assertThatThrownBy(() -> read(VALID.replace("\"source\": \"测试通知\",", "")))
                .hasMessageContaining("2027.json source");
    }

    @Test
    void anImpossibleDateIsRefused() {
        assertThatThrownBy(() -> read(VALID.replace("2027-02-12", "2027-02-30")))
                .hasMessageContaining("holidays[1].to").hasMessageContaining("2027-02-30");
    }

    @Test
    void aDateOfAnotherYearIsRefused() {
        assertThatThrownBy(() -> read(VALID.replace("2027-02-05", "2028-02-05")))
                .hasMessageContaining("holidays[1].from").hasMessageContaining("not in 2027");
    }

    @Test
    void unknownFieldsAndBrokenJsonAreRefused() {
        assertThatThrownBy(() -> read(VALID.replace("\"year\"", "\"yaer\""))).hasMessageContaining("yaer");
        assertThatThrownBy(() -> read("{\"year\": 2027,")).hasMessageContaining("not valid JSON");
    }

    @Test
    void anOfficeFolderOverridesTheLibrary(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("2027.json"), VALID);
        WorkingCalendar calendar = CalendarLoader.standard(Optional.of(folder));
        assertThat(calendar.hasSchedule(2027)).isTrue();
        assertThat(calendar.hasSchedule(2026)).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2027-02-14"))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2027-02-08"))).isFalse();
    }

    @Test
    void aMissingOfficeFolderHoldsNoSchedules(@TempDir Path folder) {
        assertThat(CalendarLoader.folder(folder.resolve("nothing-here"))).isEmpty();
    }
}
