package cn.leavedesk.bench;

import cn.leavedesk.calendar.CalendarLoader;
import cn.leavedesk.calendar.WorkingCalendar;
import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Actor;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Role;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.domain.Status;
import cn.leavedesk.domain.Step;
import cn.leavedesk.domain.Verdict;
import cn.leavedesk.domain.lifecycle.AbsenceState;
import cn.leavedesk.domain.lifecycle.DoneHow;
import cn.leavedesk.domain.register.RegisterFilter;
import cn.leavedesk.domain.register.RegisterSort;
import cn.leavedesk.rules.Evaluator;
import cn.leavedesk.rules.Messages;
import cn.leavedesk.rules.Rulebook;
import cn.leavedesk.service.AbsenceLifecycleService;
import cn.leavedesk.service.ChainPlanner;
import cn.leavedesk.service.CheckService;
import cn.leavedesk.service.RegisterService;
import cn.leavedesk.service.RulebookService;
import cn.leavedesk.service.TodoService;
import cn.leavedesk.store.Database;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The register and the to-do list on the bench office. A generated office is all history and no paperwork, so first
 * the most recent absences are given the life a real office's have, through the same services the client uses:
 * their chains are stored, most steps ticked (one absence in fifty left with an open step), a sample is checked and
 * its verdict kept, a few are amended. Then the first page of each filter combination and the to-do list are timed.
 */
final class LifecycleBench {
    static final double PAGE_TARGET_MILLIS = 150;
    static final double TODO_TARGET_MILLIS = 200;
    /** Recent absences given chains: about a year of a large office's filings. */
    static final int RECENT = 10_000;
    static final int CHECKED = 1_000;
    static final int AMENDED = 100;

    private static final Actor CLERK = Actor.of("bench");

    /** One filter combination's first-page times. */
    record PageFigure(String filter, Latencies millis, int rows) {
    }

    /**
     * The first page of many random combinations of every filter and every column's order, both ways: "any filter
     * combination", as far as a bench can say it. Each is the median of {@value #SWEEP_SAMPLES} reads after one.
     */
    record Sweep(int combinations, long seed, Latencies medians, List<PageFigure> slowest) {
        long over() {
            return java.util.Arrays.stream(medians.millis()).filter(m -> m > PAGE_TARGET_MILLIS).count();
        }
    }

    /** How many random combinations the sweep reads, and how often each. */
    static final int SWEEP_COMBINATIONS = 400;
    static final int SWEEP_SAMPLES = 3;

    /** What the bench did to the office and what it measured. */
    record Figures(String activity, List<PageFigure> pages, Latencies todo, int todoItems, LocalDate asOf,
                   Sweep sweep) {
        boolean pagesPass() {
            return pages.stream().allMatch(p -> p.millis().p50() <= PAGE_TARGET_MILLIS);
        }

        PageFigure slowest() {
            return pages.stream().max(java.util.Comparator.comparingDouble(p -> p.millis().p50())).orElseThrow();
        }
    }

    private final Database db;
    private final Rulebook rulebook;
    private final Consumer<String> progress;
    private final int samples;
    private final WorkingCalendar calendar = CalendarLoader.standard();
    private final RulebookService rulebooks = new RulebookService();

    LifecycleBench(Database db, Rulebook rulebook, int samples, Consumer<String> progress) {
        this.db = db;
        this.rulebook = rulebook;
        this.samples = samples;
        this.progress = progress;
    }

