package cn.leavedesk.bench;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Person;
import java.time.LocalDate;
import java.util.List;

/**
 * What {@link OfficeGenerator} made: the roster and every absence, ordered by departure day and numbered in that
 * order, as an office that files requests as they come would number them.
 *
 * @param firstDay the first day any absence may start
 * @param lastDay  the last day any absence may start
 */
public record GeneratedOffice(List<Person> people, List<Absence> absences, LocalDate firstDay, LocalDate lastDay) {
    public GeneratedOffice {
        people = List.copyOf(people);
        absences = List.copyOf(absences);
    }
}
