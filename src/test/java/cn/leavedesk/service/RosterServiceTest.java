package cn.leavedesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Actor;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Role;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.domain.Term;
import cn.leavedesk.domain.roster.RosterRow;
import cn.leavedesk.domain.roster.TermRecord;
import cn.leavedesk.service.RosterProblem.Code;
import cn.leavedesk.service.RosterProblem.Field;
import cn.leavedesk.store.AuditEntry;
import cn.leavedesk.store.Database;
import cn.leavedesk.store.InvalidChangeException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RosterServiceTest {
    private static final LocalDate START = LocalDate.parse("2022-01-10");
    private static final LocalDate END = LocalDate.parse("2027-01-09");

    @TempDir
    Path dir;

    private static PersonForm vice(String name) {
        return new PersonForm(Optional.empty(), name, Optional.of(Role.VICE_MAYOR), "外事、商务", Optional.empty(),
                "027-8888 1234", Optional.of(START), Optional.of(END));
    }

    @Test
    void aContactMayNameAnExtensionButNotOtherWords() {
        try (Database db = ServiceFixtures.open(dir.resolve("c.db"))) {
            RosterService roster = new RosterService(db);
            PersonForm extension = new PersonForm(Optional.empty(), "陈静怡", Optional.of(Role.VICE_MAYOR), "",
                    Optional.empty(), "027-8888 1234转806", Optional.of(START), Optional.of(END));
            PersonForm words = new PersonForm(Optional.empty(), "陈静怡", Optional.of(Role.VICE_MAYOR), "",
                    Optional.empty(), "找秘书", Optional.of(START), Optional.of(END));

            assertThat(roster.check(extension, Optional.empty())).isEmpty();
            assertThat(roster.check(words, Optional.empty())).extracting(RosterProblem::field)
                    .containsExactly(RosterProblem.Field.CONTACT);
        }
    }

    @Test
    void aNewPersonGetsAnIdTheirFirstTermAndAnAuditLine() {
        try (Database db = ServiceFixtures.open(dir.resolve("r.db"))) {
            new SettingsService(db).save(new OfficeSettings("李文书", "wuhan"));
            RosterService roster = new RosterService(db);

            Person added = roster.add(vice("陈静怡"));

            assertThat(added.id()).isEqualTo("p1");
            assertThat(db.people().find("p1")).hasValueSatisfying(p -> {
                assertThat(p.portfolios()).containsExactly("FOREIGN_AFFAIRS", "COMMERCE");
                assertThat(p.term()).contains(new Term(START, END));
                assertThat(p.contact()).contains("027-8888 1234");
            });
            assertThat(roster.terms("p1")).extracting(TermRecord::role, TermRecord::term)
                    .containsExactly(tuple(Role.VICE_MAYOR, Optional.of(new Term(START, END))));
            assertThat(db.audit().forEntity("person", "p1")).extracting(AuditEntry::action, AuditEntry::actor)
                    .containsExactly(tuple("PERSON_ADDED", "李文书"));
        }
    }

    @Test
    void everyBadFieldIsNamedAndNothingIsStored() {
        try (Database db = ServiceFixtures.open(dir.resolve("r.db"))) {
            RosterService roster = new RosterService(db);
            roster.add(vice("陈静怡"));
            PersonForm bad = new PersonForm(Optional.of("p1"), " ", Optional.empty(), "", Optional.of("nobody"),
                    "call me", Optional.of(END), Optional.of(START));

            assertThatThrownBy(() -> roster.add(bad)).isInstanceOfSatisfying(RosterChangeException.class,
                    e -> assertThat(e.problems()).extracting(RosterProblem::field, RosterProblem::code)
                            .containsExactly(
                                    tuple(Field.ID, Code.ID_TAKEN),
                                    tuple(Field.NAME, Code.REQUIRED),
                                    tuple(Field.ROLE, Code.REQUIRED),
                                    tuple(Field.SUPERVISOR, Code.UNKNOWN_PERSON),
                                    tuple(Field.CONTACT, Code.INVALID),
                                    tuple(Field.TERM_END, Code.END_BEFORE_START)));
            assertThat(roster.roster()).hasSize(1);
        }
    }

    @Test
    void aSupervisorMustBeAServingViceMayorAndNotTheSamePerson() {
        try (Database db = ServiceFixtures.open(dir.resolve("r.db"))) {
            RosterService roster = new RosterService(db);
            Person v = roster.add(vice("陈静怡"));
            Person head = roster.add(new PersonForm(Optional.of("d1"), "刘洋", Optional.of(Role.DEPARTMENT_HEAD), "",
                    Optional.of(v.id()), "", Optional.empty(), Optional.empty()));
            PersonForm underHead = new PersonForm(Optional.empty(), "杨帆", Optional.of(Role.DEPARTMENT_HEAD), "",
                    Optional.of(head.id()), "", Optional.empty(), Optional.empty());

            assertThat(roster.check(underHead, Optional.empty())).extracting(RosterProblem::code)
                    .containsExactly(Code.NOT_A_VICE_MAYOR);
            assertThat(roster.check(vice("陈静怡").withSupervisor(v.id()), Optional.of(v.id())))
                    .extracting(RosterProblem::code).containsExactly(Code.SUPERVISES_SELF);
            assertThat(roster.supervisors()).extracting(Person::id).containsExactly(v.id());
        }
    }

    @Test
    void aSecondTermIsAddedAfterTheFirstAndTheQuotaTermFollowsTheDay() {
        try (Database db = ServiceFixtures.open(dir.resolve("r.db"))) {
            RosterService roster = new RosterService(db);
            String id = roster.add(vice("陈静怡")).id();
            LocalDate second = LocalDate.parse("2027-01-10");
            LocalDate secondEnd = LocalDate.parse("2032-01-09");

            roster.addTerm(id, Optional.of(Role.EXECUTIVE_VICE_MAYOR), Optional.of(second), Optional.of(secondEnd));

            assertThat(roster.terms(id)).extracting(TermRecord::role, TermRecord::term).containsExactly(
                    tuple(Role.VICE_MAYOR, Optional.of(new Term(START, END))),
                    tuple(Role.EXECUTIVE_VICE_MAYOR, Optional.of(new Term(second, secondEnd))));
            assertThat(db.people().find(id)).hasValueSatisfying(p -> {
                assertThat(p.role()).isEqualTo(Role.EXECUTIVE_VICE_MAYOR);
                assertThat(p.term()).contains(new Term(second, secondEnd));
            });
            assertThat(roster.termOn(id, LocalDate.parse("2026-12-31"))).contains(new Term(START, END));
            assertThat(roster.termOn(id, LocalDate.parse("2028-03-01"))).contains(new Term(second, secondEnd));
            assertThat(roster.termOn(id, LocalDate.parse("2021-03-01"))).isEmpty();
        }
    }

    @Test
    void aNewTermMustStartAfterTheCurrentOneAndHaveBothDays() {
        try (Database db = ServiceFixtures.open(dir.resolve("r.db"))) {
            RosterService roster = new RosterService(db);
            String id = roster.add(vice("陈静怡")).id();

            assertThatThrownBy(() -> roster.addTerm(id, Optional.of(Role.VICE_MAYOR), Optional.of(START),
                    Optional.empty())).isInstanceOfSatisfying(RosterChangeException.class,
                    e -> assertThat(e.problems()).extracting(RosterProblem::field, RosterProblem::code)
                            .containsExactly(tuple(Field.TERM_END, Code.REQUIRED),
                                    tuple(Field.TERM_START, Code.STARTS_BEFORE_CURRENT_TERM)));
            assertThat(roster.terms(id)).hasSize(1);
        }
    }

    @Test
    void correctingTheCurrentTermKeepsTheWrongEntryInTheLogButNotInTheTerms() {
        try (Database db = ServiceFixtures.open(dir.resolve("r.db"))) {
            RosterService roster = new RosterService(db);
            String id = roster.add(vice("陈静怡")).id();
            roster.addTerm(id, Optional.of(Role.VICE_MAYOR), Optional.of(END.plusDays(1)),
                    Optional.of(LocalDate.parse("2031-01-09")));
            PersonForm typo = new PersonForm(Optional.empty(), "陈静怡", Optional.of(Role.VICE_MAYOR), "外事",
                    Optional.empty(), "", Optional.of(END.plusDays(1)), Optional.of(LocalDate.parse("2032-01-09")));

            roster.update(id, typo);

            assertThat(roster.terms(id)).extracting(TermRecord::seq, TermRecord::term).containsExactly(
                    tuple(1, Optional.of(new Term(START, END))),
                    tuple(2, Optional.of(new Term(END.plusDays(1), LocalDate.parse("2032-01-09")))));
            assertThat(db.people().termHistory(id)).hasSize(3);
            assertThat(db.people().find(id).orElseThrow().portfolios()).containsExactly("FOREIGN_AFFAIRS");
            assertThat(db.audit().forEntity("person", id)).extracting(AuditEntry::action).containsExactly(
                    "PERSON_ADDED", "PERSON_TERM_ADDED", "PERSON_UPDATED", "PERSON_TERM_CORRECTED");
        }
    }

    @Test
    void correctingAnOldTermDoesNotMakeItCurrent() {
        try (Database db = ServiceFixtures.open(dir.resolve("r.db"))) {
            RosterService roster = new RosterService(db);
            String id = roster.add(vice("陈静怡")).id();
            Term second = new Term(LocalDate.parse("2027-01-10"), LocalDate.parse("2032-01-09"));
            roster.addTerm(id, Optional.of(Role.VICE_MAYOR), Optional.of(second.start()), Optional.of(second.end()));

            db.people().correctTerm(id, 1, Role.VICE_MAYOR, Optional.of(new Term(START.plusDays(1), END)),
                    Actor.of("李文书"));

            assertThat(db.people().find(id).orElseThrow().term()).contains(second);
            assertThat(roster.terms(id).get(0).term()).contains(new Term(START.plusDays(1), END));
        }
    }

    @Test
    void deletingSomeoneWithAbsencesIsRefusedWithTheReasonAndRetiringKeepsThem() {
        try (Database db = ServiceFixtures.open(dir.resolve("r.db"))) {
            RosterService roster = new RosterService(db);
            String id = roster.add(vice("陈静怡")).id();
            db.absences().insertBatch(List.of(Absence.builder("a1", id, Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE,
                    LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-04")).build()), Actor.of("李文书"));

            assertThatThrownBy(() -> roster.delete(id)).isInstanceOfSatisfying(InvalidChangeException.class, e -> {
                assertThat(e.code()).isEqualTo("PERSON_HAS_RECORDS");
                assertThat(e.getMessage()).contains("1 条外出记录");
                assertThat(e.englishMessage()).contains("1 absence records");
            });
            roster.retire(id, LocalDate.parse("2026-11-30"));

            RosterRow row = roster.roster().get(0);
            assertThat(row.retiredOn()).contains(LocalDate.parse("2026-11-30"));
            assertThat(row.absences()).isEqualTo(1);
            assertThat(db.absences().find("a1")).isPresent();
            assertThat(roster.supervisors()).isEmpty();
            roster.reinstate(id);
            assertThat(roster.roster().get(0).isRetired()).isFalse();
            assertThat(db.audit().forEntity("person", id)).extracting(AuditEntry::action)
                    .contains("PERSON_RETIRED", "PERSON_REINSTATED");
        }
    }

    @Test
    void someoneWithoutRecordsIsDeletedWithTheirTermsAndAuditLine() {
        try (Database db = ServiceFixtures.open(dir.resolve("r.db"))) {
            RosterService roster = new RosterService(db);
            String id = roster.add(vice("误录")).id();

            roster.delete(id);

            assertThat(roster.roster()).isEmpty();
            assertThat(db.people().termHistory(id)).isEmpty();
            assertThat(db.audit().forEntity("person", id)).extracting(AuditEntry::action)
                    .containsExactly("PERSON_ADDED", "PERSON_DELETED");
        }
    }

    @Test
    void aViceMayorWhoSupervisesSomeoneCannotBeDeleted() {
        try (Database db = ServiceFixtures.open(dir.resolve("r.db"))) {
            RosterService roster = new RosterService(db);
            String v = roster.add(vice("陈静怡")).id();
            roster.add(new PersonForm(Optional.empty(), "刘洋", Optional.of(Role.DEPARTMENT_HEAD), "",
                    Optional.of(v), "", Optional.empty(), Optional.empty()));

            assertThatThrownBy(() -> roster.delete(v)).isInstanceOf(InvalidChangeException.class)
                    .hasMessageContaining("1 人由其分管");
            assertThat(roster.roster()).hasSize(2);
        }
    }
}