    Figures run(GeneratedOffice office) {
        LocalDate asOf = office.lastDay().minusDays(90);
        String activity = giveRecentAbsencesALife(office, asOf);
        progress.accept("timing the register's first pages and the to-do list …");
        List<PageFigure> pages = new ArrayList<>();
        RegisterService register = new RegisterService(db);
        for (Map.Entry<String, RegisterFilter> filter : filters(office, asOf).entrySet()) {
            int[] rows = new int[1];
            Latencies times = time(i -> {
                var slice = register.page(filter.getValue(), RegisterSort.NEWEST, 0, RegisterService.PAGE_ROWS);
                rows[0] = slice.rows().size();
                return slice;
            });
            pages.add(new PageFigure(filter.getKey(), times, rows[0]));
        }
        RegisterFilter all = RegisterFilter.all();
        // every column a clerk can click, both ways (the departure day, newest first, is the register as it opens)
        for (RegisterSort.Column column : RegisterSort.Column.values()) {
            for (RegisterSort.Direction direction : RegisterSort.Direction.values()) {
                RegisterSort sort = RegisterSort.by(column, direction);
                // the filing day is no column of the client's register; the departure day newest first is its start
                if (sort.equals(RegisterSort.NEWEST) || column == RegisterSort.Column.FILED) {
                    continue;
                }
                int[] rows = new int[1];
                Latencies times = time(i -> {
                    var slice = register.page(all, sort, 0, RegisterService.PAGE_ROWS);
                    rows[0] = slice.rows().size();
                    return slice;
                });
                pages.add(new PageFigure("no filter, sorted by " + column.name().toLowerCase(Locale.ROOT) + " "
                        + (direction == RegisterSort.Direction.ASCENDING ? "ascending" : "descending"), times,
                        rows[0]));
            }
        }
        RegisterFilter kindAndText = all.ofKind(Kind.BUSINESS_TRIP).matching(OfficeWords.one("searchCity"));
        pages.add(new PageFigure("kind + text, sorted by reason", time(i -> register.page(kindAndText,
                RegisterSort.by(RegisterSort.Column.REASON, RegisterSort.Direction.ASCENDING), 0,
                RegisterService.PAGE_ROWS)), RegisterService.PAGE_ROWS));
        pages.add(new PageFigure("no filter, scrolled to row 10,000", time(i -> register.page(all,
                RegisterSort.NEWEST, 10_000, RegisterService.PAGE_ROWS)), RegisterService.PAGE_ROWS));
        TodoService todo = new TodoService(db, rulebooks, calendar, Messages.chinese());
        int[] items = new int[1];
        Latencies todoTimes = time(i -> {
            var list = todo.todo(asOf);
            items[0] = list.items().size();
            return list;
        });
        progress.accept("reading the first page of " + SWEEP_COMBINATIONS + " random filter and order combinations …");
        Sweep sweep = sweep(register, office, asOf);
        return new Figures(activity, pages, todoTimes, items[0], asOf, sweep);
    }

    /** Random combinations of person, role, kind, scope, states, dates, verdict, open steps, text and order. */
    private Sweep sweep(RegisterService register, GeneratedOffice office, LocalDate asOf) {
        long seed = office.lastDay().toEpochDay();
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        List<String> texts = new ArrayList<>();
        for (String key : List.of("otherCities", "provinceCities", "tripReasons", "leaveReasons", "otherReasons",
                "surnames", "given")) {
            texts.addAll(List.of(OfficeWords.of(key)));
        }
        texts.addAll(List.of(OfficeWords.one("searchCommonOne"), OfficeWords.one("searchRareOne"),
                OfficeWords.one("searchDigit"), OfficeWords.one("searchNowhereOne"),
                OfficeWords.one("searchNowhereTwo"), lastId(), lastId().substring(0, 3), lastId().substring(3)));
        List<Person> people = office.people();
        int firstYear = db.absences().registerPage(RegisterFilter.all(), RegisterSort.by(RegisterSort.Column.DEPART,
                RegisterSort.Direction.ASCENDING), 1, 0).stream().map(l -> l.stored().absence().depart().getYear())
                .findFirst().orElse(asOf.getYear());
        List<PageFigure> figures = new ArrayList<>();
        double[] medians = new double[SWEEP_COMBINATIONS];
        for (int i = 0; i < SWEEP_COMBINATIONS; i++) {
            RegisterFilter filter = RegisterFilter.all();
            List<String> said = new ArrayList<>();
            if (random.nextInt(8) == 0) {
                filter = filter.forPerson(people.get(random.nextInt(people.size())).id());
                said.add("person");
            }
            if (random.nextInt(4) == 0) {
                Role role = Role.values()[random.nextInt(Role.values().length)];
                filter = filter.withRole(role);
                said.add(role.name());
            }
            if (random.nextInt(3) == 0) {
                Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
                filter = filter.ofKind(kind);
                said.add(kind.name());
            }
            if (random.nextInt(3) == 0) {
                Scope scope = Scope.values()[random.nextInt(Scope.values().length)];
                filter = filter.inScope(scope);
                said.add(scope.name());
            }
            switch (random.nextInt(6)) {
                case 0 -> {
                    filter = filter.withStatus(Status.CANCELLED);
                    said.add("cancelled");
                }
                case 1 -> {
                    filter = filter.everyState();
                    said.add("every state");
                }
                case 2 -> {
                    filter = filter.withStates(Set.of(AbsenceState.SUPERSEDED));
                    said.add("superseded");
                }
                default -> {
                }
            }
            if (random.nextInt(3) == 0) {
                LocalDate from = LocalDate.of(firstYear + random.nextInt(asOf.getYear() - firstYear + 1),
                        1 + random.nextInt(12), 1 + random.nextInt(28));
                LocalDate to = from.plusDays(switch (random.nextInt(3)) {
                    case 0 -> 6;
                    case 1 -> random.nextInt(92);
                    default -> random.nextInt(1_100);
                });
                filter = filter.between(from, to);
                said.add(from + "–" + to);
            }
            if (random.nextInt(4) == 0) {
                Verdict verdict = Verdict.values()[random.nextInt(Verdict.values().length)];
                filter = filter.withVerdict(verdict);
                said.add(verdict.name());
            }
            if (random.nextInt(6) == 0) {
                filter = filter.withOpenSteps();
                said.add("open steps");
            }
            if (random.nextInt(2) == 0) {
                String text = texts.get(random.nextInt(texts.size()));
                filter = filter.matching(text);
                said.add("\"" + text + "\"");
            }
            RegisterSort.Column column;
            do {
                column = RegisterSort.Column.values()[random.nextInt(RegisterSort.Column.values().length)];
            } while (column == RegisterSort.Column.FILED);
            RegisterSort.Direction direction = RegisterSort.Direction.values()[random.nextInt(2)];
            RegisterSort sort = RegisterSort.by(column, direction);
            said.add("sorted by " + column.name().toLowerCase(Locale.ROOT) + " "
                    + (direction == RegisterSort.Direction.ASCENDING ? "ascending" : "descending"));
            RegisterFilter chosen = filter;
            int[] rows = new int[1];
            Latencies times = Latencies.measure(SWEEP_SAMPLES, 1, n -> {
                var slice = register.page(chosen, sort, 0, RegisterService.PAGE_ROWS);
                rows[0] = slice.rows().size();
                return slice;
            });
            medians[i] = times.p50();
            figures.add(new PageFigure(String.join(", ", said), times, rows[0]));
        }
        figures.sort(java.util.Comparator.comparingDouble((PageFigure f) -> f.millis().p50()).reversed());
        return new Sweep(SWEEP_COMBINATIONS, seed, new Latencies(medians), List.copyOf(figures.subList(0, 10)));
    }

