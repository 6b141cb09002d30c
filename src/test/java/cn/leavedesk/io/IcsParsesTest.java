package cn.leavedesk.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;
import org.junit.jupiter.api.Test;

/** The hand-written file read back by ical4j, a full iCalendar parser, as a calendar program would read it. */
class IcsParsesTest {
    @Test
    void ical4jReadsTheEventsBackWithTheirTextAndDays() throws Exception {
        String longPlace = "英国伯明翰市政厅及曼彻斯特大学联合举办的友城合作交流活动；第二站：伦敦, 第三站：爱丁堡";
        List<IcsWriter.Event> events = List.of(
                new IcsWriter.Event("a1@leavedesk", LocalDate.of(2026, 6, 3), LocalDate.of(2026, 6, 5),
                        "赵某 出差（省外）：上海,浦东", Optional.of("上海,浦东"),
                        Optional.of("职务：部门主要负责人\n事由：招商推介；签约\\备案"), List.of("出差")),
                new IcsWriter.Event("a2@leavedesk", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 8),
                        "王某 出访（出国（境））：" + longPlace, Optional.of(longPlace), Optional.empty(), List.of("出访")));

        byte[] file = IcsWriter.write("LeaveDesk 外出安排", events, Instant.parse("2026-11-22T02:00:00Z"));
        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(file));

        List<CalendarComponent> read = calendar.getComponents(Component.VEVENT);
        assertThat(read).hasSize(2);
        CalendarComponent first = read.get(0);
        assertThat(value(first, Property.UID)).isEqualTo("a1@leavedesk");
        assertThat(value(first, Property.SUMMARY)).isEqualTo("赵某 出差（省外）：上海,浦东");
        assertThat(value(first, Property.LOCATION)).isEqualTo("上海,浦东");
        assertThat(value(first, Property.DESCRIPTION)).isEqualTo("职务：部门主要负责人\n事由：招商推介；签约\\备案");
        assertThat(value(first, Property.DTSTART)).isEqualTo("20260603");
        assertThat(value(first, Property.DTEND)).isEqualTo("20260606");
        assertThat(value(read.get(1), Property.SUMMARY)).isEqualTo("王某 出访（出国（境））：" + longPlace);
        assertThat(value(read.get(1), Property.LOCATION)).isEqualTo(longPlace);
    }

    private static String value(CalendarComponent component, String name) {
        return component.getProperty(name).map(Property::getValue).orElseThrow();
    }
}
