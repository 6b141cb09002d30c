package cn.leavedesk.bench;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Meeting;
import cn.leavedesk.domain.MeetingType;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Role;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.domain.Status;
import cn.leavedesk.domain.Stop;
import cn.leavedesk.domain.Term;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Makes an office's worth of roster and absences from a seed: the same seed and sizes always give the same office,
 * whatever the machine or the day. The mix is meant to look like a municipal government's register — mostly
 * department and district heads, a handful of city leaders with terms and portfolios; business trips within and
 * outside the province, meeting absences, leave, and trips abroad with several stops, some of them airside transits;
 * a few cancelled requests and some filed late.
 */
public final class OfficeGenerator {
    /** The bench's seed; any fixed value will do, this one is the one the published figures used. */
    public static final long DEFAULT_SEED = 20261122L;

    private static final String[] SURNAMES = OfficeWords.of("surnames");
    private static final String[] GIVEN = OfficeWords.of("given");
    private static final String[] PORTFOLIOS = {"FOREIGN_AFFAIRS", "COMMERCE", "TALENT", "TRANSPORT", "HOUSING",
            "EDUCATION", "HEALTH", "INDUSTRY", "AGRICULTURE", "FINANCE", "ENVIRONMENT", "SCIENCE"};
    private static final String[] PROVINCE_CITIES = OfficeWords.of("provinceCities");
    private static final String[] OTHER_CITIES = OfficeWords.of("otherCities");
    private static final String[] COUNTRIES = {"DE", "FR", "JP", "KR", "SG", "GB", "US", "IT", "RU", "AU", "NL",
            "ES", "TH", "MY", "HK", "MO", "TW"};
    private static final String[] TRANSIT_HUBS = {"AE", "QA", "TR", "FI", "SG", "HK"};
    private static final String[] TRIP_REASONS = OfficeWords.of("tripReasons");
    private static final String[] VISIT_REASONS = OfficeWords.of("visitReasons");
    private static final String[] LEAVE_REASONS = OfficeWords.of("leaveReasons");
    private static final String[] OTHER_REASONS = OfficeWords.of("otherReasons");
    private static final String[] MEETING_REASONS = OfficeWords.of("meetingReasons");

    private final long seed;

    public OfficeGenerator(long seed) {
        this.seed = seed;
    }

    /**
     * @param people   roster size; at least one
     * @param years    how many calendar years the absences span, ending with {@code lastYear}
     * @param absences how many absences in all, spread evenly over the roster
     */
    public GeneratedOffice generate(int people, int years, int absences, int lastYear) {
        if (people < 1 || years < 1 || absences < 0) {
            throw new IllegalArgumentException("people and years must be positive, absences not negative");
        }
        SplittableRandom random = new SplittableRandom(seed);
        LocalDate firstDay = LocalDate.of(lastYear - years + 1, 1, 1);
        LocalDate lastDay = LocalDate.of(lastYear, 12, 31);
        List<Person> roster = roster(random, people, firstDay, lastDay);
        List<Draft> drafts = new ArrayList<>(absences);
        int span = (int) ChronoUnit.DAYS.between(firstDay, lastDay) + 1;
        for (int i = 0; i < absences; i++) {
            // round-robin over the roster keeps everyone's history the same length (absences / people)
            Person person = roster.get(i % people);
            drafts.add(new Draft(person, firstDay.plusDays(random.nextInt(span)), random.split()));
        }
        drafts.sort(Comparator.comparing(Draft::depart).thenComparing(d -> d.person().id()));
        List<Absence> result = new ArrayList<>(absences);
        int width = Math.max(7, String.valueOf(absences).length());
        for (int i = 0; i < drafts.size(); i++) {
            String id = "A" + pad(i + 1, width);
            result.add(absence(id, drafts.get(i), roster));
        }
        return new GeneratedOffice(roster, result, firstDay, lastDay);
    }

