package cn.leavedesk.ui.interim;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Meeting;
import cn.leavedesk.domain.MeetingType;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Role;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.domain.Status;
import cn.leavedesk.domain.Stop;
import cn.leavedesk.ui.RegisterEntry;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An invented city government and its absences, dated around today so that "who is away" always has an
 * answer. The people are fictional.
 */
record DemoCity(List<Person> people, List<Absence> absences) {

    static DemoCity around(Clock clock) {
        LocalDate today = LocalDate.now(clock);
        List<Person> people = List.of(
                Person.of("P01", "王建国", Role.MAYOR),
                Person.of("P02", "李明远", Role.EXECUTIVE_VICE_MAYOR),
                new Person("P03", "陈静怡", Role.VICE_MAYOR, List.of("FOREIGN_AFFAIRS", "COMMERCE"),
                        Optional.empty(), Optional.empty()),
                Person.of("P04", "赵立新", Role.VICE_MAYOR),
                Person.of("P05", "周海涛", Role.SECRETARY_GENERAL),
                Person.of("P06", "吴志刚", Role.DEPUTY_SECRETARY_GENERAL),
                new Person("P07", "刘洋", Role.DEPARTMENT_HEAD, List.of(), Optional.of("P04"), Optional.empty()),
                new Person("P08", "孙红梅", Role.DISTRICT_HEAD, List.of(), Optional.of("P02"), Optional.empty()));

        List<Absence> absences = new ArrayList<>();
        absences.add(Absence.builder("DEMO-001", "P01", Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE,
                        today.minusDays(1), today.plusDays(2))
                .filed(today.minusDays(5)).destination("北京").reason("参加全国城市工作座谈会")
                .actingPerson("P02").build());
        absences.add(Absence.builder("DEMO-002", "P02", Kind.MEETING_ABSENCE, Scope.WITHIN_CITY,
                        today.plusDays(3), today.plusDays(3))
                .filed(today).reason("同时段陪同省领导调研").meeting(new Meeting(MeetingType.EXECUTIVE, Optional.of("P01")))
                .build());
        absences.add(Absence.builder("DEMO-003", "P03", Kind.OFFICIAL_VISIT, Scope.ABROAD,
                        today.plusDays(20), today.plusDays(27))
                .filed(today.minusDays(2)).destination("德国、法国").reason("经贸合作交流")
                .stops(List.of(new Stop("DE", true), new Stop("FR", true))).build());
        absences.add(Absence.builder("DEMO-004", "P04", Kind.LEAVE, Scope.WITHIN_CITY,
                        today.plusDays(5), today.plusDays(9))
                .filed(today.minusDays(1)).reason("年休假").actingPerson("P02").build());
        absences.add(Absence.builder("DEMO-005", "P05", Kind.OTHER_ABSENCE, Scope.WITHIN_PROVINCE,
                        today, today)
                .filed(today.minusDays(1)).destination("省政府办公厅").reason("汇报工作").build());
        absences.add(Absence.builder("DEMO-006", "P07", Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE,
                        today.minusDays(10), today.minusDays(7))
                .filed(today.minusDays(14)).destination("上海").reason("项目对接").build());
        absences.add(Absence.builder("DEMO-007", "P08", Kind.LEAVE, Scope.WITHIN_CITY,
                        today.plusDays(12), today.plusDays(14))
                .status(Status.CANCELLED).filed(today.minusDays(3)).reason("事假").build());
        absences.add(Absence.builder("DEMO-008", "P06", Kind.BUSINESS_TRIP, Scope.WITHIN_PROVINCE,
                        today.plusDays(1), today.plusDays(2))
                .filed(today).destination("省会").reason("参加全省政务服务培训").build());
        return new DemoCity(people, absences);
    }

    List<RegisterEntry> entries() {
        Map<String, Person> byId = people.stream().collect(Collectors.toMap(Person::id, Function.identity()));
        return absences.stream().map(a -> new RegisterEntry(a, byId.get(a.personId()))).toList();
    }
}
