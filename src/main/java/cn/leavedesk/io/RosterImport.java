package cn.leavedesk.io;

import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Role;
import cn.leavedesk.domain.Term;
import cn.leavedesk.domain.importing.ImportMonitor;
import cn.leavedesk.domain.importing.ParsedRow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static cn.leavedesk.io.RosterColumn.*;

/** Turns the rows of a roster file into people. */
final class RosterImport {
    /** Chinese portfolio names the rulebooks look for under their English words. */
    static final Map<String, String> PORTFOLIO_WORDS = Stream.of("FOREIGN_AFFAIRS", "COMMERCE", "TALENT")
            .collect(Collectors.toUnmodifiableMap(code -> ImportWords.of("portfolio." + code).get(0), code -> code));

    /** A person whose supervisor can only be checked once the whole file is read. */
    private record Pending(Person person, int row, String supervisorLabel, Optional<String> supervisor) {
    }

    private RosterImport() {
    }

    static ImportBatch read(RowSource source, Collection<Person> known, ImportMonitor monitor) {
        List<RowError> errors = new ArrayList<>();
        List<Pending> pending = new ArrayList<>();
        TableImport.IdRegister ids = new TableImport.IdRegister();
        TableImport.walk(source, RosterColumn.class, errors, row -> readRow(row, ids).ifPresent(pending::add),
                monitor);

        PersonDirectory directory = new PersonDirectory(known);
        pending.forEach(p -> directory.add(p.person()));
        List<ParsedRow<Person>> people = new ArrayList<>();
        for (Pending p : pending) {
            resolveSupervisor(p, source.fileName(), directory, errors).ifPresent(person -> people.add(
                    new ParsedRow<>(source.fileName(), p.row(), person, ParsedRow.IdSource.FILE)));
        }
        return new ImportBatch(people, List.of(), errors, List.of());
    }

    private static Optional<Pending> readRow(RowContext<RosterColumn> row, TableImport.IdRegister ids) {
        Optional<String> id = row.required(ID);
        id.flatMap(value -> ids.claim(value, row.number()))
                .ifPresent(first -> row.error(ID, RowProblem.DUPLICATE_ID, id.get(), first));
        Optional<String> name = row.required(NAME);
        Optional<Role> role = row.requiredChoice(ROLE, Vocabularies.ROLE);
        List<String> portfolios = row.text(PORTFOLIOS).map(RosterImport::portfolios).orElse(List.of());
        Optional<Term> term = term(row);
        Optional<String> supervisor = row.text(SUPERVISOR);
        Optional<String> contact = row.text(CONTACT);
        if (!row.clean()) {
            return Optional.empty();
        }
        Person person = new Person(id.orElseThrow(), name.orElseThrow(), role.orElseThrow(), portfolios,
                Optional.empty(), term, contact);
        return Optional.of(new Pending(person, row.number(), row.label(SUPERVISOR), supervisor));
    }

    private static Optional<Term> term(RowContext<RosterColumn> row) {
        Optional<LocalDate> start = row.date(TERM_START);
        Optional<LocalDate> end = row.date(TERM_END);
        boolean startGiven = row.text(TERM_START).isPresent();
        boolean endGiven = row.text(TERM_END).isPresent();
        if (startGiven && !endGiven) {
            row.error(TERM_END, RowProblem.TERM_END_MISSING);
        } else if (endGiven && !startGiven) {
            row.error(TERM_START, RowProblem.TERM_START_MISSING);
        }
        if (start.isEmpty() || end.isEmpty()) {
            return Optional.empty();
        }
        if (end.get().isBefore(start.get())) {
            row.error(TERM_END, RowProblem.TERM_END_BEFORE_START, end.get(), start.get());
            return Optional.empty();
        }
        return Optional.of(new Term(start.get(), end.get()));
    }

    static List<String> portfolios(String text) {
        return Arrays.stream(text.split("[;；、,，]"))
                .map(String::strip)
                .filter(word -> !word.isEmpty())
                .map(word -> PORTFOLIO_WORDS.getOrDefault(word, word.toUpperCase(Locale.ROOT).replace(' ', '_')))
                .distinct()
                .toList();
    }

    private static Optional<Person> resolveSupervisor(Pending p, String file, PersonDirectory directory,
                                                      List<RowError> errors) {
        if (p.supervisor().isEmpty()) {
            return Optional.of(p.person());
        }
        try {
            String supervisorId = directory.resolve(p.supervisor().get());
            Person person = p.person();
            return Optional.of(new Person(person.id(), person.name(), person.role(), person.portfolios(),
                    Optional.of(supervisorId), person.term(), person.contact()));
        } catch (ProblemException e) {
            errors.add(new RowError(file, p.row(), p.supervisorLabel(), e.problem(), e.args()));
            return Optional.empty();
        }
    }
}
