package cn.leavedesk.store;

import cn.leavedesk.domain.lifecycle.AbsenceState;
import cn.leavedesk.domain.register.RegisterFilter;
import cn.leavedesk.domain.register.RegisterSort;
import static cn.leavedesk.store.Fixtures.CLERK;
import static org.assertj.core.api.Assertions.assertThat;

import cn.leavedesk.bench.GeneratedOffice;
import cn.leavedesk.bench.OfficeGenerator;
import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Action;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Party;
import cn.leavedesk.domain.Role;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.domain.Step;
import cn.leavedesk.domain.Verdict;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The register's free text through the trigram index finds exactly what the plain LIKE finds, and every column's
 * order, read value by value or through an index, is exactly the order a full sort gives; on a generated office in a
 * real SQLite file, with text full of mixed case, wildcards, quotes and Chinese.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegisterTextAndSortTest {
    /** Characters the generated texts and the searches are made of: LIKE's wildcards, its escape, FTS5's quote. */
    // U+0001 is what the text index pads values with (V9); Ä is a case LIKE does not fold and the index does
    private static final String ALPHABET = "北京上海武汉市考察项目会议交流德国法aAbBcCxX019 %_\\\"'-、（）\u0001Ää";
    private static final long SEED = 20261130L;

    private Path dir;
    private Database db;
    private final List<String> texts = new ArrayList<>();
    private final List<String> names = new ArrayList<>();

    @BeforeAll
    void storeAnOffice(@TempDir Path folder) {
        dir = folder;
        db = Fixtures.openQuiet(dir.resolve("office.db"));
        GeneratedOffice office = new OfficeGenerator(SEED).generate(40, 3, 1_200, 2026);
        SplittableRandom random = new SplittableRandom(SEED);
        db.people().insertAll(office.people(), CLERK);
        office.people().forEach(p -> names.add(p.name()));
        List<Absence> absences = new ArrayList<>();
        for (Absence a : office.absences()) {
            // a third get texts of their own; the others keep the generator's cities and reasons
            if (random.nextInt(3) == 0) {
                a = withText(a, Optional.of(randomText(random, 1 + random.nextInt(12))).filter(t -> random.nextInt(8) > 0),
                        Optional.of(randomText(random, 1 + random.nextInt(20))).filter(t -> random.nextInt(8) > 0));
            }
            absences.add(a);
            a.destination().ifPresent(texts::add);
            a.reason().ifPresent(texts::add);
            texts.add(a.id());
        }
        db.absences().insertBatch(absences, CLERK);
        Verdict[] verdicts = Verdict.values();
        for (int i = 0; i < absences.size(); i++) {
            Absence a = absences.get(i);
            int change = random.nextInt(10);
            if (!a.isActive()) {
                change = 9;
            }
            switch (change) {
                case 0 -> db.absences().cancel(a.id(), "取消", CLERK);
                case 1 -> db.absences().amend(a.id(), Absence.builder(a.id() + "-B", a.personId(), a.kind(),
                                a.scope(), a.depart(), a.returnDate().plusDays(1)).destination("变更后" + i).build(),
                        "变更", CLERK);
                case 2, 3 -> db.chains().saveSteps(a.id(), steps(1 + random.nextInt(3)), CLERK);
                // back weeks or months late: a date filter must find it by its actual return (V10's bound)
                case 4 -> db.absences().recordReturn(a.id(), a.returnDate().plusDays(20 + random.nextInt(150)),
                        CLERK);
                default -> {
                }
            }
            if (random.nextInt(3) > 0 && db.absences().find(a.id()).map(s -> s.state() != AbsenceState.SUPERSEDED)
                    .orElse(false)) {
                db.absences().recordVerdict(a.id(), verdicts[random.nextInt(verdicts.length)]);
            }
        }
    }

    @AfterAll
    void close() {
        db.close();
    }

    @Test
    void textFoundThroughTheIndexIsExactlyWhatLikeFinds() {
        SplittableRandom random = new SplittableRandom(SEED + 1);
        List<String> queries = new ArrayList<>(List.of("%", "_", "\\", "\"", "a%b", "\"\"\"", "AAA", "aaa", "北京",
                "北", "A00", "a00", "00", "考察学习", "变更后1", " ", "  x", "\u0001", "\u0001\u0001", "Ä", "ä", "京"));
        // the last one and two characters of values: no trigram of the value itself starts there
        for (int i = 0; i < 30; i++) {
            String text = texts.get(random.nextInt(texts.size()));
            queries.add(text.substring(text.length() - Math.min(text.length(), 1 + random.nextInt(2))));
        }
        for (int i = 0; i < 160; i++) {
            queries.add(switch (random.nextInt(4)) {
                case 0 -> substring(random, texts.get(random.nextInt(texts.size())));
                case 1 -> flipCase(random, substring(random, texts.get(random.nextInt(texts.size()))));
                case 2 -> substring(random, names.get(random.nextInt(names.size())));
                default -> randomText(random, 1 + random.nextInt(5));
            });
        }
        int compared = 0;
        int nonEmpty = 0;
        for (String query : queries) {
            if (query.isBlank()) {
                continue;
            }
            RegisterFilter base = otherFilters(random);
            Set<String> like = likeMatches(query.strip());
            List<String> expected = allIds(base, RegisterSort.NEWEST, Integer.MAX_VALUE).stream()
                    .filter(like::contains).toList();
            RegisterFilter filter = base.matching(query);
            // both ways of reading the page: from the index's candidates (any text of three or more is "rare" here)
            // and by walking the register (none is)
            assertThat(allIds(filter, RegisterSort.NEWEST, Integer.MAX_VALUE)).as("candidates, %s %s", query, base)
                    .containsExactlyElementsOf(expected);
            assertThat(allIds(filter, RegisterSort.NEWEST, 0)).as("walk, %s %s", query, base)
                    .containsExactlyElementsOf(expected);
            assertThat(db.absences().countRegister(filter)).as("count, %s", query).isEqualTo(expected.size());
            compared++;
            nonEmpty += expected.isEmpty() ? 0 : 1;
        }
        assertThat(compared).isGreaterThan(150);
        // the comparison is worth something only if most searches found rows
        assertThat(nonEmpty).isGreaterThan(compared / 2);
    }

    @Test
    void everyColumnSortsLikeAFullSortInBothDirectionsPageByPage() {
        List<Row> rows = rows();
        assertThat(rows.stream().map(Row::verdict).filter(Optional::isEmpty).count()).isPositive();
        assertThat(rows.stream().filter(r -> r.openSteps() > 0).count()).isPositive();
        SplittableRandom random = new SplittableRandom(SEED + 2);
        for (RegisterSort.Column column : RegisterSort.Column.values()) {
            for (RegisterSort.Direction direction : RegisterSort.Direction.values()) {
                RegisterSort sort = RegisterSort.by(column, direction);
                List<String> expected = rows.stream().sorted(order(sort)).map(Row::id).toList();
                assertThat(pages(RegisterFilter.all(), sort, 37)).as("%s", sort).containsExactlyElementsOf(expected);
                // and with filters, dates among them, read value by value or all at once
                assertSortsLikeAFullSort(sort, otherFilters(random), rows);
                assertSortsLikeAFullSort(sort, withDates(random, otherFilters(random)), rows);
                assertSortsLikeAFullSort(sort, withDates(random, otherFilters(random)), rows);
            }
        }
    }

    private void assertSortsLikeAFullSort(RegisterSort sort, RegisterFilter filter, List<Row> rows) {
        // which rows the filter keeps: its dates worked out here (an overlap with the actual return), the rest by
        // the register without them
        Set<String> kept = new HashSet<>(allIds(withoutDates(filter), RegisterSort.NEWEST, Integer.MAX_VALUE));
        List<Row> everyState = filter.states().equals(RegisterFilter.USUAL_STATES) ? rows : rows(filter);
        List<String> filtered = everyState.stream().filter(r -> overlaps(r, filter)).sorted(order(sort))
                .map(Row::id).filter(kept::contains).toList();
        assertThat(pages(filter, sort, 23)).as("%s %s", sort, filter).containsExactlyElementsOf(filtered);
        // both ways of reading a filter that has an index of its own: whole and sorted, or value by value
        assertThat(pages(filter, sort, 23, Integer.MAX_VALUE)).as("few, %s %s", sort, filter)
                .containsExactlyElementsOf(filtered);
        assertThat(pages(filter, sort, 23, 0)).as("many, %s %s", sort, filter).containsExactlyElementsOf(filtered);
    }

    /**
     * A text with any order and other filters, page by page, three ways: walked (nothing read from the candidates),
     * from the candidates only where the order or the other filters call for it, and always from the candidates;
     * against the LIKE's rows sorted in Java.
     */
    @Test
    void textInEveryOrderIsExactlyWhatLikeFindsSortedLikeAFullSort() {
        SplittableRandom random = new SplittableRandom(SEED + 3);
        List<Row> rows = rows();
        RegisterSort.Column[] columns = RegisterSort.Column.values();
        int compared = 0;
        for (int i = 0; i < 60; i++) {
            String query = switch (random.nextInt(4)) {
                case 0 -> substring(random, texts.get(random.nextInt(texts.size())));
                case 1 -> substring(random, names.get(random.nextInt(names.size())));
                case 2 -> String.valueOf(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                default -> texts.get(random.nextInt(texts.size()));
            };
            if (query.isBlank()) {
                continue;
            }
            RegisterFilter base = i % 2 == 0 ? otherFilters(random) : withDates(random, otherFilters(random));
            RegisterSort sort = RegisterSort.by(columns[random.nextInt(columns.length)],
                    RegisterSort.Direction.values()[random.nextInt(2)]);
            Set<String> like = likeMatches(query.strip());
            Set<String> kept = new HashSet<>(allIds(withoutDates(base), RegisterSort.NEWEST, Integer.MAX_VALUE));
            List<Row> everyState = base.states().equals(RegisterFilter.USUAL_STATES) ? rows : rows(base);
            List<String> expected = everyState.stream().filter(r -> overlaps(r, base)).sorted(order(sort))
                    .map(Row::id).filter(kept::contains).filter(like::contains).toList();
            RegisterFilter filter = base.matching(query);
            for (int[] way : new int[][] {{0, 0}, {0, Integer.MAX_VALUE}, {Integer.MAX_VALUE, Integer.MAX_VALUE}}) {
                assertThat(pages(filter, sort, 17, way[0], way[1], RegisterQuery.FEW_ROWS))
                        .as("%s %s %s rare<%d medium<%d", query, sort, base, way[0], way[1])
                        .containsExactlyElementsOf(expected);
            }
            compared++;
        }
        assertThat(compared).isGreaterThan(50);
    }

    @Test
    void aBulkLoadRebuildsTheTextIndexAndAnInsertAfterwardsIsFound() {
        try (Database big = Fixtures.openQuiet(dir.resolve("big.db"))) {
            GeneratedOffice office = new OfficeGenerator(SEED).generate(100, 5, BulkLoad.MIN_ROWS, 2026);
            big.people().insertAll(office.people(), CLERK);
            big.absences().insertBatch(office.absences(), CLERK);
            String last = office.absences().get(office.absences().size() - 1).id();
            assertThat(big.absences().countRegister(RegisterFilter.all().matching(last))).isEqualTo(1);
            assertThat(big.absences().countRegister(RegisterFilter.all().matching("考察学习")))
                    .isEqualTo(office.absences().stream().filter(a -> a.reason().orElse("").contains("考察学习"))
                            .count());
            big.absences().insert(Absence.builder("Z-NEW", office.people().get(0).id(), Kind.LEAVE, Scope.WITHIN_CITY,
                    LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-02")).reason("独一无二的事由").build(), CLERK);
            assertThat(big.absences().registerPage(RegisterFilter.all().matching("一无二"), RegisterSort.NEWEST, 10, 0))
                    .extracting(l -> l.stored().id()).containsExactly("Z-NEW");
            long indexed = big.read(c -> single(c, "SELECT count(*) FROM absence_text"));
            assertThat(indexed).isEqualTo(BulkLoad.MIN_ROWS + 1L);
            long triggers = big.read(c -> single(c, "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'"));
            assertThat(triggers).as("the text index's three, the longest absence's two, the kinds and scopes' one")
                    .isEqualTo(6L);
            // the longest absence worked out again from every row (its triggers were off during the load)
            long longest = office.absences().stream()
                    .mapToLong(a -> java.time.temporal.ChronoUnit.DAYS.between(a.depart(), a.returnDate())).max()
                    .orElseThrow();
            long kept = big.read(c -> single(c, "SELECT CAST(days AS INTEGER) FROM register_span"));
            assertThat(kept).isEqualTo(longest);
            // and the absences of each kind in each scope counted again, the one inserted afterwards included
            long counted = big.read(c -> single(c, "SELECT sum(absences) FROM register_kind_scope"));
            assertThat(counted).isEqualTo(BulkLoad.MIN_ROWS + 1L);
            long leaveInCity = big.read(c -> single(c, "SELECT absences FROM register_kind_scope"
                    + " WHERE kind = 'LEAVE' AND scope = 'WITHIN_CITY'"));
            assertThat(leaveInCity).isEqualTo(office.absences().stream()
                    .filter(a -> a.kind() == Kind.LEAVE && a.scope() == Scope.WITHIN_CITY).count() + 1);
        }
    }

    // --- the reference answers -----------------------------------------------------------------------------------

    /** The register's text search as it was before the index: LIKE over id, destination, reason and name. */
    private Set<String> likeMatches(String text) {
        String pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return db.read(c -> {
            Set<String> ids = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT a.id FROM absence a JOIN person p ON p.id = a.person
                    WHERE a.id LIKE ?1 ESCAPE '\\' OR a.destination LIKE ?1 ESCAPE '\\' OR a.reason LIKE ?1 ESCAPE '\\'
                       OR p.name LIKE ?1 ESCAPE '\\'""")) {
                ps.setString(1, pattern);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
            }
            return ids;
        });
    }

    private record Row(String id, String person, String name, Role role, Kind kind, Scope scope, AbsenceState state,
                       String depart, String effectiveReturn, long days, Optional<Verdict> verdict, int openSteps,
                       Optional<String> destination, Optional<String> reason, Optional<String> filed) {
    }

    private List<Row> rows() {
        return rows(RegisterFilter.all());
    }

    private List<Row> rows(RegisterFilter filter) {
        Set<String> states = new HashSet<>(filter.states().stream().map(Enum::name).toList());
        return db.read(c -> {
            List<Row> result = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT s.absence, s.person, p.name, p.role, s.kind, s.scope, s.state, s.depart, s.effective_return,
                           a.return_date, s.verdict, s.open_steps, a.destination, a.reason, a.filed
                    FROM absence_state s JOIN absence a ON a.id = s.absence JOIN person p ON p.id = s.person""");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!states.contains(rs.getString("state"))) {
                        continue;
                    }
                    AbsenceState state = AbsenceState.valueOf(rs.getString("state"));
                    result.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3),
                            Role.valueOf(rs.getString(4)), Kind.valueOf(rs.getString(5)),
                            Scope.valueOf(rs.getString(6)), state, rs.getString(8), rs.getString(9),
                            ChronoUnit.DAYS.between(LocalDate.parse(rs.getString(8)),
                                    LocalDate.parse(rs.getString(10))),
                            Optional.ofNullable(rs.getString(11)).map(Verdict::valueOf),
                            state == AbsenceState.ACTIVE ? rs.getInt(12) : 0,
                            Optional.ofNullable(rs.getString(13)), Optional.ofNullable(rs.getString(14)),
                            Optional.ofNullable(rs.getString(15))));
                }
            }
            return result;
        });
    }

    /** The order the register promises: the column (NULL first when ascending), then newest departure, then id. */
    private static Comparator<Row> order(RegisterSort sort) {
        boolean up = sort.direction() == RegisterSort.Direction.ASCENDING;
        Comparator<Row> ties = Comparator.comparing(Row::depart, Comparator.reverseOrder())
                .thenComparing(Row::id);
        return switch (sort.column()) {
            case DEPART -> up ? Comparator.comparing(Row::depart).thenComparing(Row::id, Comparator.reverseOrder())
                    : ties;
            case ID -> directed(Comparator.comparing(Row::id), up);
            case RETURN -> directed(Comparator.comparing(Row::effectiveReturn), up).thenComparing(ties);
            case PERSON -> directed(Comparator.comparing(Row::name).thenComparing(Row::person), up).thenComparing(ties);
            case ROLE -> directed(Comparator.comparing(Row::role), up).thenComparing(ties);
            case KIND -> directed(Comparator.comparing(Row::kind), up).thenComparing(ties);
            case SCOPE -> directed(Comparator.comparing(Row::scope), up).thenComparing(ties);
            case STATUS -> directed(Comparator.comparing(Row::state), up).thenComparing(ties);
            case VERDICT -> directed(nullsFirst(Row::verdict), up).thenComparing(ties);
            case OPEN_STEPS -> directed(Comparator.comparingInt(Row::openSteps), up).thenComparing(ties);
            case DAYS -> directed(Comparator.comparingLong(Row::days), up).thenComparing(ties);
            case DESTINATION -> directed(nullsFirst(Row::destination), up).thenComparing(ties);
            case REASON -> directed(nullsFirst(Row::reason), up).thenComparing(ties);
            case FILED -> directed(nullsFirst(Row::filed), up).thenComparing(ties);
        };
    }

    private static <T extends Comparable<? super T>> Comparator<Row> nullsFirst(Function<Row, Optional<T>> key) {
        return Comparator.comparing(r -> key.apply(r).orElse(null), Comparator.nullsFirst(Comparator.naturalOrder()));
    }

    private static Comparator<Row> directed(Comparator<Row> comparator, boolean up) {
        return up ? comparator : comparator.reversed();
    }

    // --- reading the register as the client does -----------------------------------------------------------------

    private List<String> allIds(RegisterFilter filter, RegisterSort sort, int rareText) {
        return db.read(c -> new RegisterQuery(c, rareText).ids(filter, sort, 100_000, 0));
    }

    private List<String> pages(RegisterFilter filter, RegisterSort sort, int pageSize) {
        return pages(filter, sort, pageSize, RegisterQuery.FEW_ROWS);
    }

    /** @param fewRows below how many rows a filter with an index of its own is read whole and sorted */
    private List<String> pages(RegisterFilter filter, RegisterSort sort, int pageSize, int fewRows) {
        return pages(filter, sort, pageSize, RegisterQuery.RARE_TEXT, RegisterQuery.MEDIUM_TEXT, fewRows);
    }

    private List<String> pages(RegisterFilter filter, RegisterSort sort, int pageSize, int rareText, int mediumText,
                               int fewRows) {
        List<String> ids = new ArrayList<>();
        for (int offset = 0; ; offset += pageSize) {
            int from = offset;
            List<String> page = db.read(c -> new RegisterQuery(c, rareText, mediumText, fewRows)
                    .ids(filter, sort, pageSize, from));
            ids.addAll(page);
            if (page.size() < pageSize) {
                return ids;
            }
        }
    }

    private static RegisterFilter withoutDates(RegisterFilter f) {
        return new RegisterFilter(f.personId(), f.role(), f.kind(), f.scope(), f.states(), Optional.empty(),
                Optional.empty(), f.verdict(), f.openStepsOnly(), f.text());
    }

    /** The register's date filter: left on or before its last day, back (actually, once recorded) on its first or after. */
    private static boolean overlaps(Row row, RegisterFilter filter) {
        return filter.to().map(to -> !LocalDate.parse(row.depart()).isAfter(to)).orElse(true)
                && filter.from().map(from -> !LocalDate.parse(row.effectiveReturn()).isBefore(from)).orElse(true);
    }

    /** A date filter of a week to a few months, the kind a clerk sets, on top of the others. */
    private static RegisterFilter withDates(SplittableRandom random, RegisterFilter filter) {
        LocalDate from = LocalDate.of(2024 + random.nextInt(3), 1 + random.nextInt(12), 1 + random.nextInt(28));
        return filter.between(from, from.plusDays(random.nextInt(3) == 0 ? 6 : random.nextInt(120)));
    }

    private RegisterFilter otherFilters(SplittableRandom random) {
        RegisterFilter filter = RegisterFilter.all();
        if (random.nextInt(4) == 0) {
            filter = filter.ofKind(Kind.values()[random.nextInt(Kind.values().length)]);
        }
        if (random.nextInt(5) == 0) {
            filter = filter.withRole(Role.values()[random.nextInt(Role.values().length)]);
        }
        if (random.nextInt(5) == 0) {
            filter = filter.inScope(Scope.values()[random.nextInt(Scope.values().length)]);
        }
        if (random.nextInt(5) == 0) {
            filter = filter.everyState();
        } else if (random.nextInt(6) == 0) {
            filter = filter.withStates(EnumSet.of(AbsenceState.CANCELLED, AbsenceState.SUPERSEDED));
        }
        if (random.nextInt(5) == 0) {
            LocalDate from = LocalDate.of(2024 + random.nextInt(3), 1 + random.nextInt(12), 1);
            filter = filter.between(from, from.plusMonths(1 + random.nextInt(8)));
        }
        if (random.nextInt(6) == 0) {
            filter = filter.withVerdict(Verdict.values()[random.nextInt(Verdict.values().length)]);
        }
        if (random.nextInt(8) == 0) {
            filter = filter.withOpenSteps();
        }
        if (random.nextInt(10) == 0) {
            filter = filter.forPerson(names.isEmpty() ? "x" : personIdOf(random));
        }
        return filter;
    }

    private String personIdOf(SplittableRandom random) {
        return db.people().all().get(random.nextInt(names.size())).id();
    }

    // --- test data ------------------------------------------------------------------------------------------------

    private static String randomText(SplittableRandom random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }

    private static String substring(SplittableRandom random, String text) {
        int from = random.nextInt(text.length());
        int to = Math.min(text.length(), from + 1 + random.nextInt(6));
        return text.substring(from, to);
    }

    private static String flipCase(SplittableRandom random, String text) {
        StringBuilder flipped = new StringBuilder();
        for (char ch : text.toCharArray()) {
            flipped.append(random.nextBoolean() ? Character.toUpperCase(ch) : Character.toLowerCase(ch));
        }
        return flipped.toString();
    }

    private static Absence withText(Absence a, Optional<String> destination, Optional<String> reason) {
        return new Absence(a.id(), a.personId(), a.kind(), a.scope(), a.status(), a.filed(), a.depart(),
                a.returnDate(), destination, reason, a.contact(), a.actingPerson(), a.attachments(), a.stops(),
                a.meeting());
    }

    private static List<Step> steps(int count) {
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            steps.add(new Step(Action.REPORT, Party.GENERAL_OFFICE, Optional.empty(), "第" + (i + 1) + "条"));
        }
        return steps;
    }

    private static long single(Connection c, String sql) throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
