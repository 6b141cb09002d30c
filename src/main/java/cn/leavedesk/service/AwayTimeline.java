package cn.leavedesk.service;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Person;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who is away between two days, as the "谁不在岗" screen draws it.
 *
 * @param days          every day of the range, in order, with what kind of day it is
 * @param rows          people with at least one active absence in the range, leaders first, then in roster order
 * @param presiding     every day of the range the mayor is away from the post, with who presides then
 * @param unknownYears  years of the range without an official holiday schedule (weekends only are shaded there)
 */
public record AwayTimeline(LocalDate from, LocalDate to, List<Day> days, List<Row> rows,
                           List<PresidingDay> presiding, List<Integer> unknownYears) {
    public AwayTimeline {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        days = List.copyOf(days);
        rows = List.copyOf(rows);
        presiding = List.copyOf(presiding);
        unknownYears = List.copyOf(unknownYears);
    }

    /** What a day is in the official calendar. */
    public enum DayType {
        WORKDAY, WEEKEND, HOLIDAY,
        /** A Saturday or Sunday worked in exchange for a holiday (调休上班). */
        MAKE_UP_WORKDAY;

        public boolean isDayOff() {
            return this == WEEKEND || this == HOLIDAY;
        }
    }

    public record Day(LocalDate date, DayType type) {
    }

    /** One person and their active absences that touch the range, by departure; they may reach outside it. */
    public record Row(Person person, List<Absence> absences) {
        public Row {
            absences = List.copyOf(absences);
        }
    }

    /** The days on which nobody presides: the mayor is away, and so is the person who would stand in. */
    public List<Unpresided> unpresided() {
        return presiding.stream().filter(PresidingDay::presiderAway)
                .map(p -> new Unpresided(p.day(), p.mayor(), p.presider().orElseThrow())).toList();
    }

    /**
     * A day the mayor is away from the post.
     *
     * @param presider     who presides per the rulebook's rule; empty when the rule does not cover this absence,
     *                     the rulebook has none, or nobody fitting is named (a designated vice-mayor missing)
     * @param article      the article that names the presider, cited
     * @param presiderAway the presider is away too, so nobody presides
     */
    public record PresidingDay(LocalDate day, Person mayor, Absence mayorAbsence, Optional<Person> presider,
                               Optional<String> article, boolean presiderAway) {
        public PresidingDay {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(presider, "presider");
            Objects.requireNonNull(article, "article");
        }
    }

    /** A day with nobody to preside: the mayor is away, and so is the person who would stand in. */
    public record Unpresided(LocalDate day, Person mayor, Person presider) {
    }
}