    private String giveRecentAbsencesALife(GeneratedOffice office, LocalDate asOf) {
        progress.accept("storing chains, ticks, verdicts and amendments for the " + RECENT + " most recent absences …");
        List<Absence> recent = db.absences().registerPage(RegisterFilter.all().withStatus(Status.ACTIVE)
                        .between(asOf.minusYears(2), asOf.plusDays(60)), RegisterSort.NEWEST, RECENT, 0).stream()
                .map(l -> l.stored().absence()).toList();
        var roster = db.people().roster();
        Map<String, List<Step>> chains = new ChainPlanner(calendar).plan(rulebook, roster, recent);
        int[] ticked = new int[2];
        db.inTransaction(() -> {
            chains.forEach((id, steps) -> db.chains().saveSteps(id, steps, CLERK));
            int n = 0;
            for (Absence a : recent) {
                List<Step> steps = chains.get(a.id());
                if (steps == null || !a.depart().isBefore(asOf.minusDays(7))) {
                    continue;
                }
                // one absence in fifty keeps its last step open: the overdue items of a careful office
                int open = n++ % 50 == 0 ? 1 : 0;
                for (int seq = 1; seq <= steps.size() - open; seq++) {
                    LocalDate on = steps.get(seq - 1).by().orElse(a.depart()).minusDays(1);
                    db.chains().tick(a.id(), seq, on, DoneHow.WRITTEN, Optional.empty(), CLERK);
                    ticked[0]++;
                }
                ticked[1] += open;
            }
        });
        CheckService check = new CheckService(db, new Evaluator(calendar, Messages.chinese()));
        Map<Verdict, Integer> verdicts = new LinkedHashMap<>();
        db.inTransaction(() -> {
            for (Absence a : recent.subList(0, Math.min(CHECKED, recent.size()))) {
                Verdict verdict = check.check(rulebook, a).verdict();
                db.absences().recordVerdict(a.id(), verdict);
                verdicts.merge(verdict, 1, Integer::sum);
            }
        });
        Clock clock = Clock.fixed(asOf.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        AbsenceLifecycleService lifecycle = new AbsenceLifecycleService(db, rulebooks, calendar, Messages.chinese(),
                clock);
        int amended = 0;
        for (Absence a : recent) {
            if (amended == AMENDED) {
                break;
            }
            if (a.depart().isAfter(asOf)) {
                lifecycle.amend(a.id(), new Absence("", a.personId(), a.kind(), a.scope(), a.status(), a.filed(),
                        a.depart().plusDays(1), a.returnDate().plusDays(1), a.destination(), a.reason(), a.contact(),
                        a.actingPerson(), a.attachments(), a.stops(), a.meeting()), "bench", CLERK);
                amended++;
            }
        }
        return String.format(Locale.ROOT, "%,d chains stored, %,d steps ticked, %,d left open; %,d checked (%s);"
                        + " %d amended", chains.size(), ticked[0], ticked[1], verdicts.values().stream()
                        .mapToInt(Integer::intValue).sum(), verdicts, amended);
    }

    /** The combinations a clerk reaches for, common and rare; ids and words taken from the office itself. */
    private Map<String, RegisterFilter> filters(GeneratedOffice office, LocalDate asOf) {
        Person someone = office.people().stream().filter(p -> p.role() == Role.DEPARTMENT_HEAD).findFirst()
                .orElse(office.people().get(0));
        RegisterFilter all = RegisterFilter.all();
        Map<String, RegisterFilter> filters = new LinkedHashMap<>();
        filters.put("no filter (the register as it opens)", all);
        filters.put("one person", all.forPerson(someone.id()));
        filters.put("role: department heads", all.withRole(Role.DEPARTMENT_HEAD));
        filters.put("role: the mayor", all.withRole(Role.MAYOR));
        filters.put("kind: leave", all.ofKind(Kind.LEAVE));
        filters.put("scope: abroad", all.inScope(Scope.ABROAD));
        filters.put("status: cancelled", all.withStatus(Status.CANCELLED));
        filters.put("status: superseded only", all.withStates(Set.of(AbsenceState.SUPERSEDED)));
        filters.put("every state", all.everyState());
        filters.put("dates: one month", all.between(asOf.withDayOfMonth(1), asOf.withDayOfMonth(1).plusMonths(1)
                .minusDays(1)));
        filters.put("dates: a month 15 years back", all.between(asOf.minusYears(15).withDayOfMonth(1),
                asOf.minusYears(15).withDayOfMonth(1).plusMonths(1).minusDays(1)));
        filters.put("verdict: violation", all.withVerdict(Verdict.VIOLATION));
        filters.put("has open steps", all.withOpenSteps());
        filters.put("text: a city (common)", all.matching(OfficeWords.one("otherCities")));
        filters.put("text: an id (rare)", all.matching(lastId()));
        filters.put("text: five digits of an id (about a hundred)", all.matching(lastId().substring(3)));
        filters.put("text: three characters found nowhere", all.matching(OfficeWords.one("searchNowhereThree")));
        filters.put("text: two characters, common", all.matching(OfficeWords.one("searchCommonTwo")));
        filters.put("text: two characters found nowhere", all.matching(OfficeWords.one("searchNowhereTwo")));
        filters.put("text: one character, common", all.matching(OfficeWords.one("searchCommonOne")));
        filters.put("text: one character, rare (the v of amended versions' ids)",
                all.matching(OfficeWords.one("searchRareOne")));
        filters.put("text: one character found nowhere", all.matching(OfficeWords.one("searchNowhereOne")));
        filters.put("text: one digit (in half the ids)", all.matching(OfficeWords.one("searchDigit")));
        filters.put("text: two characters + kind + one year", all.matching(OfficeWords.one("searchNowhereTwo"))
                .ofKind(Kind.LEAVE)
                .between(asOf.minusYears(1), asOf));
        filters.put("person + kind + one year", all.forPerson(someone.id()).ofKind(Kind.BUSINESS_TRIP)
                .between(asOf.minusYears(1), asOf));
        filters.put("role + scope + cancelled", all.withRole(Role.VICE_MAYOR).inScope(Scope.OUTSIDE_PROVINCE)
                .withStatus(Status.CANCELLED));
        filters.put("kind + verdict + open steps", all.ofKind(Kind.BUSINESS_TRIP).withVerdict(Verdict.OK)
                .withOpenSteps());
        filters.put("role + text + dates", all.withRole(Role.DEPARTMENT_HEAD).matching(OfficeWords.of("leaveReasons")[1])
                .between(asOf.minusYears(3), asOf));
        return filters;
    }

    private String lastId() {
        return db.absences().registerPage(RegisterFilter.all(), RegisterSort.by(RegisterSort.Column.DEPART,
                RegisterSort.Direction.ASCENDING), 1, 0).stream().map(l -> l.stored().id()).findFirst().orElse("x");
    }

    /** The work ignores its index: every sample asks the same question. */
    private Latencies time(Latencies.Sample work) {
        return Latencies.measure(samples, 3, work);
    }
}
