package cn.leavedesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.domain.Status;
import cn.leavedesk.domain.lifecycle.AbsenceState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeTry;

/** The summary table must always equal a recount of the absences' latest state. */
class SummaryPropertiesTest {
    private static final List<String> PEOPLE = List.of("m", "ev", "v1", "d1");
    private static final LocalDate START = LocalDate.of(2025, 11, 1);

    private Path dir;
    private Database db;

    @BeforeTry
    void open() throws IOException {
        dir = Files.createTempDirectory("leavedesk-prop");
        db = Fixtures.withRoster(dir.resolve("p.db"));
    }

    @AfterTry
    void close() throws IOException {
        db.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** One write: insert, cancel, amend or record a return; targets are picked by index among stored ids. */
    record Op(int type, Absence absence, int target, int shrink) {
    }

    @Provide
    Arbitrary<Absence> absences() {
        return Combinators.combine(
                        Arbitraries.of(PEOPLE), Arbitraries.of(Kind.class), Arbitraries.of(Scope.class),
                        Arbitraries.integers().between(0, 500), Arbitraries.integers().between(0, 40),
                        Arbitraries.of(Status.ACTIVE, Status.ACTIVE, Status.CANCELLED))
                .as((person, kind, scope, offset, length, status) -> Absence.builder(
                                "placeholder", person, kind, scope, START.plusDays(offset),
                                START.plusDays(offset + length))
                        .status(status).build());
    }

    @Provide
    Arbitrary<List<Op>> operations() {
        Arbitrary<Op> op = Combinators.combine(Arbitraries.integers().between(0, 5), absences(),
                        Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(0, 40))
                .as(Op::new);
        return op.list().ofMinSize(1).ofMaxSize(25);
    }

    @Property(tries = 60)
    void summaryEqualsABruteForceRecountAfterRandomWrites(@ForAll("operations") List<Op> ops) {
        List<String> ids = new ArrayList<>();
        int next = 0;
        for (Op op : ops) {
            String id = "a" + next++;
            List<String> live = ids.stream().filter(this::isActive).toList();
            if (op.type() <= 2 || live.isEmpty()) {
                db.absences().insert(withId(op.absence(), id), Fixtures.CLERK);
                ids.add(id);
                continue;
            }
            String target = live.get(op.target() % live.size());
            Absence current = db.absences().find(target).orElseThrow().absence();
            switch (op.type()) {
                case 3 -> db.absences().cancel(target, "随机撤销", Fixtures.CLERK);
                case 4 -> {
                    Absence replacement = Absence.builder(id, current.personId(), op.absence().kind(),
                            op.absence().scope(), op.absence().depart(), op.absence().returnDate())
                            .status(op.absence().status()).build();
                    db.absences().amend(target, replacement, "随机变更", Fixtures.CLERK);
                    ids.add(id);
                }
                default -> {
                    long span = ChronoUnit.DAYS.between(current.depart(), current.returnDate());
                    db.absences().recordReturn(target,
                            current.depart().plusDays(Math.max(0, span - op.shrink())), Fixtures.CLERK);
                }
            }
        }
        for (int year = 2025; year <= 2027; year++) {
            assertThat(db.reports().annual(year)).isEqualTo(recount(year));
        }
    }

    @Property(tries = 40)
    void addingACancelledAbsenceChangesNoCount(@ForAll("operations") List<Op> history,
                                               @ForAll("absences") Absence extra) {
        int n = 0;
        for (Op op : history) {
            db.absences().insert(withId(op.absence(), "h" + n++), Fixtures.CLERK);
        }
        List<AnnualReport> before = reports();
        db.absences().insert(withId(extra.withStatus(Status.CANCELLED), "extra"), Fixtures.CLERK);
        assertThat(reports()).isEqualTo(before);

        db.absences().insert(withId(extra.withStatus(Status.ACTIVE), "extra-active"), Fixtures.CLERK);
        db.absences().cancel("extra-active", "撤销", Fixtures.CLERK);
        assertThat(reports()).isEqualTo(before);
    }

    private List<AnnualReport> reports() {
        return List.of(db.reports().annual(2025), db.reports().annual(2026), db.reports().annual(2027));
    }

    private boolean isActive(String id) {
        return db.absences().find(id).orElseThrow().state() == AbsenceState.ACTIVE;
    }

    private static Absence withId(Absence a, String id) {
        return new Absence(id, a.personId(), a.kind(), a.scope(), a.status(), a.filed(), a.depart(), a.returnDate(),
                a.destination(), a.reason(), a.contact(), a.actingPerson(), a.attachments(), a.stops(), a.meeting());
    }

    /** The report worked out from scratch from {@code history()}, independently of the summary table. */
    private AnnualReport recount(int year) {
        List<PersonYear> lines = new ArrayList<>();
        for (Person p : db.people().all()) {
            Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
            int days = 0;
            int abroad = 0;
            for (Absence a : db.absences().history(p.id())) {
                if (!a.isActive()) {
                    continue;
                }
                if (a.depart().getYear() == year) {
                    counts.merge(a.kind(), 1, Integer::sum);
                    abroad += a.scope() == Scope.ABROAD ? 1 : 0;
                }
                for (LocalDate d = a.depart(); !d.isAfter(a.returnDate()); d = d.plusDays(1)) {
                    days += d.getYear() == year ? 1 : 0;
                }
            }
            lines.add(new PersonYear(p.id(), p.name(), p.role(), counts, days, abroad));
        }
        return new AnnualReport(year, lines);
    }
}