    /**
     * New requests a clerk might check against the office's history: people drawn at random from the roster,
     * departures in the office's last year, the same mix of kinds and itineraries as the history, ids {@code R…}.
     */
    public List<Absence> requests(GeneratedOffice office, int count) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5EEDL);
        LocalDate from = LocalDate.of(office.lastDay().getYear(), 1, 1);
        int span = (int) ChronoUnit.DAYS.between(from, office.lastDay()) + 1;
        List<Absence> result = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Person person = office.people().get(random.nextInt(office.people().size()));
            Draft draft = new Draft(person, from.plusDays(random.nextInt(span)), random.split());
            Absence a = absence("R" + pad(i + 1, 6), draft, office.people());
            result.add(a.isActive() ? a : a.withStatus(Status.ACTIVE));
        }
        return result;
    }

    /** One absence before it is numbered: whose, when, and its own random stream for the details. */
    private record Draft(Person person, LocalDate depart, SplittableRandom random) {
    }

    private static List<Person> roster(SplittableRandom random, int size, LocalDate firstDay, LocalDate lastDay) {
        List<Person> people = new ArrayList<>(size);
        List<String> viceMayors = new ArrayList<>();
        int width = Math.max(4, String.valueOf(size).length());
        for (int i = 0; i < size; i++) {
            String id = "p" + pad(i + 1, width);
            Role role = role(i, size);
            String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)]
                    + (random.nextInt(3) == 0 ? "" : GIVEN[random.nextInt(GIVEN.length)]);
            List<String> portfolios = List.of();
            Optional<Term> term = Optional.empty();
            if (isCityLeader(role)) {
                // terms of five years, starting somewhere in the span, so quotas per term have something to count
                int years = (int) ChronoUnit.YEARS.between(firstDay, lastDay) + 1;
                LocalDate start = firstDay.plusYears(random.nextInt(Math.max(1, years - 4))).plusDays(random.nextInt(60));
                term = Optional.of(new Term(start, start.plusYears(5).minusDays(1)));
            }
            if (role == Role.VICE_MAYOR || role == Role.EXECUTIVE_VICE_MAYOR) {
                String first = PORTFOLIOS[random.nextInt(PORTFOLIOS.length)];
                String second = PORTFOLIOS[random.nextInt(PORTFOLIOS.length)];
                portfolios = first.equals(second) ? List.of(first) : List.of(first, second);
                viceMayors.add(id);
            }
            Optional<String> supervisor = Optional.empty();
            if ((role == Role.DEPARTMENT_HEAD || role == Role.DISTRICT_HEAD) && !viceMayors.isEmpty()) {
                supervisor = Optional.of(viceMayors.get(random.nextInt(viceMayors.size())));
            }
            people.add(new Person(id, name, role, portfolios, supervisor, term));
        }
        return people;
    }

    /**
     * The roster's shape: the leaders come first (one mayor and executive vice-mayor per hundred people, as a
     * 20-year roster holds several administrations), then the secretaries, then department and district heads.
     */
    static Role role(int index, int size) {
        double share = (double) index / size;
        if (index == 0 || share < 0.005) {
            return Role.MAYOR;
        } else if (share < 0.01) {
            return Role.EXECUTIVE_VICE_MAYOR;
        } else if (share < 0.04) {
            return Role.VICE_MAYOR;
        } else if (share < 0.045) {
            return Role.SECRETARY_GENERAL;
        } else if (share < 0.07) {
            return Role.DEPUTY_SECRETARY_GENERAL;
        } else if (share < 0.09) {
            return Role.PARTY_GROUP_MEMBER;
        } else if (share < 0.10) {
            return Role.OFFICE_DIRECTOR;
        } else if (share < 0.75) {
            return Role.DEPARTMENT_HEAD;
        }
        return Role.DISTRICT_HEAD;
    }

    private static boolean isCityLeader(Role role) {
        return role == Role.MAYOR || role == Role.EXECUTIVE_VICE_MAYOR || role == Role.VICE_MAYOR
                || role == Role.SECRETARY_GENERAL;
    }

    private static Absence absence(String id, Draft draft, List<Person> roster) {
        SplittableRandom r = draft.random();
        Person person = draft.person();
        Kind kind = kind(r.nextInt(100));
        Scope scope = scope(kind, r.nextInt(100));
        LocalDate depart = draft.depart();
        LocalDate back = depart.plusDays(days(kind, scope, r));
        Absence.Builder b = Absence.builder(id, person.id(), kind, scope, depart, back);
        // most are filed a few days ahead; about one in twelve on the day or after (late filing)
        int lead = r.nextInt(12) == 0 ? -r.nextInt(3) : 1 + r.nextInt(10);
        b.filed(depart.minusDays(lead));
        if (r.nextInt(25) == 0) {
            b.status(Status.CANCELLED);
        }
        switch (kind) {
            case MEETING_ABSENCE -> {
                MeetingType type = MeetingType.values()[r.nextInt(MeetingType.values().length)];
                Optional<String> convener = type == MeetingType.SPECIAL
                        ? Optional.of(roster.get(r.nextInt(Math.max(1, roster.size() / 25))).id())
                        : Optional.empty();
                b.meeting(new Meeting(type, convener)).reason(pick(MEETING_REASONS, r));
            }
            case OFFICIAL_VISIT -> b.reason(pick(VISIT_REASONS, r));
            case LEAVE -> b.reason(pick(LEAVE_REASONS, r));
            case OTHER_ABSENCE -> b.reason(pick(OTHER_REASONS, r));
            case BUSINESS_TRIP -> b.reason(pick(TRIP_REASONS, r));
        }
        if (scope == Scope.ABROAD) {
            List<Stop> stops = stops(r);
            b.stops(stops).destination(stops.get(0).country());
        } else if (scope == Scope.OUTSIDE_PROVINCE) {
            b.destination(pick(OTHER_CITIES, r));
        } else if (scope == Scope.WITHIN_PROVINCE) {
            b.destination(pick(PROVINCE_CITIES, r));
        }
        if (kind != Kind.MEETING_ABSENCE) {
            // the stand-in: usually someone on the roster, sometimes only described
            b.actingPerson(r.nextInt(3) == 0 ? OfficeWords.one("outsideActingPerson") : roster.get(r.nextInt(roster.size())).id());
            b.contact("139" + pad(r.nextInt(100_000_000), 8));
            if (r.nextBoolean()) {
                b.attachments(List.of(OfficeWords.one("attachment")));
            }
        }
        return b.build();
    }

    /** 出差 40 %, 会议请假 20 %, 外出 17 %, 休假 15 %, 出访 8 %. */
    static Kind kind(int percent) {
        if (percent < 40) {
            return Kind.BUSINESS_TRIP;
        } else if (percent < 60) {
            return Kind.MEETING_ABSENCE;
        } else if (percent < 77) {
            return Kind.OTHER_ABSENCE;
        } else if (percent < 92) {
            return Kind.LEAVE;
        }
        return Kind.OFFICIAL_VISIT;
    }

    static Scope scope(Kind kind, int percent) {
        return switch (kind) {
            case MEETING_ABSENCE -> Scope.WITHIN_CITY;
            case OFFICIAL_VISIT -> percent < 80 ? Scope.ABROAD : Scope.OUTSIDE_PROVINCE;
            case BUSINESS_TRIP -> percent < 5 ? Scope.WITHIN_CITY
                    : percent < 45 ? Scope.WITHIN_PROVINCE : percent < 95 ? Scope.OUTSIDE_PROVINCE : Scope.ABROAD;
            case LEAVE -> percent < 30 ? Scope.WITHIN_CITY
                    : percent < 60 ? Scope.WITHIN_PROVINCE : percent < 95 ? Scope.OUTSIDE_PROVINCE : Scope.ABROAD;
            case OTHER_ABSENCE -> percent < 50 ? Scope.WITHIN_CITY
                    : percent < 80 ? Scope.WITHIN_PROVINCE : Scope.OUTSIDE_PROVINCE;
        };
    }

    /** Days after the departure day: meetings are one day, trips abroad one to two weeks. */
    private static int days(Kind kind, Scope scope, SplittableRandom r) {
        if (kind == Kind.MEETING_ABSENCE) {
            return 0;
        }
        if (scope == Scope.ABROAD) {
            return 3 + r.nextInt(9);
        }
        return switch (kind) {
            case LEAVE -> r.nextInt(10);
            case OTHER_ABSENCE -> r.nextInt(3);
            default -> r.nextInt(5);
        };
    }

    /** One to four countries or regions; about a third of itineraries change planes airside somewhere. */
    private static List<Stop> stops(SplittableRandom r) {
        List<Stop> stops = new ArrayList<>();
        int countries = 1 + r.nextInt(r.nextInt(5) == 0 ? 4 : 3);
        boolean transit = r.nextInt(3) == 0;
        for (int i = 0; i < countries; i++) {
            if (transit && i == 1) {
                stops.add(new Stop(pick(TRANSIT_HUBS, r), false));
            }
            stops.add(new Stop(pick(COUNTRIES, r), true));
        }
        if (transit && countries == 1) {
            stops.add(0, new Stop(pick(TRANSIT_HUBS, r), false));
        }
        return stops;
    }

    private static String pick(String[] values, SplittableRandom r) {
        return values[r.nextInt(values.length)];
    }

    private static String pad(long value, int width) {
        String text = Long.toString(value);
        return text.length() >= width ? text : "0".repeat(width - text.length()) + text;
    }
}
