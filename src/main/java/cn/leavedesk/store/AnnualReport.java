package cn.leavedesk.store;

import java.util.List;

/** The annual absence report: every person on the roster, sorted by id. */
public record AnnualReport(int year, List<PersonYear> people) {
    public AnnualReport {
        people = List.copyOf(people);
    }
}
