package cn.leavedesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.leavedesk.calendar.ScheduleFileException;
import cn.leavedesk.service.HolidayService.Existing;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HolidayServiceTest {
    @TempDir
    Path dir;

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    private static HolidayNotice notice2027(String source) {
        return new HolidayNotice(2027, source, List.of(
                new HolidayNotice.Block("元旦", day("2027-01-01"), day("2027-01-03")),
                new HolidayNotice.Block("春节", day("2027-02-05"), day("2027-02-11"))),
                List.of(day("2027-02-14")));
    }

    @Test
    void theLibraryYearsAreListedWithTheirSource() {
        HolidayService holidays = new HolidayService(dir.resolve("holidays"));

        assertThat(holidays.years()).extracting(HolidayYear::year).contains(2016, 2026).doesNotContain(2027);
        assertThat(holidays.years()).filteredOn(y -> y.year() == 2026).singleElement().satisfies(y -> {
            assertThat(y.origin()).isEqualTo(HolidayYear.Origin.LIBRARY);
            assertThat(y.source()).isEqualTo("tyme4j");
            assertThat(y.daysOff()).isGreaterThan(20);
        });
    }

    @Test
    void aTypedNoticeIsStoredAsTheYearsFileAndCountsFromThen() throws Exception {
        HolidayService holidays = new HolidayService(dir.resolve("holidays"));

        HolidayService.Added added = holidays.add(notice2027("国办发明电〔2026〕7号"), Existing.KEEP);

        assertThat(added.file()).isEqualTo(dir.resolve("holidays/2027.json"));
        assertThat(holidays.years()).filteredOn(y -> y.year() == 2027).singleElement().satisfies(y -> {
            assertThat(y.origin()).isEqualTo(HolidayYear.Origin.OFFICE);
            assertThat(y.source()).isEqualTo("国办发明电〔2026〕7号");
            assertThat(y.daysOff()).isEqualTo(3 + 7);
            assertThat(y.makeUpWorkdays()).isEqualTo(1);
        });
        assertThat(holidays.calendar().isWorkingDay(day("2027-02-14"))).isTrue();
        assertThat(holidays.calendar().isWorkingDay(day("2027-02-08"))).isFalse();
        assertThat(holidays.notice(2027)).contains(notice2027("国办发明电〔2026〕7号"));
    }

    @Test
    void aTypedNoticeIsCheckedAsTheCommandChecksAFile() {
        HolidayService holidays = new HolidayService(dir.resolve("holidays"));
        HolidayNotice weekday = new HolidayNotice(2027, "通知", notice2027("通知").holidays(),
                List.of(day("2027-02-17")));

        assertThatThrownBy(() -> holidays.add(weekday, Existing.KEEP)).isInstanceOfSatisfying(
                ScheduleFileException.class, e -> assertThat(e.path()).isEqualTo("makeUpWorkdays[0]"));
        assertThatThrownBy(() -> holidays.check(new HolidayNotice(2027, " ", notice2027("x").holidays(), List.of())))
                .isInstanceOfSatisfying(ScheduleFileException.class, e -> assertThat(e.path()).isEqualTo("source"));
        assertThat(Files.exists(dir.resolve("holidays/2027.json"))).isFalse();
    }

    @Test
    void anAddedYearIsKeptUnlessTheClerkAsksToCorrectIt() throws Exception {
        HolidayService holidays = new HolidayService(dir.resolve("holidays"));
        holidays.add(notice2027("第一稿"), Existing.KEEP);

        assertThatThrownBy(() -> holidays.add(notice2027("第二稿"), Existing.KEEP))
                .isInstanceOf(HolidayService.YearExistsException.class);
        assertThat(holidays.notice(2027).orElseThrow().source()).isEqualTo("第一稿");
        holidays.add(notice2027("第二稿"), Existing.REPLACE);
        assertThat(holidays.notice(2027).orElseThrow().source()).isEqualTo("第二稿");
        try (var files = Files.list(dir.resolve("holidays"))) {
            assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("2027.json");
        }
    }

    @Test
    void aFileIsCheckedAndCopiedAndABrokenOneNamesTheEntry() throws Exception {
        HolidayService holidays = new HolidayService(dir.resolve("holidays"));
        Path file = dir.resolve("notice.json");
        Files.write(file, HolidayService.json(notice2027("文件")));
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, Files.readString(file).replace("2027-01-03", "2026-12-29"));

        assertThatThrownBy(() -> holidays.add(broken, Existing.KEEP)).isInstanceOfSatisfying(
                ScheduleFileException.class, e -> {
                    assertThat(e.file()).isEqualTo("broken.json");
                    assertThat(e.path()).isEqualTo("holidays[0]");
                });
        assertThat(holidays.add(file, Existing.KEEP).schedule().year()).isEqualTo(2027);
    }

    @Test
    void fromNovemberOnTheMissingNextYearIsNamed() throws Exception {
        HolidayService holidays = new HolidayService(dir.resolve("holidays"));

        assertThat(holidays.missingNextYear(day("2026-10-31"))).isEmpty();
        assertThat(holidays.missingNextYear(day("2026-11-30"))).contains(2027);
        assertThat(holidays.missingNextYear(day("2025-11-30"))).isEmpty();
        holidays.add(notice2027("通知"), Existing.KEEP);
        assertThat(holidays.missingNextYear(day("2026-11-30"))).isEmpty();
    }
}
