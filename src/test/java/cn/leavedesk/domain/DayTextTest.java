package cn.leavedesk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DayTextTest {
    @ParameterizedTest
    @ValueSource(strings = {"2026-04-03", "2026-4-3", "2026/4/3", "2026.4.3", "2026年4月3日", " 2026 年 4 月 3 日 ",
            "2026-04-03 08:30", "2026/4/3 8:30:00", "2026-04-03T08:30:00"})
    void everyWayOfficesWriteADayReadsAsThatDay(String text) {
        assertThat(DayText.parse(text)).contains(LocalDate.of(2026, 4, 3));
    }

    @ParameterizedTest
    @CsvSource({"2026-13-45, NO_SUCH_DAY", "2026-02-30, NO_SUCH_DAY", "0000-01-01, OUT_OF_RANGE",
            "1948-12-31, OUT_OF_RANGE", "2101-01-01, OUT_OF_RANGE", "9999-12-31, OUT_OF_RANGE",
            "下周一, UNREADABLE", "2026-4, UNREADABLE", "2026-04/03, UNREADABLE", "45000, UNREADABLE"})
    void whatIsNotADaySaysWhy(String text, DayText.Problem problem) {
        assertThat(DayText.read(text).problem()).contains(problem);
        assertThat(DayText.read(text).day()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void blankIsNeitherADayNorAProblem(String text) {
        assertThat(DayText.read(text).isBlank()).isTrue();
    }

    @Test
    void theRangeIncludesItsEnds() {
        assertThat(DayText.parse("1949-01-01")).contains(DayText.EARLIEST);
        assertThat(DayText.parse("2100-12-31")).contains(DayText.LATEST);
    }
}
